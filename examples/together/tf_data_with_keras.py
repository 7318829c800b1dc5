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

# --8<-- [start:layers]
images = rng.uniform(0, 255, size=(16, 8, 8, 3)).astype("float32")  # 16 RGB images

augment_images = keras.layers.Pipeline(  # not keras.Sequential: see below
    [keras.layers.Rescaling(1 / 255), keras.layers.RandomFlip("horizontal")]
)
image_batches = (
    tf.data.Dataset.from_tensor_slices(images)
    .batch(8)
    .map(augment_images)  # Keras preprocessing layers, inside tf.data, any backend
)
# --8<-- [end:layers]

for batch in image_batches:
    assert batch.shape == (8, 8, 8, 3) and float(tf.reduce_max(batch)) <= 1.0
# The page: a Sequential model (or a Dense layer) inside map() needs the TensorFlow backend.
as_sequential = keras.Sequential([keras.layers.Rescaling(1 / 255)])
try:
    list(tf.data.Dataset.from_tensor_slices(images).batch(8).map(as_sequential))
    sequential_works = True
except Exception:
    sequential_works = False
assert sequential_works == (keras.config.backend() == "tensorflow"), sequential_works
