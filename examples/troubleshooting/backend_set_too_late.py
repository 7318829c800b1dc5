# backends: tensorflow
"""Troubleshooting / The backend does not change: setting KERAS_BACKEND after keras is
imported has no effect (and raises no error)."""

import os
import tempfile

os.environ.pop("KERAS_BACKEND", None)  # start from the defaults, like a fresh shell
os.environ["KERAS_HOME"] = tempfile.mkdtemp()  # and ignore any ~/.keras/keras.json

# --8<-- [start:error]
import keras
import os

os.environ["KERAS_BACKEND"] = "jax"  # too late: keras is already imported
print(keras.config.backend())  # tensorflow
# --8<-- [end:error]

assert keras.config.backend() == "tensorflow", keras.config.backend()

# What the page shows, saved in the .out file of the same name.
print("# --8<-- [start:output]", keras.config.backend(), "# --8<-- [end:output]", sep="\n")
