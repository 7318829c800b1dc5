# backends: tensorflow
"""Troubleshooting / "tf.lite.Interpreter is deprecated": TensorFlow 2.21 still has it
but warns; the LiteRT interpreter from the ai-edge-litert package replaces it."""

import io
import os
import sys
import tempfile

import numpy as np

os.chdir(tempfile.mkdtemp())

import keras

model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(2)])
model.export("model.tflite", format="litert", verbose=False)
x = np.array([[1.0, 2.0, 3.0, 4.0]], dtype="float32")

import tensorflow as tf

sys.stderr = stderr = io.StringIO()  # what Python prints there, as a reader sees it
# --8<-- [start:error]
import tensorflow as tf

interpreter = tf.lite.Interpreter(model_path="model.tflite")  # UserWarning
# --8<-- [end:error]
sys.stderr = sys.__stderr__
old_interpreter = interpreter

# --8<-- [start:fix]
from ai_edge_litert.interpreter import Interpreter  # pip install ai-edge-litert

interpreter = Interpreter(model_path="model.tflite")  # the same methods as before
interpreter.allocate_tensors()
interpreter.set_tensor(interpreter.get_input_details()[0]["index"], x)
interpreter.invoke()
print(interpreter.get_tensor(interpreter.get_output_details()[0]["index"]))
# --8<-- [end:fix]

warning = stderr.getvalue()
assert "UserWarning:" in warning, warning
assert " ".join(warning.split()).count(
    "Warning: tf.lite.Interpreter is deprecated and is scheduled for deletion in "
    "TF 2.20. Please use the LiteRT interpreter from the ai_edge_litert package. "
    "See the [migration guide](https://ai.google.dev/edge/litert/migration) "
    "for details."
) == 1, warning
assert tf.__version__.startswith("2.21"), tf.__version__  # still present in 2.21
result = interpreter.get_tensor(interpreter.get_output_details()[0]["index"])
assert np.allclose(result, keras.ops.convert_to_numpy(model(x)), atol=1e-5)

# The page also says: TFLiteConverter.from_keras_model accepts this Keras 3 model.
converted = tf.lite.TFLiteConverter.from_keras_model(model).convert()
check = Interpreter(model_content=converted)
check.allocate_tensors()
check.set_tensor(check.get_input_details()[0]["index"], x)
check.invoke()
again = check.get_tensor(check.get_output_details()[0]["index"])
assert np.allclose(again, result, atol=1e-5)

# What the page shows, saved in the .out file of the same name.
print("# --8<-- [start:warning]", warning.strip("\n"), "# --8<-- [end:warning]", sep="\n")
