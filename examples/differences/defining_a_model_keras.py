# backends: tensorflow jax torch
"""Differences / Defining a model, Keras tab: layers are listed, weights are created for you."""

# --8<-- [start:code]
import numpy as np
import keras
from keras import layers

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(3),
    ]
)
model.summary()

logits = model(np.ones((8, 4), dtype="float32"))
print(logits.shape)  # (8, 3)
# --8<-- [end:code]

# The page: same shape and parameter count as the TensorFlow tab (4*16 + 16 + 16*3 + 3 = 131).
assert tuple(logits.shape) == (8, 3)
assert model.count_params() == 131
