# backends: tensorflow
"""Differences / Distribution, TensorFlow tab: MirroredStrategy. Two logical CPU devices
stand in for two GPUs."""

import numpy as np
import tensorflow as tf

# Only for this demo: split the CPU into two logical devices before TensorFlow uses it.
cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(
    cpu, [tf.config.LogicalDeviceConfiguration()] * 2
)

rng = np.random.default_rng(0)
x = rng.normal(size=(256, 4)).astype("float32")
y = x.sum(axis=1, keepdims=True).astype("float32")

# --8<-- [start:code]
import keras

strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])  # default: all GPUs
print("replicas:", strategy.num_replicas_in_sync)

with strategy.scope():  # variables created here are mirrored on every replica
    model = keras.Sequential(
        [
            keras.Input(shape=(4,)),
            keras.layers.Dense(16, activation="relu"),
            keras.layers.Dense(1),
        ]
    )
    model.compile(optimizer=keras.optimizers.Adam(0.01), loss="mse")

history = model.fit(
    x, y, batch_size=64, epochs=10, verbose=0
)  # each batch split in two
# --8<-- [end:code]

assert strategy.num_replicas_in_sync == 2
assert history.history["loss"][-1] < 0.2 * history.history["loss"][0]
