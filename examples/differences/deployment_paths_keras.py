# backends: tensorflow
"""Differences / Deployment paths, Keras tab: model.export() writes the serving artifacts."""

import os
import tempfile

import numpy as np

os.chdir(tempfile.mkdtemp())

# --8<-- [start:code]
import keras
from keras import layers

keras.utils.set_random_seed(0)
model = keras.Sequential(
    [keras.Input(shape=(4,)), layers.Dense(8, activation="relu"), layers.Dense(2)]
)

model.export("exported_model")  # TensorFlow SavedModel, for TF Serving
model.export("model.tflite", format="litert")  # LiteRT, for phones (Keras 3.13+)
# --8<-- [end:code]

# The page: both artifacts run and agree with the Keras model.
import tensorflow as tf
from ai_edge_litert.interpreter import Interpreter

x = np.random.default_rng(0).normal(size=(1, 4)).astype("float32")
expected = model.predict(x, verbose=0)
reloaded = tf.saved_model.load("exported_model")
served = reloaded.serve(tf.constant(x))
np.testing.assert_allclose(served.numpy(), expected, rtol=1e-5, atol=1e-6)

interpreter = Interpreter(model_path="model.tflite")
interpreter.allocate_tensors()
interpreter.set_tensor(interpreter.get_input_details()[0]["index"], x)
interpreter.invoke()
lite = interpreter.get_tensor(interpreter.get_output_details()[0]["index"])
np.testing.assert_allclose(lite, expected, rtol=1e-4, atol=1e-5)
