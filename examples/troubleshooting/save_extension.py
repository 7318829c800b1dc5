# backends: tensorflow jax torch
"""Troubleshooting / "Invalid filepath extension for saving": Keras 3 model.save() needs
a .keras (or legacy .h5) file name; a SavedModel comes from model.export()."""

import os
import tempfile

import numpy as np

os.chdir(tempfile.mkdtemp())

# --8<-- [start:error]
import keras

model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(2)])
try:
    model.save("my_model")  # Keras 2 wrote a SavedModel directory here
except ValueError as error:
    message = str(error)
# --8<-- [end:error]

# --8<-- [start:fix]
model.save("my_model.keras")  # the native format: reload with load_model()
# --8<-- [end:fix]

assert message.startswith("Invalid filepath extension for saving."), message
assert "Received: filepath=my_model." in message, message
x = np.ones((1, 4), dtype="float32")
restored = keras.models.load_model("my_model.keras")
assert np.allclose(
    keras.ops.convert_to_numpy(restored(x)), keras.ops.convert_to_numpy(model(x))
)

# What the page shows, saved in the .out file of the same name.
print("# --8<-- [start:error]", f"ValueError: {message}", "# --8<-- [end:error]", sep="\n")
