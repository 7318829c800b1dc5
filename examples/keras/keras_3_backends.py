# backends: tensorflow jax torch
"""Keras / Keras 3 backends: choose the backend before the first `import keras`."""

# --8<-- [start:code]
import os

os.environ.setdefault(
    "KERAS_BACKEND", "jax"
)  # unless already set; must come before the import

import keras

print(keras.config.backend())  # jax (or what KERAS_BACKEND said)
# --8<-- [end:code]

# The page: the environment variable decides, and changing it after the import does nothing.
assert keras.config.backend() == os.environ["KERAS_BACKEND"]
os.environ["KERAS_BACKEND"] = "numpy"
assert keras.config.backend() != "numpy"
