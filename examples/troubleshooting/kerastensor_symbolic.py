# backends: tensorflow jax torch
"""Troubleshooting / "A KerasTensor is symbolic": a keras.Input has no values, so it
cannot become a NumPy array; run the finished model on real data instead."""

import warnings

warnings.filterwarnings("ignore", category=DeprecationWarning)  # NumPy 2 notice

# --8<-- [start:error]
import keras
import numpy as np

inputs = keras.Input(shape=(3,))
try:
    values = np.array(inputs)  # a placeholder: there are no numbers in it yet
except ValueError as error:
    message = str(error)
# --8<-- [end:error]

# --8<-- [start:fix]
outputs = keras.layers.Dense(1, kernel_initializer="ones")(inputs)
model = keras.Model(inputs, outputs)
data = np.array([[1.0, 2.0, 3.0]], dtype="float32")
values = model.predict(data, verbose=0)  # real numbers, as a NumPy array
print(inputs.shape, values)  # (None, 3) [[6.]]
# --8<-- [end:fix]

assert "A KerasTensor is symbolic" in message, message
assert "You cannot convert it to a NumPy array" in message, message
assert isinstance(values, np.ndarray) and np.allclose(values, [[6.0]])
assert tuple(inputs.shape) == (None, 3)

try:  # the page: float() gives the same message with a different ending
    float(inputs[0, 0])
except ValueError as error:
    float_message = str(error)
assert float_message.startswith("A KerasTensor is symbolic"), float_message
assert float_message.endswith("You cannot convert it to a float."), float_message

# What the page shows, saved in the .out file of the same name.
print("# --8<-- [start:error]", f"ValueError: {message}", "# --8<-- [end:error]", sep="\n")
