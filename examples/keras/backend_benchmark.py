# backends: tensorflow jax torch
"""Keras / Backend performance and memory: time a few training steps of a tiny model
on the backend KERAS_BACKEND names. The function returns the mean time of one step;
the file prints only the backend, what `jit_compile="auto"` chose and that the steps
ran, because a time measured on a shared CPU says nothing about your hardware."""

# --8<-- [start:code]
import time

import keras
import numpy as np


def seconds_per_step(model, x, y, batch_size):
    """Mean time of one training step, measured after a warm-up epoch."""
    model.fit(x, y, batch_size=batch_size, verbose=0)  # traces and compiles
    start = time.perf_counter()
    model.fit(x, y, batch_size=batch_size, verbose=0)
    return (time.perf_counter() - start) / (len(x) // batch_size)


rng = np.random.default_rng(0)
x = rng.random((512, 32), dtype="float32")
y = rng.integers(0, 10, size=512)
model = keras.Sequential([
    keras.Input((32,)),
    keras.layers.Dense(64, activation="relu"),
    keras.layers.Dense(10),
])
model.compile(
    optimizer="adam",
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
)  # jit_compile="auto": XLA on JAX, eager on PyTorch, see the FAQ for TensorFlow
per_step = seconds_per_step(model, x, y, batch_size=32)
# --8<-- [end:code]

backend = keras.config.backend()
assert per_step > 0
assert model.optimizer.iterations.numpy() == 2 * 512 // 32
# What jit_compile="auto" resolves to on a CPU-only machine (the page links the rules):
# XLA on JAX; no XLA on TensorFlow without a GPU or TPU; eager on PyTorch.
assert model.jit_compile == {"jax": True, "tensorflow": False, "torch": False}[backend]

if backend == "torch":
    # The page: PyTorch runs one batch per call; steps_per_execution must stay 1.
    model.compile(optimizer="adam", loss="mse", steps_per_execution=2)
    try:
        model.fit(x, y.astype("float32")[:, None], verbose=0)
    except ValueError as error:
        assert "`steps_per_execution` must be 1 with the PyTorch backend" in str(error)
    else:
        raise AssertionError("steps_per_execution=2 ran on PyTorch")

print(f"{backend}: jit_compile={model.jit_compile}, {512 // 32} timed steps ran")
