# backends: tensorflow jax torch
"""Migration / Custom layers, Keras 3 tab: the same layer with keras.ops, so it runs on
TensorFlow, JAX and PyTorch and saves in a .keras file."""

import os
import tempfile

import numpy as np

os.chdir(tempfile.mkdtemp())

# --8<-- [start:code]
import keras
from keras import ops


@keras.saving.register_keras_serializable(package="migration")
class RMSNorm(keras.layers.Layer):
    """Scales each row to unit root-mean-square, then by a learned gain."""

    def build(self, input_shape):
        self.gain = self.add_weight(
            shape=(input_shape[-1],), initializer="ones", name="gain"
        )  # Keras 3: the first positional argument is the shape

    def call(self, x):
        mean_square = ops.mean(ops.square(x), axis=-1, keepdims=True)
        return x * ops.rsqrt(mean_square + 1e-6) * self.gain
# --8<-- [end:code]


layer = RMSNorm()
x = np.array([[3.0, 4.0], [1.0, -1.0]], dtype="float32")
output = ops.convert_to_numpy(layer(x))

# The same numbers as the Keras 2 tab, on every backend.
expected = x / np.sqrt((x**2).mean(axis=-1, keepdims=True) + 1e-6)
np.testing.assert_allclose(output, expected, rtol=1e-5)

# Backend-neutral layers save and reload in a .keras file.
model = keras.Sequential([keras.Input(shape=(2,)), RMSNorm(), keras.layers.Dense(1)])
model.save("model.keras")
reloaded = keras.models.load_model("model.keras")
np.testing.assert_allclose(
    reloaded.predict(x, verbose=0), model.predict(x, verbose=0), rtol=1e-6
)
assert isinstance(reloaded.layers[0], RMSNorm)

# Keras 3 rejects the Keras 2 habit of passing the name first, positionally.
class PositionalName(keras.layers.Layer):
    def build(self, input_shape):
        self.gain = self.add_weight("gain", shape=(input_shape[-1],))

    def call(self, x):
        return x * self.gain


try:
    PositionalName()(x)
    raise AssertionError("a positional name was accepted")
except ValueError as error:
    assert "`name` must be passed as a keyword argument" in str(error), error

# The page's table of TensorFlow ops and their keras.ops counterparts, checked value by
# value (TensorFlow is installed next to every backend here).
import tensorflow as tf  # noqa: E402

a = np.array([[1.0, -2.0, 3.0], [0.5, 4.0, -1.0], [2.0, 0.0, 1.0]], dtype="float32")
pairs = [
    (tf.reduce_mean(a, axis=-1), ops.mean(a, axis=-1)),
    (tf.reduce_sum(a, axis=0), ops.sum(a, axis=0)),
    (tf.reduce_max(a, axis=-1), ops.max(a, axis=-1)),
    (tf.matmul(a, a), ops.matmul(a, a)),
    (tf.einsum("ij,jk->ik", a, a), ops.einsum("ij,jk->ik", a, a)),
    (tf.concat([a, a], axis=0), ops.concatenate([a, a], axis=0)),
    (tf.reshape(a, (9,)), ops.reshape(a, (9,))),
    (tf.transpose(a), ops.transpose(a)),
    (tf.math.rsqrt(a**2 + 1), ops.rsqrt(a**2 + 1)),
    (tf.square(a), ops.square(a)),
    (tf.exp(a), ops.exp(a)),
    (tf.nn.softmax(a), ops.softmax(a)),
    (tf.nn.relu(a), ops.relu(a)),
    (tf.nn.gelu(a), ops.gelu(a, approximate=False)),
    (tf.where(a > 0, a, 0.0), ops.where(a > 0, a, 0.0)),
    (tf.cast(a, "int32"), ops.cast(a, "int32")),
    (tf.linalg.band_part(a, -1, 0), ops.tril(a)),
]
for number, (tf_value, keras_value) in enumerate(pairs):
    np.testing.assert_allclose(
        ops.convert_to_numpy(keras_value), tf_value.numpy(), rtol=1e-5, atol=1e-6,
        err_msg=f"row {number}",
    )

# ops.gelu defaults to the tanh approximation, tf.nn.gelu to the exact form: the page's
# table pairs tf.nn.gelu(x) with ops.gelu(x, approximate=False).
assert np.abs(ops.convert_to_numpy(ops.gelu(a)) - tf.nn.gelu(a).numpy()).max() > 1e-5
