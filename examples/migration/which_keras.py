# backends: tensorflow
"""Migration / What changes in TensorFlow 2.16: without TF_USE_LEGACY_KERAS, tf.keras is
Keras 3, the same package as `import keras`."""

# --8<-- [start:code]
import tensorflow as tf
import keras

print(tf.__version__)  # 2.21.0
print(keras.version())  # 3.15.1: the Keras that `import keras` gives
print(tf.keras.version())  # 3.15.1: tf.keras points to the same Keras 3
print(tf.keras.layers.Dense is keras.layers.Dense)  # True: one class, two names
# --8<-- [end:code]

major, minor = (int(part) for part in tf.__version__.split(".")[:2])
assert (major, minor) >= (2, 16), tf.__version__
assert keras.version().startswith("3."), keras.version()
assert tf.keras.version() == keras.version()
assert tf.keras.layers.Dense is keras.layers.Dense
assert tf.keras.Model is keras.Model
