# backends: tensorflow
"""Migration / Custom layers, Keras 2 tab: a layer written with tf.* ops, TensorFlow only.
Runs on Keras 2 (tf_keras)."""

import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.keras -> tf_keras (Keras 2), as on TF <= 2.15

import numpy as np

# --8<-- [start:code]
import tensorflow as tf
from tensorflow import keras


class RMSNorm(keras.layers.Layer):
    """Scales each row to unit root-mean-square, then by a learned gain."""

    def build(self, input_shape):
        self.gain = self.add_weight(
            "gain", shape=(input_shape[-1],), initializer="ones"
        )  # Keras 2: the first positional argument is the name

    def call(self, x):
        mean_square = tf.reduce_mean(tf.square(x), axis=-1, keepdims=True)
        return x * tf.math.rsqrt(mean_square + 1e-6) * self.gain
# --8<-- [end:code]


layer = RMSNorm()
x = np.array([[3.0, 4.0], [1.0, -1.0]], dtype="float32")
output = layer(x).numpy()

assert isinstance(layer, keras.layers.Layer)
assert type(layer).__mro__[1].__module__.startswith("tf_keras"), type(layer).__mro__
assert layer.gain.name.endswith("gain:0"), layer.gain.name
# Rows scaled to unit root-mean-square; the Keras 3 tab gives the same numbers.
expected = x / np.sqrt((x**2).mean(axis=-1, keepdims=True) + 1e-6)
np.testing.assert_allclose(output, expected, rtol=1e-5)
np.testing.assert_allclose(np.sqrt((output**2).mean(axis=-1)), [1.0, 1.0], rtol=1e-5)
