# backends: tensorflow
"""Differences / Data input, TensorFlow tab: a tf.data pipeline with map, shuffle, batch
and prefetch."""

import numpy as np

rng = np.random.default_rng(0)
images = rng.integers(0, 256, size=(100, 8, 8), dtype=np.uint8)
labels = rng.integers(0, 10, size=(100,))

# --8<-- [start:code]
import tensorflow as tf


def normalize(image, label):
    image = tf.cast(image, tf.float32) / 255.0
    return tf.reshape(image, [-1]), label


dataset = (
    tf.data.Dataset.from_tensor_slices((images, labels))
    .map(normalize, num_parallel_calls=tf.data.AUTOTUNE)
    .shuffle(buffer_size=100, seed=0)
    .batch(32)
    .prefetch(tf.data.AUTOTUNE)
)

for batch_images, batch_labels in dataset.take(1):
    print(batch_images.shape, batch_labels.shape)  # (32, 64) (32,)
# --8<-- [end:code]

assert batch_images.shape == (32, 64) and batch_labels.shape == (32,)
assert float(tf.reduce_max(batch_images)) <= 1.0
assert sum(int(b.shape[0]) for b, _ in dataset) == 100
