# backends: tensorflow jax torch
"""Troubleshooting / "No loss to compute. Provide a `loss` argument in `compile()`":
fit() needs a loss. The TensorFlow and PyTorch backends raise the error; the JAX
backend trains silently with a loss of 0.0, so the weights never change."""

import numpy as np

x = np.random.default_rng(0).normal(size=(32, 4)).astype("float32")
y = (x.sum(axis=1, keepdims=True) > 0).astype("float32")
message = None

# --8<-- [start:error]
import keras

model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(1)])
model.compile(optimizer="adam")  # no loss=
try:
    history = model.fit(x, y, epochs=1, verbose=0)
except ValueError as error:
    message = str(error)  # TensorFlow and PyTorch; JAX reports a loss of 0.0
# --8<-- [end:error]

if keras.config.backend() == "jax":
    assert message is None
    assert history.history["loss"] == [0.0], history.history
    kernel = keras.ops.convert_to_numpy(model.layers[0].kernel).copy()
    model.fit(x, y, epochs=2, verbose=0)  # more silent epochs: nothing is learned
    assert np.allclose(keras.ops.convert_to_numpy(model.layers[0].kernel), kernel)
else:
    expected = "No loss to compute. Provide a `loss` argument in `compile()`."
    assert message == expected, message
before = keras.ops.convert_to_numpy(model.layers[0].kernel).copy()

# --8<-- [start:fix]
loss = keras.losses.BinaryCrossentropy(from_logits=True)
model.compile(optimizer="adam", loss=loss)
history = model.fit(x, y, epochs=3, verbose=0)
# --8<-- [end:fix]

losses = history.history["loss"]
assert len(losses) == 3 and all(np.isfinite(losses)) and losses[0] > 0, losses
assert not np.allclose(keras.ops.convert_to_numpy(model.layers[0].kernel), before)

# What the page shows, saved in the .out file of the same name (TensorFlow backend).
if message:
    print("# --8<-- [start:error]", f"ValueError: {message}", "# --8<-- [end:error]", sep="\n")
