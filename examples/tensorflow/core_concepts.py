# backends: tensorflow
"""TensorFlow / Core concepts: tensors, variables, tf.function and GradientTape."""

# --8<-- [start:tensors]
import tensorflow as tf

x = tf.constant([[1.0, 2.0], [3.0, 4.0]])  # immutable tensor
w = tf.Variable([[1.0], [0.5]])  # mutable state, e.g. weights
print(tf.matmul(x, w))  # runs immediately (eager): [[2.] [5.]]
# --8<-- [end:tensors]

# --8<-- [start:function]
traces = []


@tf.function
def scaled_sum(t):
    traces.append(t.shape)  # Python side effect: happens only while tracing
    return tf.reduce_sum(t) * 2.0


scaled_sum(tf.constant([1.0, 2.0]))
scaled_sum(tf.constant([3.0, 4.0]))  # same signature: reuses the graph
scaled_sum(tf.constant([1.0, 2.0, 3.0]))  # new shape: traced again
print(len(traces))  # 2
# --8<-- [end:function]

# --8<-- [start:tape]
v = tf.Variable(3.0)
with tf.GradientTape() as tape:
    y = v * v  # y = v²
print(tape.gradient(y, v))  # dy/dv = 2v = 6.0
# --8<-- [end:tape]

assert tf.matmul(x, w).numpy().tolist() == [[2.0], [5.0]]
assert len(traces) == 2
with tf.GradientTape() as tape:
    y = v * v
assert float(tape.gradient(y, v)) == 6.0
