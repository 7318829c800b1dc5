# backends: tensorflow
"""Troubleshooting / "Using `keras.config.set_backend` is dangerous": after the switch,
re-import keras and rebuild every Keras object; objects made before it do not mix
with the new backend."""

import warnings

import numpy as np

recorded = []  # collect warnings instead of printing them, to check them below
warnings.simplefilter("always")
warnings.showwarning = lambda message, category, *args, **kwargs: recorded.append(
    (category, str(message))
)

# --8<-- [start:error]
import keras

old_layer = keras.layers.Dense(2)  # made on the TensorFlow backend
keras.config.set_backend("jax")  # UserWarning: Using `keras.config.set_backend` ...
print(keras.config.backend())  # tensorflow: this name is still the old module
# --8<-- [end:error]
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

dangerous = [m for c, m in recorded if "set_backend` is dangerous" in m]
assert dangerous, recorded
assert dangerous[0].startswith(
    "Using `keras.config.set_backend` is dangerous and should be done carefully."
), dangerous[0]
assert "Already-instantiated objects will not be converted." in dangerous[0]
assert [c for c, m in recorded if m == dangerous[0]][0] is UserWarning
assert old_name_says == "tensorflow", old_name_says
assert keras.config.backend() == "jax"
assert "Only instances of `keras.Layer` can be added to a Sequential model" in message
out = model(np.ones((1, 4), dtype="float32"))
assert type(out).__module__.startswith("jax"), type(out)
