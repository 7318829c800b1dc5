# backends: tensorflow
"""Troubleshooting / "... triggered tf.function retracing": passing a new Python number
on every call makes tf.function trace a new graph each time; pass a tensor instead."""

import io
import sys

sys.stderr = stderr = io.StringIO()  # what Python prints there, as a reader sees it
import tensorflow as tf  # its logger writes to the stderr of its first use

# --8<-- [start:error]
@tf.function
def scale(x, factor):
    return x * factor


for factor in range(8):
    scale(tf.ones(3), factor)  # a new Python int each time: a new graph each time
print(scale.experimental_get_tracing_count())  # 8
# --8<-- [end:error]
sys.stderr = sys.__stderr__
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
warnings = [l for l in stderr.getvalue().splitlines() if "triggered tf.function retracing" in l]
assert warnings, stderr.getvalue()
assert "calls to <function scale at" in warnings[0], warnings[0]
assert "Tracing is expensive and the excessive number of tracings" in warnings[0]

# What the page shows, saved in the .out file of the same name.
print("# --8<-- [start:warning]", warnings[0], "# --8<-- [end:warning]", sep="\n")
