# backends: tensorflow jax torch
"""Together / Multi-device training: one script, a different distribution API per
backend, chosen with keras.config.backend()."""

import numpy as np

rng = np.random.default_rng(0)
x = rng.normal(size=(256, 4)).astype("float32")
y = x.sum(axis=1, keepdims=True)

# --8<-- [start:code]
import contextlib

import keras


def distribution_scope():
    """Where to build and compile the model so that fit() uses every device."""
    backend = keras.config.backend()
    if backend == "tensorflow":
        import tensorflow as tf

        return tf.distribute.MirroredStrategy().scope()  # all GPUs, else the CPU
    if backend == "jax":
        return keras.distribution.DataParallel().scope()  # all devices
    # PyTorch: fit() runs in one process on one device. For several GPUs,
    # launch one process per GPU and wrap the model in DDP (see the tab).
    return contextlib.nullcontext()


with distribution_scope():
    model = keras.Sequential(
        [
            keras.Input(shape=(4,)),
            keras.layers.Dense(16, activation="relu"),
            keras.layers.Dense(1),
        ]
    )
    model.compile(optimizer=keras.optimizers.Adam(0.01), loss="mse")
    history = model.fit(x, y, batch_size=64, epochs=10, verbose=0)
print(keras.config.backend(), f"loss {history.history['loss'][-1]:.3f}")
# --8<-- [end:code]

assert history.history["loss"][-1] < 0.2 * history.history["loss"][0], history.history
if keras.config.backend() == "tensorflow":
    assert type(model.weights[0].value).__name__ == "MirroredVariable"
