# backends: tensorflow
"""Troubleshooting / "Using `keras.config.set_backend` is dangerous": after the switch,
re-import keras and rebuild every Keras object; objects made before it do not mix
with the new backend."""

import io
import sys

import numpy as np

sys.stderr = stderr = io.StringIO()  # what Python prints there, as a reader sees it

# --8<-- [start:error]
import keras

old_layer = keras.layers.Dense(2)  # made on the TensorFlow backend
keras.config.set_backend("jax")  # UserWarning: Using `keras.config.set_backend` ...
print(keras.config.backend())  # tensorflow: this name is still the old module
# --8<-- [end:error]
sys.stderr = sys.__stderr__
old_name_says = keras.config.backend()

# --8<-- [start:fix]
import keras  # re-import: the name now points to the reloaded package

print(keras.config.backend())  # jax
try:
    keras.Sequential([keras.Input(shape=(4,)), old_layer])  # made before the switch
except ValueError as error:
    message = str(error)  # Only instances of `keras.Layer` can be added ...

model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(2)])  # new
# --8<-- [end:fix]

warning = stderr.getvalue()
assert warning.count("UserWarning: Using `keras.config.set_backend` is dangerous") == 1, warning
assert "Already-instantiated objects will not be converted." in warning
assert old_name_says == "tensorflow", old_name_says
assert keras.config.backend() == "jax"
assert "Only instances of `keras.Layer` can be added to a Sequential model" in message
out = model(np.ones((1, 4), dtype="float32"))
assert type(out).__module__.startswith("jax"), type(out)

# What the page shows, saved in the .out file of the same name.
print("# --8<-- [start:warning]", warning.strip("\n"), "# --8<-- [end:warning]", sep="\n")
