# backends: tensorflow jax
"""Troubleshooting / "The `save_format` argument is deprecated in Keras 3": an error
when the path has no .keras/.h5 extension, a warning when it has one. Drop the argument;
use model.export() for a SavedModel."""

import io
import os
import sys
import tempfile

import numpy as np

os.chdir(tempfile.mkdtemp())
sys.stderr = stderr = io.StringIO()  # what Python prints there, as a reader sees it

# --8<-- [start:error]
import keras

model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(2)])
try:
    model.save("my_model", save_format="tf")  # Keras 2 style
except ValueError as error:
    message = str(error)

model.save("my_model.keras", save_format="keras")  # saves, with a warning
# --8<-- [end:error]

# --8<-- [start:fix]
model.save("my_model.keras")  # a Keras file: the extension picks the format
model.export("my_model", verbose=False)  # a TensorFlow SavedModel, for serving
# --8<-- [end:fix]
sys.stderr = sys.__stderr__

assert message.startswith(
    "The `save_format` argument is deprecated in Keras 3. Please remove this argument"
), message
warned = [l for l in stderr.getvalue().splitlines() if "`save_format` argument" in l]
assert len(warned) == 1, stderr.getvalue()  # logged by absl, as WARNING:absl:...
assert "The `save_format` argument is deprecated in Keras 3. We recommend removing" in warned[0]
assert os.path.isfile("my_model.keras")
assert os.path.isfile(os.path.join("my_model", "saved_model.pb"))
import tensorflow as tf

x = np.ones((1, 4), dtype="float32")
loaded = tf.saved_model.load("my_model")
served = loaded.serve(tf.constant(x))
assert np.allclose(served.numpy(), keras.ops.convert_to_numpy(model(x)))
if keras.config.backend() != "tensorflow":  # the page: TFSMLayer is TensorFlow-only
    try:
        keras.layers.TFSMLayer("my_model", call_endpoint="serve")
    except NotImplementedError as error:
        tfsm_message = str(error)
    assert "only currently supported with the TensorFlow backend" in tfsm_message

# What the page shows, saved in the .out file of the same name.
print("# --8<-- [start:error]", f"ValueError: {message}", "# --8<-- [end:error]", sep="\n")
print("# --8<-- [start:warning]", warned[0], "# --8<-- [end:warning]", sep="\n")
