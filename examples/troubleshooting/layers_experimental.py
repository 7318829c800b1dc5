# backends: tensorflow
"""Troubleshooting / "No module named 'tensorflow.keras.layers.experimental'": the
preprocessing layers live in keras.layers."""

import numpy as np

# --8<-- [start:error]
try:
    from tensorflow.keras.layers.experimental import preprocessing
except ModuleNotFoundError as error:
    message = str(error)
# --8<-- [end:error]

# --8<-- [start:fix]
import keras

normalize = keras.layers.Normalization()  # was preprocessing.Normalization
normalize.adapt(np.array([[1.0], [2.0], [3.0]]))
print(normalize(np.array([[2.0]])))  # [[0.]]
# --8<-- [end:fix]

expected = "No module named 'tensorflow.keras.layers.experimental'"
assert message == expected, message
assert np.allclose(keras.ops.convert_to_numpy(normalize(np.array([[2.0]]))), 0.0)

for name in ("Normalization", "Rescaling", "TextVectorization", "StringLookup", "RandomFlip"):
    assert issubclass(getattr(keras.layers, name), keras.layers.Layer), name

# What the page shows, saved in the .out file of the same name.
print("# --8<-- [start:error]", f"ModuleNotFoundError: {message}", "# --8<-- [end:error]", sep="\n")
