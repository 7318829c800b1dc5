# backends: tensorflow jax
"""Differences / Performance, Keras tab: compilation is a compile() argument. XLA gives the
same numbers as the uncompiled model. (What the default jit_compile="auto" resolves to on
each backend is checked in together/same_model_three_backends.py.)"""

import numpy as np

x = np.random.default_rng(0).normal(size=(128, 16)).astype("float32")

# --8<-- [start:code]
import keras
from keras import layers

keras.utils.set_random_seed(0)
model = keras.Sequential(
    [keras.Input(shape=(16,)), layers.Dense(64, activation="relu"), layers.Dense(1)]
)

model.compile(loss="mse", jit_compile=True)  # XLA on, whatever "auto" would pick
compiled = model.predict(x, verbose=0)
model.compile(loss="mse", jit_compile=False)
plain = model.predict(x, verbose=0)
print(keras.config.backend(), "max difference:", np.abs(compiled - plain).max())
# --8<-- [end:code]

np.testing.assert_allclose(compiled, plain, rtol=1e-4, atol=1e-5)
