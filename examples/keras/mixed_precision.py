# backends: tensorflow jax torch
"""Keras / Backend performance and memory: mixed precision is one global setting on
every backend, and with "mixed_float16" compile() wraps the optimizer in a
LossScaleOptimizer, which the built-in train step uses to scale the loss."""

import numpy as np

# --8<-- [start:code]
import keras

keras.config.set_dtype_policy("mixed_float16")  # or "mixed_bfloat16"
model = keras.Sequential([
    keras.Input((16,)),
    keras.layers.Dense(32, activation="relu"),
    keras.layers.Dense(1, dtype="float32"),  # keep the output in float32
])
model.compile(optimizer="adam", loss="mse")  # optimizer: a LossScaleOptimizer
# --8<-- [end:code]

hidden, output = model.layers
assert (hidden.compute_dtype, hidden.variable_dtype) == ("float16", "float32")
assert output.compute_dtype == "float32"
assert isinstance(model.optimizer, keras.optimizers.LossScaleOptimizer)
assert isinstance(model.optimizer.inner_optimizer, keras.optimizers.Adam)
# The older spelling is the same function.
assert keras.mixed_precision.set_global_policy is keras.config.set_dtype_policy

x = np.random.default_rng(0).random((32, 16), dtype="float32")
y = x.sum(axis=1, keepdims=True)
model.fit(x, y, batch_size=16, epochs=1, verbose=0)  # runs on a CPU too
assert float(model.optimizer.dynamic_scale.numpy()) > 1  # the loss really was scaled

# bfloat16 keeps float32's range, so compile() adds no loss scaling.
keras.config.set_dtype_policy("mixed_bfloat16")
model = keras.Sequential([keras.Input((16,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mse")
assert isinstance(model.optimizer, keras.optimizers.Adam)
assert not isinstance(model.optimizer, keras.optimizers.LossScaleOptimizer)
keras.config.set_dtype_policy("float32")
