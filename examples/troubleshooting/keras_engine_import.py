# backends: tensorflow jax torch
"""Troubleshooting / "No module named 'keras.engine'": Keras 2's private module paths
are gone in Keras 3; the public names work."""

# --8<-- [start:error]
try:
    from keras.engine.topology import Layer  # a Keras 2 private path
except ModuleNotFoundError as error:
    message = str(error)
# --8<-- [end:error]

# --8<-- [start:fix]
from keras import Model  # was keras.engine.training.Model
from keras.layers import InputSpec, Layer  # were in keras.engine.*
from keras.utils import to_categorical  # was keras.utils.np_utils.to_categorical
# --8<-- [end:fix]

assert message == "No module named 'keras.engine'", message
import keras

assert Layer is keras.layers.Layer and Model is keras.Model
assert InputSpec is keras.layers.InputSpec
assert to_categorical([0, 2], num_classes=3).tolist() == [[1, 0, 0], [0, 0, 1]]

# The page lists related Keras 2 paths that fail the same way.
import importlib

for name in (
    "keras.layers.core",
    "keras.utils.np_utils",
    "keras.layers.advanced_activations",
    "keras.src.engine",
):
    try:
        importlib.import_module(name)
    except ModuleNotFoundError as error:
        assert str(error) == f"No module named '{name}'", str(error)
    else:
        raise AssertionError(f"{name} imported")

# What the page shows, saved in the .out file of the same name.
print("# --8<-- [start:error]", f"ModuleNotFoundError: {message}", "# --8<-- [end:error]", sep="\n")
