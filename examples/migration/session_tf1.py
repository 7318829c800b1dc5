# backends: tensorflow
"""Migration / TF1 to TF2, sessions, TensorFlow 1 tab: a graph with a placeholder, run in a
Session, through tf.compat.v1."""

import numpy as np

# --8<-- [start:code]
import tensorflow as tf

tf.compat.v1.disable_eager_execution()  # TF1 behaviour: build a graph first

x = tf.compat.v1.placeholder(tf.float32, shape=[None, 3])
w = tf.Variable([[1.0], [2.0], [3.0]])
y = tf.nn.relu(tf.matmul(x, w) - 4.0)

with tf.compat.v1.Session() as session:
    session.run(tf.compat.v1.global_variables_initializer())
    result = session.run(y, feed_dict={x: [[1.0, 1.0, 1.0], [0.0, 1.0, 0.0]]})
print(result)  # [[2.] [0.]]
# --8<-- [end:code]

assert not tf.executing_eagerly()
assert isinstance(y, tf.Tensor) and not hasattr(y, "numpy")  # symbolic, no value
# The TensorFlow 2 tab computes the same numbers.
np.testing.assert_array_equal(result, [[2.0], [0.0]])
