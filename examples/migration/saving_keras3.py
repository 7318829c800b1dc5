# backends: tensorflow
"""Migration / Saving formats, Keras 3 tab: a Keras 2 .h5 file reloaded in Keras 3 and
re-saved as .keras; model.export() for a SavedModel; TFSMLayer to call a Keras 2 SavedModel."""

import os
import subprocess
import sys
import tempfile

import numpy as np

os.chdir(tempfile.mkdtemp())

# Write model.h5 and saved_model/ with Keras 2 (tf_keras) in a separate process, as an
# older code base would have, and keep its predictions to compare against.
KERAS_2_CODE = """
import numpy as np
import tf_keras as keras
keras.utils.set_random_seed(0)
model = keras.Sequential(
    [keras.layers.Dense(8, activation="relu", input_shape=(4,)), keras.layers.Dense(1)]
)
model.compile(optimizer="adam", loss="mse")
x = np.random.default_rng(0).normal(size=(16, 4)).astype("float32")
model.fit(x, x.sum(axis=1), epochs=2, verbose=0)
model.save("model.h5")
model.save("saved_model")
np.save("x.npy", x)
np.save("keras2_predictions.npy", model.predict(x, verbose=0))
"""
subprocess.run([sys.executable, "-c", KERAS_2_CODE], check=True)
x = np.load("x.npy")
keras2_predictions = np.load("keras2_predictions.npy")

# --8<-- [start:code]
import keras

model = keras.models.load_model("model.h5", compile=False)  # Keras 2 HDF5 file
model.compile(optimizer="adam", loss="mse")  # compile again in Keras 3
model.save("model.keras")  # the native format from now on

model.export("exported")  # a SavedModel for TF Serving, LiteRT, TensorFlow.js

# A SavedModel written by Keras 2 cannot be loaded as a model, only called:
legacy = keras.layers.TFSMLayer("saved_model", call_endpoint="serving_default")
# --8<-- [end:code]

# The Keras 3 model, its .keras copy, its export and the Keras 2 SavedModel all predict
# what the Keras 2 model predicted.
reloaded = keras.models.load_model("model.keras")
exported = keras.layers.TFSMLayer("exported", call_endpoint="serve")
(legacy_output,) = legacy(x).values()  # a dict: {name of the output layer: tensor}
for predictions in (
    model.predict(x, verbose=0),
    reloaded.predict(x, verbose=0),
    keras.ops.convert_to_numpy(exported(x)),
    keras.ops.convert_to_numpy(legacy_output),
):
    np.testing.assert_allclose(predictions, keras2_predictions, rtol=1e-5, atol=1e-6)

# What the page says fails in Keras 3.
try:
    keras.models.load_model("saved_model")
    raise AssertionError("load_model() accepted a SavedModel directory")
except ValueError as error:
    assert "legacy SavedModel format is not supported by `load_model()`" in str(error)
try:
    model.save("another_saved_model")
    raise AssertionError("save() without an extension did not fail")
except ValueError as error:
    assert "Invalid filepath extension for saving" in str(error), error
try:  # with compile=True, the training config Keras 2 stored does not deserialize
    keras.models.load_model("model.h5")
    raise AssertionError("compiled .h5 loaded; the page's compile=False advice is stale")
except ValueError as error:
    assert "Could not deserialize" in str(error), error
