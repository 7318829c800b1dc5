# backends: tensorflow jax torch
"""Troubleshooting / "`keras.optimizers.legacy` is not supported in Keras 3": use the
current optimizers, which take learning_rate=."""

# --8<-- [start:error]
import keras

try:
    optimizer = keras.optimizers.legacy.Adam(learning_rate=1e-3)
except ImportError as error:
    message = str(error)
# --8<-- [end:error]

# --8<-- [start:fix]
optimizer = keras.optimizers.Adam(learning_rate=1e-3)
# --8<-- [end:fix]

assert "`keras.optimizers.legacy` is not supported in Keras 3" in message, message
assert "TF_USE_LEGACY_KERAS=True" in message, message
assert abs(float(optimizer.learning_rate) - 1e-3) < 1e-9

# What the page shows, saved in the .out file of the same name.
print("# --8<-- [start:error]", f"ImportError: {message}", "# --8<-- [end:error]", sep="\n")
