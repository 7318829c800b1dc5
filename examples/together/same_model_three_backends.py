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

# The FAQ (does Keras use XLA?): what jit_compile="auto" resolved to. On TensorFlow, XLA
# only with a GPU or TPU visible; on JAX, XLA; on PyTorch, eager.
backend = keras.config.backend()
if backend == "tensorflow":
    import tensorflow as tf

    accelerator = any(d.device_type != "CPU" for d in tf.config.list_physical_devices())
    assert model.jit_compile is accelerator, (model.jit_compile, accelerator)
else:
    assert model.jit_compile is (backend == "jax"), (backend, model.jit_compile)

# The FAQ (loading on another backend): the .keras file keeps the value resolved here; a
# model saved on JAX reloads on PyTorch with jit_compile=True, which means torch.compile.
if backend == "jax":
    import subprocess
    import sys

    plain = keras.Sequential([keras.Input(shape=(8,)), layers.Dense(3)])
    plain.compile(optimizer="adam", loss="mse")  # the default jit_compile="auto"
    plain.save("plain.keras")
    reload_on_torch = (
        "import keras; m = keras.models.load_model('plain.keras');"
        "print(m.jit_compile, keras.config.backend())"
    )
    env = {**os.environ, "KERAS_BACKEND": "torch"}
    run = subprocess.run(
        [sys.executable, "-c", reload_on_torch], env=env, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert plain.jit_compile is True and run.stdout.split() == ["True", "torch"], run.stdout

# The FAQ and the export pages: with the tested versions, SavedModel export does not run
# from the PyTorch backend (it goes through torch.export and needs torch_xla).
if backend == "torch":
    try:
        model.export("saved_model_from_torch")
    except Exception as error:  # the first failure is inside torch.export
        torch_export_error = error
    else:
        raise AssertionError("SavedModel export from PyTorch ran; update the pages")
