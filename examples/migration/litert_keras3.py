# backends: tensorflow
"""Migration / LiteRT after TensorFlow 2.16, Keras 3 tab: model.export(format=
"litert"), or a SavedModel converted with tf.lite.TFLiteConverter; run with
ai_edge_litert."""

import os
import tempfile

import numpy as np

os.chdir(tempfile.mkdtemp())

import keras

keras.utils.set_random_seed(0)
image = keras.Input(shape=(3,), name="image")
extra = keras.Input(shape=(2,), name="extra")
joined = keras.layers.Concatenate()([image, extra])
model = keras.Model([image, extra], keras.layers.Dense(2)(joined))
x = {
    "image": np.array([[0.1, 0.2, 0.3]], dtype="float32"),
    "extra": np.array([[1.0, -1.0]], dtype="float32"),
}

# --8<-- [start:convert]
import tensorflow as tf

# Keras 3.13 and later, TensorFlow backend (since 3.15 also PyTorch + litert-torch):
model.export("model.tflite", format="litert")

# Any Keras 3 release: export a SavedModel, then convert it with TensorFlow.
model.export("saved_model")
converter = tf.lite.TFLiteConverter.from_saved_model("saved_model")
with open("from_saved_model.tflite", "wb") as f:
    f.write(converter.convert())
# --8<-- [end:convert]

# --8<-- [start:run]
from ai_edge_litert.interpreter import Interpreter  # pip install ai-edge-litert

interpreter = Interpreter(model_path="model.tflite")
print(interpreter.get_signature_list())  # input and output names
run = interpreter.get_signature_runner("serving_default")
result = run(image=x["image"], extra=x["extra"])  # a dict of NumPy arrays
# --8<-- [end:run]

expected = keras.ops.convert_to_numpy(model([x["image"], x["extra"]]))
np.testing.assert_allclose(result["output_0"], expected, rtol=1e-5, atol=1e-6)
signatures = interpreter.get_signature_list()
assert signatures == {  # inputs by name, sorted; the output is numbered, not named
    "serving_default": {"inputs": ["extra", "image"], "outputs": ["output_0"]}
}, signatures

# The SavedModel route, and TFLiteConverter.from_keras_model() on a Keras 3 model (which
# TensorFlow 2.21 routes through Keras' ExportArchive), give the same numbers, and
# tf.lite.Interpreter (deprecated) still runs the same file.
from_keras = tf.lite.TFLiteConverter.from_keras_model(model).convert()
for kwargs in ({"model_path": "from_saved_model.tflite"}, {"model_content": from_keras}):
    other = Interpreter(**kwargs).get_signature_runner("serving_default")
    out = other(image=x["image"], extra=x["extra"])
    np.testing.assert_allclose(out["output_0"], expected, rtol=1e-5, atol=1e-6)
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    legacy = tf.lite.Interpreter(model_path="model.tflite")
legacy_run = legacy.get_signature_runner("serving_default")
out = legacy_run(image=x["image"], extra=x["extra"])
np.testing.assert_allclose(out["output_0"], expected, rtol=1e-5, atol=1e-6)

# What the page says about errors: the file name must end in .tflite.
try:
    model.export("model.lite", format="litert")
    raise AssertionError("LiteRT export accepted a name without .tflite")
except ValueError as error:
    assert "requires the filepath to end with '.tflite'" in str(error), error

print("# --8<-- [start:signatures]")
print(signatures)
print("# --8<-- [end:signatures]")
