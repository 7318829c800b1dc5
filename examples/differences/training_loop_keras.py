# backends: tensorflow jax torch
"""Differences / Training loop, Keras tab: compile() and fit()."""

import numpy as np

# Synthetic regression data: y is a noisy linear function of x.
rng = np.random.default_rng(0)
x = rng.normal(size=(512, 4)).astype("float32")
y = (
    x @ np.array([[1.5], [-2.0], [0.5], [1.0]]) + 0.1 * rng.normal(size=(512, 1))
).astype("float32")

# --8<-- [start:code]
import keras
from keras import layers

keras.utils.set_random_seed(0)
model = keras.Sequential(
    [keras.Input(shape=(4,)), layers.Dense(16, activation="relu"), layers.Dense(1)]
)
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse")

history = model.fit(x, y, batch_size=32, epochs=10, verbose=0)
print(
    f"loss: {history.history['loss'][0]:.3f} -> {history.history['loss'][-1]:.3f}"
)
# --8<-- [end:code]

losses = history.history["loss"]
assert losses[-1] < 0.2 * losses[0], losses
