# backends: tensorflow
"""Troubleshooting / "Only instances of `keras.Layer` can be added to a Sequential
model": a Keras 2 (tf_keras) layer in a Keras 3 model fails; keep the whole model in
one Keras."""

# --8<-- [start:error]
import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.keras is now Keras 2 (needs tf_keras)

import keras  # still Keras 3
import tensorflow as tf

legacy_layer = tf.keras.layers.Dense(2)  # stands in for hub.KerasLayer(...)
try:
    keras.Sequential([keras.Input(shape=(4,)), legacy_layer])
except ValueError as error:
    message = str(error)
# --8<-- [end:error]

# --8<-- [start:fix]
model = tf.keras.Sequential([tf.keras.Input(shape=(4,)), legacy_layer])  # Keras 2
# --8<-- [end:fix]

assert "Only instances of `keras.Layer` can be added to a Sequential model" in message
assert type(legacy_layer).__module__.startswith("tf_keras"), type(legacy_layer)
assert type(model).__module__.startswith("tf_keras"), type(model)
assert keras.__version__.startswith("3.")
assert model(tf.ones((1, 4))).shape == (1, 2)

# What the page shows, saved in the .out file of the same name.
print("# --8<-- [start:error]", f"ValueError: {message}", "# --8<-- [end:error]", sep="\n")
