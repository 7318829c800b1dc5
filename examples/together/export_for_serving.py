# backends: tensorflow jax
"""Together / Export for serving: export from Keras (on the TensorFlow or JAX backend), then
load and call the SavedModel with TensorFlow alone, as TF Serving does."""

import os
import tempfile

import numpy as np

os.chdir(tempfile.mkdtemp())
x = np.random.default_rng(0).normal(size=(3, 4)).astype("float32")

# --8<-- [start:keras]
import keras

keras.utils.set_random_seed(0)
model = keras.Sequential(
    [keras.Input(shape=(4,)), keras.layers.Dense(2, activation="softmax")]
)
# ... train the model ...
model.export("serving/my_model/1")  # TF Serving looks for numbered version folders
# --8<-- [end:keras]
expected = model.predict(x, verbose=0)

# --8<-- [start:tensorflow]
import tensorflow as tf

reloaded = tf.saved_model.load("serving/my_model/1")  # no Keras code needed
predict = reloaded.signatures["serving_default"]  # the signature TF Serving exposes
print(predict.structured_input_signature)
outputs = predict(tf.constant(x))  # x: a float32 batch of shape (n, 4)
print({name: tensor.shape for name, tensor in outputs.items()})
# --8<-- [end:tensorflow]

(result,) = outputs.values()
np.testing.assert_allclose(result.numpy(), expected, rtol=1e-5, atol=1e-6)
np.testing.assert_allclose(
    reloaded.serve(tf.constant(x)).numpy(), expected, rtol=1e-5, atol=1e-6
)
