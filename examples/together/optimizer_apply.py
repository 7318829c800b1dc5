# backends: tensorflow jax torch
"""Together / Optimizers: a Keras 3 optimizer has apply(grads, variables) and
apply_gradients(zip(grads, variables)); both do the same update, on every backend."""

import numpy as np

# --8<-- [start:code]
import keras

w = keras.Variable([1.0, 2.0], name="w")
b = keras.Variable([0.5], name="b")
optimizer = keras.optimizers.SGD(learning_rate=0.1)
grads = [keras.ops.ones((2,)), keras.ops.ones((1,))]

# Keras 3 style: gradients and variables as two parallel lists.
optimizer.apply(grads, [w, b])

# Keras 2 style, still accepted: (gradient, variable) pairs.
optimizer.apply_gradients(zip(grads, [w, b]))

print(keras.ops.convert_to_numpy(w))  # about [0.8, 1.8]: two steps of 0.1
# --8<-- [end:code]

np.testing.assert_allclose(keras.ops.convert_to_numpy(w), [0.8, 1.8], rtol=1e-6)
np.testing.assert_allclose(keras.ops.convert_to_numpy(b), [0.3], rtol=1e-6)
assert int(optimizer.iterations) == 2
# The page: Keras 3 optimizers have no minimize(); Keras 2 ones have no apply().
assert not hasattr(optimizer, "minimize")
