# backends: tensorflow jax torch
"""Together / tf.data with Keras: TensorFlow ops inside dataset.map() feed fit() on any backend."""

import numpy as np

rng = np.random.default_rng(0)
features = rng.normal(size=(512, 4)).astype("float32")
targets = features @ np.array([[1.0], [2.0], [-1.0], [0.5]], dtype="float32")

# --8<-- [start:code]
import tensorflow as tf
import keras


def augment(x, y):
    # Plain TensorFlow ops: they run in the input pipeline, on any Keras backend.
    noise = tf.random.normal(tf.shape(x), stddev=0.01)
    return x + noise, y


dataset = (
    tf.data.Dataset.from_tensor_slices((features, targets))
    .shuffle(512)
    .map(augment, num_parallel_calls=tf.data.AUTOTUNE)
    .batch(64)
    .prefetch(tf.data.AUTOTUNE)
)

model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(0.05), loss="mse")
history = model.fit(dataset, epochs=15, verbose=0)
print(keras.config.backend(), f"loss {history.history['loss'][-1]:.4f}")
# --8<-- [end:code]

assert history.history["loss"][-1] < 0.05 * history.history["loss"][0], (
    history.history["loss"]
)
