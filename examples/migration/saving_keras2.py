# backends: tensorflow
"""Migration / Saving formats, Keras 2 tab: HDF5 and SavedModel from Keras 2 (tf_keras),
both reloaded with load_model()."""

import os
import tempfile

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.keras -> tf_keras (Keras 2), as on TF <= 2.15
os.chdir(tempfile.mkdtemp())

import numpy as np
from tensorflow import keras

keras.utils.set_random_seed(0)
model = keras.Sequential(
    [keras.layers.Dense(8, activation="relu", input_shape=(4,)), keras.layers.Dense(1)]
)
model.compile(optimizer="adam", loss="mse")
x = np.random.default_rng(0).normal(size=(16, 4)).astype("float32")
model.fit(x, x.sum(axis=1), epochs=2, verbose=0)

# --8<-- [start:code]
model.save("model.h5")  # HDF5: one file
model.save("saved_model")  # no extension: a SavedModel directory

from_h5 = keras.models.load_model("model.h5")
from_saved_model = keras.models.load_model("saved_model")  # a Keras model again
# --8<-- [end:code]

assert type(model).__module__.startswith("tf_keras"), type(model).__module__
assert os.path.isfile(os.path.join("saved_model", "saved_model.pb"))
expected = model.predict(x, verbose=0)
for restored in (from_h5, from_saved_model):
    np.testing.assert_allclose(restored.predict(x, verbose=0), expected, rtol=1e-6)
