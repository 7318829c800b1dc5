# backends: tensorflow
"""Together / Mixing rules: TF_USE_LEGACY_KERAS=1 makes tf.keras Keras 2 (tf_keras); a Keras 2
layer cannot go into a Keras 3 model."""

# --8<-- [start:code]
import os

os.environ["TF_USE_LEGACY_KERAS"] = (
    "1"  # before TensorFlow is imported; needs tf_keras
)

import tensorflow as tf
import keras  # `import keras` is still Keras 3

legacy_dense = tf.keras.layers.Dense(2)  # a Keras 2 layer, from tf_keras
print(type(legacy_dense).__module__)  # tf_keras.src.layers.core.dense

try:
    keras.Sequential([keras.Input(shape=(4,)), legacy_dense])
except ValueError as error:
    message = str(error)
    print(
        message
    )  # Only instances of `keras.Layer` can be added to a Sequential model. ...
# --8<-- [end:code]

assert type(legacy_dense).__module__.startswith("tf_keras"), type(
    legacy_dense
).__module__
assert keras.__version__.startswith("3.")
assert (
    "Only instances of `keras.Layer` can be added to a Sequential model" in message
), message

# The page: both Keras can be used side by side in one process, each for its own models.
import numpy as np

x = np.random.default_rng(0).normal(size=(64, 4)).astype("float32")
y = x.sum(axis=1, keepdims=True)
keras_2_model = tf.keras.Sequential([tf.keras.Input(shape=(4,)), tf.keras.layers.Dense(1)])
keras_3_model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(1)])
for model in (keras_2_model, keras_3_model):
    model.compile(optimizer="sgd", loss="mse")
    losses = model.fit(x, y, epochs=5, verbose=0).history["loss"]
    assert losses[-1] < losses[0], losses
assert type(keras_2_model).__module__.startswith("tf_keras"), type(keras_2_model)
assert type(keras_3_model).__module__.startswith("keras"), type(keras_3_model)
