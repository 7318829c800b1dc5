# backends: tensorflow
"""Migration / Imports, Keras 2 tab: tf.keras code as written for TensorFlow 2.15 and
earlier. It runs here on Keras 2 (tf_keras), the way TensorFlow 2.15 ran it."""

import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.keras -> tf_keras (Keras 2), as on TF <= 2.15

import numpy as np

# --8<-- [start:code]
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers

model = keras.Sequential(
    [
        layers.Dense(8, activation="relu", input_shape=(4,)),
        layers.Dense(1),
    ]
)
model.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-3), loss="mse")
# --8<-- [end:code]

# Genuine Keras 2: the classes come from the tf_keras package.
assert type(model).__module__.startswith("tf_keras"), type(model).__module__
assert layers.Dense.__module__.startswith("tf_keras"), layers.Dense.__module__

# The same weights give the same predictions as a plain NumPy forward pass; the
# Keras 3 tab checks its model against the same computation.
rng = np.random.default_rng(0)
weights = [rng.normal(size=w.shape).astype("float32") for w in model.get_weights()]
model.set_weights(weights)
x = rng.normal(size=(5, 4)).astype("float32")
kernel_1, bias_1, kernel_2, bias_2 = weights
expected = np.maximum(x @ kernel_1 + bias_1, 0) @ kernel_2 + bias_2
np.testing.assert_allclose(model.predict(x, verbose=0), expected, rtol=1e-5, atol=1e-5)
