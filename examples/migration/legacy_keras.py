# backends: tensorflow
"""Migration / Staying on Keras 2: TF_USE_LEGACY_KERAS=1 routes tf.keras to tf_keras, so
Keras 2 code, SavedModels and legacy optimizers work on TensorFlow 2.16 and later."""

import os
import subprocess
import sys
import tempfile

os.chdir(tempfile.mkdtemp())

# A SavedModel written by model.save() in Keras 2, as an older project would have one.
subprocess.run(
    [
        sys.executable,
        "-c",
        "import tf_keras as k; "
        "m = k.Sequential([k.layers.Dense(2, input_shape=(3,))]); "
        "m.save('saved_model')",
    ],
    check=True,
)

# --8<-- [start:code]
import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # before TensorFlow is first imported

import tensorflow as tf

model = tf.keras.models.load_model("saved_model")  # Keras 2 loads SavedModels
optimizer = tf.keras.optimizers.legacy.Adam(learning_rate=1e-3)  # available again
model.compile(optimizer=optimizer, loss="mse")
print(type(model).__module__)  # tf_keras.src.engine.sequential

import tf_keras  # what libraries should import directly

print(tf.keras.layers.Dense is tf_keras.layers.Dense)  # True
# --8<-- [end:code]

import keras  # noqa: E402

assert type(model).__module__.startswith("tf_keras"), type(model).__module__
assert tf.keras.layers.Dense is tf_keras.layers.Dense
assert type(model.optimizer).__module__.startswith("tf_keras.src.optimizers.legacy")
assert tf_keras.__version__.split(".")[:2] == tf.__version__.split(".")[:2]  # 2.21 / 2.21
assert keras.version().startswith("3.")  # `import keras` stays Keras 3
assert not isinstance(model, keras.Model)  # a Keras 2 model is not a Keras 3 model
