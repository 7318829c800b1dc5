# backends: tensorflow
"""Migration / Optimizers, Keras 2 tab: a legacy optimizer with `lr` and `decay`, as Keras 2
code often has it. Runs on Keras 2 (tf_keras)."""

import os
import warnings

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.keras -> tf_keras (Keras 2), as on TF <= 2.15

import numpy as np
from tensorflow import keras

rng = np.random.default_rng(0)
x = rng.normal(size=(32, 3)).astype("float32")
y = (x @ np.array([[1.0], [-2.0], [0.5]]) + 0.3).astype("float32")
model = keras.Sequential([keras.layers.Dense(1, kernel_initializer="zeros", input_shape=(3,))])

warnings.filterwarnings("ignore", message="The `lr` argument is deprecated")

# --8<-- [start:code]
# learning rate at step t: lr / (1 + decay * t)
optimizer = keras.optimizers.legacy.SGD(lr=0.1, decay=0.01)
model.compile(optimizer=optimizer, loss="mse")
model.fit(x, y, batch_size=32, epochs=20, shuffle=False, verbose=0)
# --8<-- [end:code]

assert type(optimizer).__module__.startswith("tf_keras"), type(optimizer).__module__

# The same 20 steps of gradient descent, written out in NumPy; the Keras 3 tab ends at the
# same weights.
kernel, bias = np.zeros((3, 1)), np.zeros(1)
for step in range(20):
    error = x @ kernel + bias - y
    learning_rate = 0.1 / (1 + 0.01 * step)
    kernel -= learning_rate * 2 * x.T @ error / len(x)
    bias -= learning_rate * 2 * error.mean(axis=0)
trained_kernel, trained_bias = model.get_weights()
np.testing.assert_allclose(trained_kernel, kernel, rtol=1e-4, atol=1e-5)
np.testing.assert_allclose(trained_bias, bias, rtol=1e-4, atol=1e-5)

# The non-legacy Keras 2 optimizers ignore `lr` (with a warning) and reject `decay`.
ignored = keras.optimizers.Adam(lr=0.1)
assert abs(float(ignored.learning_rate) - 0.001) < 1e-9  # Adam's default, not 0.1
try:
    keras.optimizers.SGD(learning_rate=0.1, decay=0.01)
    raise AssertionError("the new Keras 2 SGD accepted decay=")
except ValueError as error:
    assert "decay is deprecated in the new TF-Keras optimizer" in str(error), error
