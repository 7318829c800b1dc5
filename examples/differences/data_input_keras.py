# backends: tensorflow jax torch
"""Differences / Data input, Keras tab: the same fit() takes NumPy arrays or a tf.data.Dataset,
on every backend."""

import numpy as np

rng = np.random.default_rng(0)
features = rng.normal(size=(256, 4)).astype("float32")
labels = (features.sum(axis=1) > 0).astype("int32")

# --8<-- [start:code]
import tensorflow as tf
import keras
from keras import layers

keras.utils.set_random_seed(0)
model = keras.Sequential(
    [keras.Input(shape=(4,)), layers.Dense(8, activation="relu"), layers.Dense(2)]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.02),
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    metrics=["accuracy"],
)

# 1. NumPy arrays: Keras batches and shuffles them.
model.fit(features, labels, batch_size=32, epochs=10, verbose=0)

# 2. A tf.data pipeline: you batch it; works with JAX and PyTorch backends too.
dataset = (
    tf.data.Dataset.from_tensor_slices((features, labels)).shuffle(256).batch(32)
)
history = model.fit(dataset, epochs=10, verbose=0)
print(f"{keras.config.backend()}: accuracy {history.history['accuracy'][-1]:.2f}")
# --8<-- [end:code]

assert history.history["accuracy"][-1] > 0.85, history.history
