# backends: tensorflow
"""Troubleshooting / TensorFlow does not see the GPU: list_physical_devices("GPU")
returns an empty list and TensorFlow runs on the CPU, without an error. The tests run
on CPUs, so this prints what native Windows prints with TensorFlow 2.11 or newer."""

# --8<-- [start:check]
import tensorflow as tf

gpus = tf.config.list_physical_devices("GPU")
print(gpus)  # [] when TensorFlow can use no GPU
# --8<-- [end:check]

assert gpus == [], gpus
assert tf.config.list_physical_devices("CPU"), "TensorFlow still runs, on the CPU"

# What the page shows, saved in the .out file of the same name.
print("# --8<-- [start:output]", gpus, "# --8<-- [end:output]", sep="\n")
