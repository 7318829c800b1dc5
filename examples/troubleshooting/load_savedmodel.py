# backends: tensorflow
"""Troubleshooting / "File format not supported: filepath=...": Keras 3 load_model reads
.keras and .h5 files only; reload a SavedModel with keras.layers.TFSMLayer."""

import os
import tempfile

import numpy as np

os.chdir(tempfile.mkdtemp())

import keras

model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(2)])
model.export("exported_model", verbose=False)  # a TensorFlow SavedModel directory
x = np.ones((1, 4), dtype="float32")

# --8<-- [start:error]
try:
    restored = keras.models.load_model("exported_model")  # a SavedModel directory
except ValueError as error:
    message = str(error)
# --8<-- [end:error]

# --8<-- [start:fix]
layer = keras.layers.TFSMLayer("exported_model", call_endpoint="serve")
print(layer(x))  # inference only: the same numbers as the original model

model.save("model.keras")  # to keep a model you can train again, use .keras
restored = keras.models.load_model("model.keras")
# --8<-- [end:fix]

assert message.startswith("File format not supported: filepath=exported_model."), message
assert "keras.layers.TFSMLayer(exported_model, call_endpoint='serving_default')" in message
reference = keras.ops.convert_to_numpy(model(x))
assert np.allclose(keras.ops.convert_to_numpy(layer(x)), reference)
assert np.allclose(keras.ops.convert_to_numpy(restored(x)), reference)

# The page: an old Keras 2 SavedModel can be loaded with tf_keras and re-saved as .keras.
import tf_keras

legacy = tf_keras.Sequential([tf_keras.Input(shape=(4,)), tf_keras.layers.Dense(2)])
legacy.save("keras2_savedmodel")  # a bare path: Keras 2 writes a SavedModel
assert os.path.isfile(os.path.join("keras2_savedmodel", "saved_model.pb"))
tf_keras.models.load_model("keras2_savedmodel").save("converted.keras")
converted = keras.models.load_model("converted.keras")
assert np.allclose(keras.ops.convert_to_numpy(converted(x)), legacy(x).numpy())
