# backends: tensorflow
"""Troubleshooting / The backend does not change: set KERAS_BACKEND before the first
import of keras. The test runs this file with KERAS_BACKEND=tensorflow in the
environment; the line below, which runs before the import, switches it to JAX."""

# --8<-- [start:fix]
import os

os.environ["KERAS_BACKEND"] = "jax"  # first, before any import of keras

import keras

print(keras.config.backend())  # jax
# --8<-- [end:fix]

assert keras.config.backend() == "jax", keras.config.backend()
