# backends: tensorflow jax torch
"""Differences / Saving and loading, Keras tab: a .keras file, reloaded with the same
predictions."""

import os
import tempfile

import numpy as np

os.chdir(tempfile.mkdtemp())

# --8<-- [start:code]
import keras
from keras import layers

keras.utils.set_random_seed(0)
model = keras.Sequential(
    [keras.Input(shape=(4,)), layers.Dense(8, activation="relu"), layers.Dense(1)]
)
model.compile(optimizer="adam", loss="mse")
x = np.random.default_rng(0).normal(size=(16, 4)).astype("float32")
model.fit(x, x.sum(axis=1), epochs=2, verbose=0)

model.save("model.keras")  # architecture, weights and optimizer state
restored = keras.models.load_model("model.keras")

np.testing.assert_allclose(
    model.predict(x, verbose=0), restored.predict(x, verbose=0), rtol=1e-6
)
# --8<-- [end:code]

assert os.path.getsize("model.keras") > 0
assert restored.optimizer.iterations.numpy() == model.optimizer.iterations.numpy()
