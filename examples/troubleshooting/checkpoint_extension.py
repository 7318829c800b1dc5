# backends: tensorflow jax torch
"""Troubleshooting / The filepath provided must end in `.keras`: ModelCheckpoint saving
whole models needs a .keras (or .h5) file name."""
import os
import tempfile

import numpy as np

os.chdir(tempfile.mkdtemp())
x = np.random.default_rng(0).normal(size=(32, 4)).astype("float32")
y = x.sum(axis=1, keepdims=True)

# --8<-- [start:error]
import keras

try:
    keras.callbacks.ModelCheckpoint("checkpoints/model-{epoch:02d}")  # no extension
except ValueError as error:
    message = str(error)
# --8<-- [end:error]

# --8<-- [start:fix]
model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mse")
checkpoint = keras.callbacks.ModelCheckpoint("checkpoints/model-{epoch:02d}.keras")
model.fit(x, y, epochs=2, verbose=0, callbacks=[checkpoint])
restored = keras.models.load_model("checkpoints/model-02.keras")
# --8<-- [end:fix]

assert "The filepath provided must end in `.keras`" in message, message
assert sorted(os.listdir("checkpoints")) == ["model-01.keras", "model-02.keras"]
np.testing.assert_allclose(restored.predict(x, verbose=0), model.predict(x, verbose=0))

# What the page shows, saved in the .out file of the same name.
print("# --8<-- [start:error]", f"ValueError: {message}", "# --8<-- [end:error]", sep="\n")
