# backends: tensorflow
"""Troubleshooting / "Unrecognized keyword arguments: ['batch_shape']": Keras 2
(tf_keras, or TensorFlow 2.15 and older) cannot read a model saved by Keras 3."""

import os
import tempfile

import numpy as np

os.chdir(tempfile.mkdtemp())

# --8<-- [start:error]
import keras  # Keras 3
import tf_keras  # Keras 2: what tf.keras is on TensorFlow 2.15 and older

model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(2)])
model.save("model.keras")
try:
    tf_keras.models.load_model("model.keras")
except TypeError as error:
    message = str(error)
# --8<-- [end:error]

# --8<-- [start:fix]
import tensorflow as tf

restored = keras.models.load_model("model.keras")  # load it with Keras 3

model.export("serving_model")  # or give the Keras 2 side a SavedModel,
reloaded = tf.saved_model.load("serving_model")  # which runs without Keras
# --8<-- [end:fix]

assert "Error when deserializing class 'InputLayer'" in message, message
assert "Unrecognized keyword arguments: ['batch_shape']" in message, message
model.save("model.h5")  # the legacy H5 file fails the same way
try:
    tf_keras.models.load_model("model.h5")
except TypeError as error:
    h5_message = str(error)
assert "Unrecognized keyword arguments: ['batch_shape']" in h5_message, h5_message
x = np.ones((1, 4), dtype="float32")
reference = keras.ops.convert_to_numpy(model(x))
assert np.allclose(keras.ops.convert_to_numpy(restored(x)), reference)
assert np.allclose(reloaded.serve(tf.constant(x)).numpy(), reference)

# The page: the other direction works; Keras 3 reads files that Keras 2 saved.
legacy = tf_keras.Sequential([tf_keras.Input(shape=(4,)), tf_keras.layers.Dense(2)])
legacy.save("legacy.keras")
legacy.save("legacy.h5")
for name in ("legacy.keras", "legacy.h5"):
    loaded = keras.models.load_model(name)
    assert np.allclose(keras.ops.convert_to_numpy(loaded(x)), legacy(x).numpy())

# What the page shows, saved in the .out file of the same name.
print("# --8<-- [start:error]", f"TypeError: {message}", "# --8<-- [end:error]", sep="\n")
