# backends: tensorflow
"""Differences / Deployment paths, TensorFlow tab: from a SavedModel to a LiteRT file,
then run it with the LiteRT interpreter."""

import os
import tempfile

import numpy as np
import tensorflow as tf

os.chdir(tempfile.mkdtemp())


class Doubler(tf.Module):
    @tf.function(input_signature=[tf.TensorSpec(shape=[1, 4], dtype=tf.float32)])
    def __call__(self, x):
        return {"output": 2.0 * x}


tf.saved_model.save(Doubler(), "saved_model")

# --8<-- [start:code]
import tensorflow as tf
from ai_edge_litert.interpreter import Interpreter  # pip install ai-edge-litert

converter = tf.lite.TFLiteConverter.from_saved_model("saved_model")
with open("model.tflite", "wb") as f:
    f.write(converter.convert())

interpreter = Interpreter(model_path="model.tflite")
interpreter.allocate_tensors()
input_index = interpreter.get_input_details()[0]["index"]
output_index = interpreter.get_output_details()[0]["index"]
interpreter.set_tensor(input_index, np.array([[1, 2, 3, 4]], dtype=np.float32))
interpreter.invoke()
print(interpreter.get_tensor(output_index))  # [[2. 4. 6. 8.]]
# --8<-- [end:code]

assert interpreter.get_tensor(output_index).tolist() == [[2.0, 4.0, 6.0, 8.0]]
