# backends: tensorflow jax torch
"""Differences / Debugging, Keras tab: run_eagerly=True makes Python inside the model run
on every batch, so print() and breakpoints work."""

import numpy as np

x = np.random.default_rng(0).normal(size=(64, 4)).astype("float32")
y = x.sum(axis=1, keepdims=True)

# --8<-- [start:code]
import keras
from keras import layers


class Inspect(layers.Layer):
    """Passes its input through and prints what it sees."""

    calls = 0

    def call(self, inputs):
        Inspect.calls += 1
        print("batch shape:", inputs.shape)  # put a breakpoint() here if you like
        return inputs


model = keras.Sequential([keras.Input(shape=(4,)), Inspect(), layers.Dense(1)])
model.compile(
    optimizer="sgd", loss="mse", run_eagerly=True
)  # slow: for debugging only
# --8<-- [end:code]
calls_before_fit = Inspect.calls
# --8<-- [start:fit]
model.fit(
    x, y, batch_size=16, epochs=1, verbose=0
)  # prints "batch shape: (16, 4)" for each of the 4 batches
# --8<-- [end:fit]

# Eager: the Python body ran for every batch (64 / 16 = 4), not only while tracing. JAX and
# PyTorch add one call of their own while fit() sets up, so count at least four.
assert Inspect.calls - calls_before_fit >= 4, Inspect.calls - calls_before_fit
