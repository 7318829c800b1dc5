# backends: tensorflow
"""Migration / LiteRT after TensorFlow 2.16, Keras 2 tab: the whole pipeline on
tf_keras with TF_USE_LEGACY_KERAS=1, where TFLiteConverter.from_keras_model() works
as before."""

import os
import tempfile

import numpy as np

os.chdir(tempfile.mkdtemp())

# --8<-- [start:convert]
import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # before TensorFlow is imported
import tensorflow as tf

image = tf.keras.Input(shape=(3,), name="image")
extra = tf.keras.Input(shape=(2,), name="extra")
joined = tf.keras.layers.Concatenate()([image, extra])
scores = tf.keras.layers.Dense(2, name="scores")(joined)
model = tf.keras.Model([image, extra], scores)

converter = tf.lite.TFLiteConverter.from_keras_model(model)
with open("model.tflite", "wb") as f:
    f.write(converter.convert())
# --8<-- [end:convert]

assert type(model).__module__.startswith("tf_keras."), type(model)
from ai_edge_litert.interpreter import Interpreter

x = {
    "image": np.array([[0.1, 0.2, 0.3]], dtype="float32"),
    "extra": np.array([[1.0, -1.0]], dtype="float32"),
}
interpreter = Interpreter(model_path="model.tflite")
signatures = interpreter.get_signature_list()
assert signatures["serving_default"]["outputs"] == ["scores"], signatures
result = interpreter.get_signature_runner()(image=x["image"], extra=x["extra"])
expected = model([x["image"], x["extra"]]).numpy()
np.testing.assert_allclose(result["scores"], expected, rtol=1e-5, atol=1e-6)
