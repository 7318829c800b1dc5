# backends: tensorflow
"""Troubleshooting / "... triggered tf.function retracing": passing a new Python number
on every call makes tf.function trace a new graph each time; pass a tensor instead."""

import logging

import tensorflow as tf

logged = []  # TensorFlow logs the warning through the "tensorflow" logger


class Recorder(logging.Handler):
    def emit(self, record):
        logged.append(record.getMessage())


tf.get_logger().addHandler(Recorder())

# --8<-- [start:error]
@tf.function
def scale(x, factor):
    return x * factor


for factor in range(8):
    scale(tf.ones(3), factor)  # a new Python int each time: a new graph each time
print(scale.experimental_get_tracing_count())  # 8
# --8<-- [end:error]
traces_before = scale.experimental_get_tracing_count()


# --8<-- [start:fix]
@tf.function
def scale(x, factor):
    return x * factor


for factor in range(8):
    scale(tf.ones(3), tf.constant(factor, dtype=tf.float32))  # a tensor: one graph
print(scale.experimental_get_tracing_count())  # 1
# --8<-- [end:fix]

assert traces_before == 8, traces_before
assert scale.experimental_get_tracing_count() == 1
warnings = [m for m in logged if "triggered tf.function retracing" in m]
assert warnings, logged
assert "calls to <function scale at" in warnings[0], warnings[0]
assert "Tracing is expensive and the excessive number of tracings" in warnings[0]
