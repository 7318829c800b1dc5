# backends: tensorflow
"""Migration / TF1 to TF2, sessions, TensorFlow 2 tab: the same computation as a Python
function, run eagerly or compiled to a graph by tf.function."""

import numpy as np

# --8<-- [start:code]
import tensorflow as tf

w = tf.Variable([[1.0], [2.0], [3.0]])


@tf.function  # traced into a graph on the first call, like the TF1 graph
def model(x):
    return tf.nn.relu(tf.matmul(x, w) - 4.0)


result = model(tf.constant([[1.0, 1.0, 1.0], [0.0, 1.0, 0.0]]))
print(result.numpy())  # [[2.] [0.]]
# --8<-- [end:code]

assert tf.executing_eagerly()
# The TensorFlow 1 tab's Session computes the same numbers.
np.testing.assert_array_equal(result.numpy(), [[2.0], [0.0]])
# The graph tf.function built holds the same operations the TF1 code built by hand.
graph = model.get_concrete_function(tf.TensorSpec([None, 3], tf.float32)).graph
op_types = {op.type for op in graph.get_operations()}
assert {"MatMul", "Relu", "Sub"} <= op_types, op_types
