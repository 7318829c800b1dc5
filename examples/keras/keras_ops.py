# backends: tensorflow jax torch
"""Keras / keras.ops: a layer written with keras.ops runs on every backend."""

import numpy as np

# --8<-- [start:code]
import keras
from keras import ops


class SquaredReLU(keras.layers.Layer):
    def call(self, x):
        return ops.square(ops.relu(x))  # NumPy-style ops, any backend


x = ops.convert_to_tensor([[-2.0, 0.5, 3.0]])
print(keras.config.backend(), SquaredReLU()(x))  # [[0.   0.25 9.  ]]
# --8<-- [end:code]

np.testing.assert_allclose(
    ops.convert_to_numpy(SquaredReLU()(x)), [[0.0, 0.25, 9.0]]
)
