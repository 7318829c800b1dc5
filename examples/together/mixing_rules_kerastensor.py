# backends: tensorflow
"""Together / Mixing rules: a raw TensorFlow op on a symbolic KerasTensor fails; keras.ops or a
custom layer fixes it."""

# --8<-- [start:error]
import tensorflow as tf
import keras

inputs = keras.Input(shape=(4,))
try:
    outputs = tf.nn.softplus(
        inputs
    )  # a TensorFlow function on a symbolic KerasTensor
except ValueError as error:
    message = str(error)
    print(
        message
    )  # A KerasTensor cannot be used as input to a TensorFlow function. ...
# --8<-- [end:error]


# --8<-- [start:fix]
class Softplus(keras.layers.Layer):
    def call(self, x):
        return tf.nn.softplus(x)  # inside call() the input is a real tensor


inputs = keras.Input(shape=(4,))
with_ops = keras.Model(inputs, keras.ops.softplus(inputs))  # backend-neutral
with_layer = keras.Model(inputs, Softplus()(inputs))  # TensorFlow backend only
# --8<-- [end:fix]

assert (
    "A KerasTensor cannot be used as input to a TensorFlow function" in message
), message
x = tf.constant([[0.0, 1.0, -1.0, 2.0]])
expected = tf.nn.softplus(x).numpy()
assert abs(with_ops(x).numpy() - expected).max() < 1e-6
assert abs(with_layer(x).numpy() - expected).max() < 1e-6
