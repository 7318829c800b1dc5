# backends: tensorflow jax torch
"""Together / The same model on three backends: one file, trained unchanged under
KERAS_BACKEND=tensorflow, jax or torch."""

import os
import tempfile

import numpy as np

os.chdir(tempfile.mkdtemp())

# --8<-- [start:code]
import keras
from keras import layers, ops


class RMSNorm(layers.Layer):
    """Written with keras.ops only, so it runs on every backend."""

    def build(self, input_shape):
        self.scale = self.add_weight(shape=(input_shape[-1],), initializer="ones")

    def call(self, x):
        return (
            x
            * ops.rsqrt(ops.mean(ops.square(x), axis=-1, keepdims=True) + 1e-6)
            * self.scale
        )


keras.utils.set_random_seed(0)
inputs = keras.Input(shape=(8,))
hidden = RMSNorm()(layers.Dense(32, activation="relu")(inputs))
model = keras.Model(inputs, layers.Dense(3)(hidden))
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    metrics=["accuracy"],
)

rng = np.random.default_rng(0)
x = rng.normal(size=(600, 8)).astype("float32")
y = np.argmax(x[:, :3], axis=1)
history = model.fit(x, y, epochs=10, batch_size=32, verbose=0)
print(keras.config.backend(), f"accuracy {history.history['accuracy'][-1]:.2f}")

model.save(
    "model.keras"
)  # no backend-specific content: reload it under any backend
# --8<-- [end:code]

assert history.history["accuracy"][-1] > 0.9, history.history["accuracy"]
reloaded = keras.models.load_model(
    "model.keras", custom_objects={"RMSNorm": RMSNorm}
)
np.testing.assert_allclose(
    reloaded.predict(x[:5], verbose=0),
    model.predict(x[:5], verbose=0),
    rtol=1e-5,
    atol=1e-6,
)
