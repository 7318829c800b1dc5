# backends: jax
"""Together / Multi-device training, JAX tab: keras.distribution.ModelParallel shards the
kernels of Dense layers across a device mesh. Two CPU devices stand in for accelerators."""

import os

# Only for this demo: split the CPU into two JAX devices. Must run before JAX starts.
os.environ["XLA_FLAGS"] = "--xla_force_host_platform_device_count=2"

import numpy as np

rng = np.random.default_rng(0)
x = rng.normal(size=(256, 4)).astype("float32")
y = x.sum(axis=1, keepdims=True)

# --8<-- [start:code]
import keras

devices = keras.distribution.list_devices()  # ['cpu:0', 'cpu:1'] here
mesh = keras.distribution.DeviceMesh(
    shape=(1, 2), axis_names=["batch", "model"], devices=devices
)
layout_map = keras.distribution.LayoutMap(mesh)
# Keys are regular expressions that must match the WHOLE variable path.
layout_map[".*hidden.*kernel"] = (None, "model")  # split the 16 columns in two
layout_map[".*hidden.*bias"] = ("model",)
distribution = keras.distribution.ModelParallel(
    layout_map=layout_map, batch_dim_name="batch"
)

with distribution.scope():  # or keras.distribution.set_distribution(distribution)
    model = keras.Sequential(
        [
            keras.Input(shape=(4,)),
            keras.layers.Dense(16, activation="relu", name="hidden"),
            keras.layers.Dense(1, name="out"),
        ]
    )
    model.compile(optimizer=keras.optimizers.Adam(0.01), loss="mse")
    history = model.fit(x, y, batch_size=64, epochs=10, verbose=0)

kernel = model.get_layer("hidden").kernel
print(kernel.path, kernel.value.sharding.spec)  # P(None, 'model')
print([shard.data.shape for shard in kernel.value.addressable_shards])  # 2 x (4, 8)
# --8<-- [end:code]

assert len(devices) == 2, devices
assert tuple(kernel.value.sharding.spec) == (None, "model")
assert [s.data.shape for s in kernel.value.addressable_shards] == [(4, 8), (4, 8)]
out_kernel = model.get_layer("out").kernel  # not in the layout map: replicated
assert [s.data.shape for s in out_kernel.value.addressable_shards] == [(16, 1), (16, 1)]
assert history.history["loss"][-1] < 0.2 * history.history["loss"][0]
# The page: a key that matches only part of the path matches nothing.
partial = keras.distribution.LayoutMap(mesh)
partial["hidden.*kernel"] = (None, "model")
assert partial[kernel.path] is None and layout_map[kernel.path] is not None
