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

# The page: the layer's variables are trainable by default, and since Keras 3.14 a .keras
# file that holds a TFSMLayer reloads only with safe_mode=False.
assert layer.trainable and len(layer.trainable_weights) == 2, layer.trainable_weights
wrapper = keras.Sequential([keras.Input(shape=(4,)), layer])
wrapper.save("with_tfsm_layer.keras")
try:
    keras.models.load_model("with_tfsm_layer.keras")
except ValueError as error:
    safe_mode_message = str(error)
assert "safe_mode" in safe_mode_message, safe_mode_message
reloaded = keras.models.load_model("with_tfsm_layer.keras", safe_mode=False)
assert np.allclose(keras.ops.convert_to_numpy(reloaded(x)), reference)

# The page: an old Keras 2 SavedModel can be loaded with tf_keras and re-saved as .keras.
import tf_keras

legacy = tf_keras.Sequential([tf_keras.Input(shape=(4,)), tf_keras.layers.Dense(2)])
legacy.save("keras2_savedmodel")  # a bare path: Keras 2 writes a SavedModel
assert os.path.isfile(os.path.join("keras2_savedmodel", "saved_model.pb"))
tf_keras.models.load_model("keras2_savedmodel").save("converted.keras")
converted = keras.models.load_model("converted.keras")
assert np.allclose(keras.ops.convert_to_numpy(converted(x)), legacy(x).numpy())

# What the page shows, saved in the .out file of the same name.
print("# --8<-- [start:error]", f"ValueError: {message}", "# --8<-- [end:error]", sep="\n")
