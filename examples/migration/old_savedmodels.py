# backends: tensorflow
"""Migration / Old SavedModels in Keras 3: inspect a SavedModel's signatures, call a
signature with two inputs and two outputs, and wrap it in keras.layers.TFSMLayer."""

import contextlib
import io
import os
import shutil
import tempfile

import numpy as np

os.chdir(tempfile.mkdtemp())

# --8<-- [start:create]
import tensorflow as tf


class Scorer(tf.Module):
    def __init__(self):
        super().__init__()
        self.w = tf.Variable([[1.0], [2.0], [3.0]])

    @tf.function(
        input_signature=[
            tf.TensorSpec([None, 3], tf.float32, name="features"),
            tf.TensorSpec([None, 1], tf.float32, name="offset"),
        ]
    )
    def predict(self, features, offset):
        score = tf.matmul(features, self.w) + offset
        return {"score": score, "positive": tf.cast(score > 0, tf.int32)}


scorer = Scorer()
tf.saved_model.save(
    scorer, "scorer", signatures={"serving_default": scorer.predict}
)
# --8<-- [end:create]

print("# --8<-- [start:inspect]")
# --8<-- [start:inspect]
loaded = tf.saved_model.load("scorer")
print(list(loaded.signatures))  # the endpoint names

serve = loaded.signatures["serving_default"]
args, kwargs = serve.structured_input_signature  # args: () for a signature
for name, spec in sorted(kwargs.items()):
    print("input ", name, spec.shape, spec.dtype.name)
for name, spec in sorted(serve.structured_outputs.items()):
    print("output", name, spec.shape, spec.dtype.name)
# --8<-- [end:inspect]
print("# --8<-- [end:inspect]")

# The same information from the command line: `saved_model_cli show --dir scorer
# --tag_set serve --signature_def serving_default` runs this function. Calling it here
# saves the seconds a second TensorFlow import would take.
from tensorflow.python.tools import saved_model_cli

with contextlib.redirect_stdout(io.StringIO()) as captured:
    saved_model_cli._show_inputs_outputs("scorer", "serve", "serving_default")
shown = captured.getvalue()
print("# --8<-- [start:cli]", shown.strip("\n"), "# --8<-- [end:cli]", sep="\n")

x = np.array([[1.0, 1.0, 1.0], [-1.0, -1.0, -1.0]], dtype="float32")
offset = np.array([[0.5], [0.5]], dtype="float32")

# --8<-- [start:call]
outputs = serve(features=x, offset=offset)  # keyword arguments only
score = outputs["score"]  # a dict, keyed by output name
positive = outputs["positive"]
# --8<-- [end:call]

assert args == () and set(kwargs) == {"features", "offset"}, (args, kwargs)
assert set(serve.structured_outputs) == {"score", "positive"}
np.testing.assert_allclose(score.numpy(), [[6.5], [-5.5]])
np.testing.assert_array_equal(positive.numpy(), [[1], [0]])
try:  # the page: positional arguments are refused
    serve(x, offset)
    raise AssertionError("a signature accepted positional arguments")
except TypeError as error:
    assert "positional" in str(error), error

# --8<-- [start:layer]
import keras


@keras.saving.register_keras_serializable()
class ScorerLayer(keras.layers.TFSMLayer):
    """TFSMLayer passes one argument; this signature wants two keywords."""

    def call(self, inputs, training=False):
        return self.call_endpoint_fn(**inputs)


layer = ScorerLayer("scorer", call_endpoint="serving_default")
features = keras.Input(shape=(3,), name="features")
offset_in = keras.Input(shape=(1,), name="offset")
outputs = layer({"features": features, "offset": offset_in})
model = keras.Model(
    {"features": features, "offset": offset_in},
    {"score": outputs["score"], "positive": outputs["positive"]},
)
predictions = model.predict({"features": x, "offset": offset}, verbose=0)
# --8<-- [end:layer]

np.testing.assert_allclose(predictions["score"], [[6.5], [-5.5]])
np.testing.assert_array_equal(predictions["positive"], [[1], [0]])

# The page: the plain TFSMLayer passes the dict as one positional argument, which a
# two-input signature refuses.
plain = keras.layers.TFSMLayer("scorer", call_endpoint="serving_default")
try:
    plain({"features": x, "offset": offset})
    raise AssertionError("TFSMLayer called a two-input signature with a dict")
except TypeError as error:
    assert "positional arguments" in str(error), error
# The page: a wrong endpoint name lists the ones that exist.
try:
    keras.layers.TFSMLayer("scorer")  # call_endpoint defaults to "serve"
    raise AssertionError("TFSMLayer found an endpoint 'serve'")
except ValueError as error:
    assert "Available endpoints for this SavedModel: ['serving_default']" in str(error)
# The page: the variables are trainable unless trainable=False.
assert len(layer.trainable_weights) == 1
frozen = ScorerLayer("scorer", call_endpoint="serving_default", trainable=False)
assert not frozen.trainable_weights and len(frozen.non_trainable_weights) == 1

# The page: a .keras file holds the layer's weights and the SavedModel's path, not the
# SavedModel; it reloads only with safe_mode=False and only while the folder exists.
model.save("with_scorer.keras")
reloaded = keras.models.load_model("with_scorer.keras", safe_mode=False)
again = reloaded.predict({"features": x, "offset": offset}, verbose=0)
np.testing.assert_allclose(again["score"], predictions["score"])
shutil.rmtree("scorer")
try:
    keras.models.load_model("with_scorer.keras", safe_mode=False)
    raise AssertionError("the .keras file loaded without its SavedModel")
except Exception as error:  # TensorFlow's "SavedModel file does not exist" error
    assert "SavedModel file does not exist" in str(error), error
