# backends: tensorflow jax
"""Troubleshooting / "The `save_format` argument is deprecated in Keras 3": an error
when the path has no .keras/.h5 extension, a warning when it has one. Drop the argument;
use model.export() for a SavedModel."""

import logging
import os
import tempfile

import numpy as np

os.chdir(tempfile.mkdtemp())


class Recorder(logging.Handler):  # Keras logs the warning through absl logging
    def __init__(self):
        super().__init__()
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


recorder = Recorder()
logging.getLogger().addHandler(recorder)

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

assert message.startswith(
    "The `save_format` argument is deprecated in Keras 3. Please remove this argument"
), message
warned = [m for m in recorder.messages if "`save_format` argument is deprecated" in m]
assert warned, recorder.messages
assert warned[0].startswith(
    "The `save_format` argument is deprecated in Keras 3. We recommend removing"
), warned[0]
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
