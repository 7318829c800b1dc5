# backends: jax
"""Troubleshooting / "LiteRT export requires TensorFlow or PyTorch backend.": on JAX,
save a .keras file and export it from a process that uses the TensorFlow backend."""

import os
import subprocess
import sys
import tempfile

import numpy as np

os.chdir(tempfile.mkdtemp())

# --8<-- [start:error]
import keras

model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(2)])
try:
    model.export("model.tflite", format="litert")  # on the JAX backend
except ValueError as error:
    message = str(error)
# --8<-- [end:error]

# --8<-- [start:fix]
model.save("model.keras")  # a .keras file works on every backend

convert = """
import keras
model = keras.models.load_model("model.keras")
model.export("model.tflite", format="litert")
"""
env = {**os.environ, "KERAS_BACKEND": "tensorflow"}
subprocess.run([sys.executable, "-c", convert], env=env, check=True)
# --8<-- [end:fix]

assert keras.config.backend() == "jax"
assert message == "LiteRT export requires TensorFlow or PyTorch backend.", message
from ai_edge_litert.interpreter import Interpreter

interpreter = Interpreter(model_path="model.tflite")
interpreter.allocate_tensors()
x = np.array([[1.0, 2.0, 3.0, 4.0]], dtype="float32")
interpreter.set_tensor(interpreter.get_input_details()[0]["index"], x)
interpreter.invoke()
result = interpreter.get_tensor(interpreter.get_output_details()[0]["index"])
assert np.allclose(result, keras.ops.convert_to_numpy(model(x)), atol=1e-5)

# What the page shows, saved in the .out file of the same name.
print("# --8<-- [start:error]", f"ValueError: {message}", "# --8<-- [end:error]", sep="\n")
