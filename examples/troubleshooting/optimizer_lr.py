# backends: tensorflow jax torch
"""Troubleshooting / "Argument(s) not recognized: {'lr': 0.01}": Keras 3 optimizers take
learning_rate= only. (Keras 2, the tf_keras package, warned and ignored lr=.)"""

# --8<-- [start:error]
import keras

try:
    optimizer = keras.optimizers.Adam(lr=0.01)  # the Keras 2 short name
except ValueError as error:
    message = str(error)
# --8<-- [end:error]

# --8<-- [start:fix]
optimizer = keras.optimizers.Adam(learning_rate=0.01)
# --8<-- [end:fix]

assert message == "Argument(s) not recognized: {'lr': 0.01}", message
assert abs(float(optimizer.learning_rate) - 0.01) < 1e-9

# What the page says about Keras 2: tf_keras accepts lr= but keeps the default rate.
import logging

import tf_keras

logging.getLogger("absl").setLevel(logging.ERROR)  # its warning is not checked here
legacy = tf_keras.optimizers.Adam(lr=0.01)
assert abs(float(legacy.learning_rate.numpy()) - 0.001) < 1e-9

# The page: decay= is accepted by Keras 3 but ignored, with a UserWarning.
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    keras.optimizers.SGD(learning_rate=0.01, decay=1e-4)
texts = [str(w.message) for w in caught if w.category is UserWarning]
assert "Argument `decay` is no longer supported and will be ignored." in texts, texts

# What the page shows, saved in the .out file of the same name.
print("# --8<-- [start:error]", f"ValueError: {message}", "# --8<-- [end:error]", sep="\n")
