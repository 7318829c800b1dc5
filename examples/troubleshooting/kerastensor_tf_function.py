# backends: tensorflow
"""Troubleshooting / "A KerasTensor cannot be used as input to a TensorFlow function":
a tf.* op applied to keras.Input fails; keras.ops, or the op inside a layer, works."""

import numpy as np

# --8<-- [start:error]
import keras
import tensorflow as tf

inputs = keras.Input(shape=(3,))
try:
    total = tf.reduce_sum(inputs, axis=-1)  # a TensorFlow op on a symbolic input
except ValueError as error:
    message = str(error)
# --8<-- [end:error]

# --8<-- [start:fix]
total = keras.ops.sum(inputs, axis=-1)  # keras.ops: works on every backend
model = keras.Model(inputs, total)


class ReduceSum(keras.layers.Layer):  # or keep the TensorFlow op, inside call()
    def call(self, x):
        return tf.reduce_sum(x, axis=-1)  # x is a real tensor here


tf_model = keras.Model(inputs, ReduceSum()(inputs))  # TensorFlow backend only
# --8<-- [end:fix]

assert "A KerasTensor cannot be used as input to a TensorFlow function" in message
x = np.array([[1.0, 2.0, 3.0]], dtype="float32")
assert np.allclose(keras.ops.convert_to_numpy(model(x)), [6.0])
assert np.allclose(keras.ops.convert_to_numpy(tf_model(x)), [6.0])

# What the page says about Keras 2: tf_keras accepted the same call, wrapping it in a layer.
import tf_keras

legacy_inputs = tf_keras.Input(shape=(3,))
legacy_model = tf_keras.Model(legacy_inputs, tf.reduce_sum(legacy_inputs, axis=-1))
assert np.allclose(legacy_model(x).numpy(), [6.0])

# What the page shows, saved in the .out file of the same name.
print("# --8<-- [start:error]", f"ValueError: {message}", "# --8<-- [end:error]", sep="\n")
