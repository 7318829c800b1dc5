# backends: jax
"""Differences / Distribution, Keras tab: keras.distribution data parallelism (JAX backend).
Two CPU devices stand in for two accelerators."""

import os

# Only for this demo: split the CPU into two JAX devices. Must run before JAX starts.
os.environ["XLA_FLAGS"] = "--xla_force_host_platform_device_count=2"

import numpy as np

rng = np.random.default_rng(0)
x = rng.normal(size=(256, 4)).astype("float32")
y = x.sum(axis=1, keepdims=True).astype("float32")

# --8<-- [start:code]
import keras
from keras import layers

devices = keras.distribution.list_devices()
print(devices)  # e.g. ['cpu:0', 'cpu:1'], or your GPUs/TPUs
mesh = keras.distribution.DeviceMesh(
    shape=(len(devices),), axis_names=["batch"], devices=devices
)
keras.distribution.set_distribution(
    keras.distribution.DataParallel(device_mesh=mesh)
)

# From here on, model code is unchanged: each batch is split across the devices.
model = keras.Sequential(
    [keras.Input(shape=(4,)), layers.Dense(16, activation="relu"), layers.Dense(1)]
)
model.compile(optimizer=keras.optimizers.Adam(0.01), loss="mse")
history = model.fit(x, y, batch_size=64, epochs=10, verbose=0)
# --8<-- [end:code]

assert len(devices) == 2, devices
assert history.history["loss"][-1] < 0.2 * history.history["loss"][0]
