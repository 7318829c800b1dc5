# backends: tensorflow
"""Together / Keras as the front end: on TensorFlow 2.16+, tf.keras and keras are one package."""

# --8<-- [start:code]
import tensorflow as tf
import keras

print(tf.__version__, keras.__version__)  # e.g. 2.21.0 3.15.1
print(tf.keras.Model is keras.Model)  # True: the same Keras 3 classes
print(keras.config.backend())  # tensorflow, the default backend
# --8<-- [end:code]

assert tf.keras.Model is keras.Model
assert tf.keras.layers.Dense is keras.layers.Dense
assert keras.__version__.startswith("3.")
assert keras.config.backend() == "tensorflow"
