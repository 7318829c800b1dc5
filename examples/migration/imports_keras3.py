# backends: tensorflow jax torch
"""Migration / Imports, Keras 3 tab: the same model with `import keras`, on any backend."""

import numpy as np

# --8<-- [start:code]
import keras
from keras import layers

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),  # replaces input_shape= on the first layer
        layers.Dense(8, activation="relu"),
        layers.Dense(1),
    ]
)
model.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-3), loss="mse")
# --8<-- [end:code]

assert keras.version().startswith("3."), keras.version()
assert type(model).__module__.startswith("keras."), type(model).__module__

# Same weights, same predictions as the Keras 2 tab (both match this NumPy computation).
rng = np.random.default_rng(0)
weights = [rng.normal(size=w.shape).astype("float32") for w in model.get_weights()]
model.set_weights(weights)
x = rng.normal(size=(5, 4)).astype("float32")
kernel_1, bias_1, kernel_2, bias_2 = weights
expected = np.maximum(x @ kernel_1 + bias_1, 0) @ kernel_2 + bias_2
np.testing.assert_allclose(model.predict(x, verbose=0), expected, rtol=1e-5, atol=1e-5)

# Keras 2's input_shape= still works in Keras 3, with a warning.
import warnings  # noqa: E402

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_style = keras.Sequential([layers.Dense(8, input_shape=(4,)), layers.Dense(1)])
assert any("Do not pass an `input_shape`" in str(w.message) for w in caught), caught
assert old_style.count_params() == model.count_params()
