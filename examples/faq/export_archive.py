# backends: tensorflow
"""FAQ / Serving: several endpoints in one SavedModel with keras.export.ExportArchive."""

import os
import tempfile

import numpy as np
import tensorflow as tf
import keras

model = keras.Sequential(
    [keras.Input(shape=(4,)), keras.layers.Dropout(0.5), keras.layers.Dense(2)]
)
path = os.path.join(tempfile.mkdtemp(), "served")

# --8<-- [start:code]
archive = keras.export.ExportArchive()
archive.track(model)  # the variables the endpoints use
spec = [tf.TensorSpec(shape=(None, 4), dtype=tf.float32)]
archive.add_endpoint(
    name="predict",
    fn=lambda x: model(x, training=False),  # inference mode: no dropout
    input_signature=spec,
)
archive.add_endpoint(
    name="probabilities",
    fn=lambda x: tf.nn.softmax(model(x, training=False)),  # post-processing in TF
    input_signature=spec,
)
archive.write_out(path)

reloaded = tf.saved_model.load(path)  # no Keras, no model code
print(sorted(reloaded.signatures))
# --8<-- [end:code]
x = np.ones((3, 4), "float32")
assert sorted(reloaded.signatures) == ["predict", "probabilities", "serving_default"]
np.testing.assert_allclose(reloaded.predict(x), model.predict(x, verbose=0), rtol=1e-5)
probs = reloaded.probabilities(x)
np.testing.assert_allclose(probs.numpy().sum(axis=1), 1.0, rtol=1e-5)
# The first endpoint is also served as serving_default, as TF Serving expects.
served = reloaded.signatures["serving_default"](tf.constant(x))
np.testing.assert_allclose(list(served.values())[0], model.predict(x, verbose=0), rtol=1e-5)
print(keras.config.backend(), "ExportArchive endpoints checked")
