# backends: tensorflow jax torch
"""Troubleshooting / "The filename must end in `.weights.h5`": Keras 3 weight files,
and ModelCheckpoint(save_weights_only=True), need the .weights.h5 ending."""

import os
import tempfile

import numpy as np

os.chdir(tempfile.mkdtemp())

# --8<-- [start:error]
import keras

model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(2)])
try:
    model.save_weights("checkpoint")  # a Keras 2 (TensorFlow checkpoint) name
except ValueError as error:
    message = str(error)
try:
    keras.callbacks.ModelCheckpoint("checkpoint", save_weights_only=True)
except ValueError as error:
    callback_message = str(error)
# --8<-- [end:error]

# --8<-- [start:fix]
model.save_weights("checkpoint.weights.h5")
model.load_weights("checkpoint.weights.h5")
save_best = keras.callbacks.ModelCheckpoint(
    "best.weights.h5", save_weights_only=True, save_best_only=True
)
# --8<-- [end:fix]

assert message == "The filename must end in `.weights.h5`. Received: filepath=checkpoint"
assert callback_message.startswith(
    "When using `save_weights_only=True` in `ModelCheckpoint`, the filepath provided "
    "must end in `.weights.h5` (Keras weights format)."
), callback_message
try:  # the page: without save_weights_only, ModelCheckpoint wants a .keras name
    keras.callbacks.ModelCheckpoint("checkpoint")
except ValueError as error:
    model_message = str(error)
assert model_message.startswith("The filepath provided must end in `.keras`"), model_message
model.compile(optimizer="sgd", loss="mse")
x, y = np.ones((8, 4), dtype="float32"), np.zeros((8, 2), dtype="float32")
model.fit(x, y, validation_data=(x, y), epochs=1, callbacks=[save_best], verbose=0)
assert os.path.isfile("best.weights.h5")

# The page: {epoch} placeholders still work in .weights.h5 names.
per_epoch = keras.callbacks.ModelCheckpoint("ckpt-{epoch:02d}.weights.h5", save_weights_only=True)
model.fit(x, y, epochs=2, callbacks=[per_epoch], verbose=0)
assert os.path.isfile("ckpt-01.weights.h5") and os.path.isfile("ckpt-02.weights.h5")

# The page: in Keras 2 (tf_keras) the same names wrote TensorFlow checkpoint files.
import tf_keras

legacy = tf_keras.Sequential([tf_keras.Input(shape=(4,)), tf_keras.layers.Dense(2)])
legacy.save_weights("legacy_checkpoint")
assert os.path.isfile("legacy_checkpoint.index")

# What the page shows, saved in the .out file of the same name.
print("# --8<-- [start:error]", f"ValueError: {message}", "# --8<-- [end:error]", sep="\n")
print("# --8<-- [start:callback]", f"ValueError: {callback_message}", "# --8<-- [end:callback]", sep="\n")
