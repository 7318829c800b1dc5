# backends: tensorflow jax torch
"""Keras / Building models: the same network in the Sequential, Functional and subclassing
styles."""

import numpy as np

# --8<-- [start:sequential]
import keras
from keras import layers

sequential = keras.Sequential(
    [keras.Input(shape=(4,)), layers.Dense(16, activation="relu"), layers.Dense(3)]
)
# --8<-- [end:sequential]

# --8<-- [start:functional]
inputs = keras.Input(shape=(4,))
hidden = layers.Dense(16, activation="relu")(inputs)
functional = keras.Model(inputs=inputs, outputs=layers.Dense(3)(hidden))
# --8<-- [end:functional]


# --8<-- [start:subclassing]
class SmallNet(keras.Model):
    def __init__(self):
        super().__init__()
        self.hidden = layers.Dense(16, activation="relu")
        self.out = layers.Dense(3)

    def call(self, x):
        return self.out(self.hidden(x))


subclassed = SmallNet()
# --8<-- [end:subclassing]

x = np.ones((2, 4), dtype="float32")
for model in (sequential, functional, subclassed):
    assert tuple(model(x).shape) == (2, 3)
    assert model.count_params() == 131
