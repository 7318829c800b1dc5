# backends: tensorflow
"""Differences / Debugging, TensorFlow tab: inside tf.function, print() runs only while
tracing; tf.print runs on every call."""

# --8<-- [start:code]
import tensorflow as tf

python_prints = 0


@tf.function
def step(x):
    global python_prints
    python_prints += 1
    print("tracing with", x)  # Python: runs once, while the graph is built
    tf.print("running with", x)  # graph op: runs on every call
    return x * 2


for value in [1.0, 2.0, 3.0]:
    step(tf.constant(value))
print("Python print ran", python_prints, "time(s)")  # 1

tf.config.run_functions_eagerly(True)  # while debugging: plain Python again
for value in [1.0, 2.0, 3.0]:
    step(tf.constant(value))
tf.config.run_functions_eagerly(False)
print("Python print ran", python_prints, "time(s)")  # 4
# --8<-- [end:code]

assert python_prints == 4, python_prints
