# backends: tensorflow
"""Differences / Performance, TensorFlow tab: tf.function builds a graph, jit_compile=True
compiles it with XLA; both compute what eager code computes."""

import numpy as np

# --8<-- [start:code]
import tensorflow as tf

w = tf.random.stateless_normal([16, 64], seed=[0, 1])


def layer(x):
    return tf.nn.relu(tf.matmul(x, w))


graph_layer = tf.function(layer)  # traced once per input signature, then a graph
xla_layer = tf.function(layer, jit_compile=True)  # the graph compiled by XLA

x = tf.random.stateless_normal([128, 16], seed=[0, 2])
eager, graph, xla = layer(x), graph_layer(x), xla_layer(x)
print("max difference:", float(tf.reduce_max(tf.abs(eager - xla))))
# --8<-- [end:code]

np.testing.assert_allclose(graph.numpy(), eager.numpy(), rtol=1e-5, atol=1e-5)
np.testing.assert_allclose(xla.numpy(), eager.numpy(), rtol=1e-4, atol=1e-4)
