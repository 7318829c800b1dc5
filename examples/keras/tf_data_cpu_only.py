# backends: jax torch
"""Keras / Keras without TensorFlow installed: with TensorFlow installed next to JAX or
PyTorch, `import keras` does not import it, Keras tells it to grow GPU memory on demand,
and a tf.data pipeline can feed the model with TensorFlow kept off the GPU."""

import os
import sys
import tempfile

import numpy as np

import keras

backend = keras.config.backend()
assert backend in ("jax", "torch"), backend
# The page: importing Keras on JAX or PyTorch does not import TensorFlow ...
assert "tensorflow" not in sys.modules
# ... and sets TF_FORCE_GPU_ALLOW_GROWTH for a TensorFlow imported later.
assert os.environ["TF_FORCE_GPU_ALLOW_GROWTH"] == "true"

model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")
# A feature that checks for TensorFlow imports it when it is installed: model.save()
# does (serialization_lib looks for tf.TensorShape).
model.save(os.path.join(tempfile.mkdtemp(), "model.keras"))
assert "tensorflow" in sys.modules

x = np.random.default_rng(0).random((32, 4), dtype="float32")
y = x.sum(axis=1, keepdims=True)

# --8<-- [start:code]
import tensorflow as tf

tf.config.set_visible_devices([], "GPU")  # before TensorFlow runs any op
dataset = tf.data.Dataset.from_tensor_slices((x, y)).batch(8)
model.fit(dataset, epochs=2, verbose=0)  # the model still runs on JAX or PyTorch
# --8<-- [end:code]

assert tf.config.get_visible_devices("GPU") == []
assert keras.config.backend() == backend
assert model.optimizer.iterations.numpy() == 8  # 2 epochs of 4 batches
