# backends: tensorflow
"""Troubleshooting / "Wrong answers that circulate", the TensorFlow part: TensorFlow 1
sessions and graph mode, Keras 2's session helpers, and ImageDataGenerator, on TensorFlow
2.21 with Keras 3. Every error is caught and printed at the end, for the page."""

import os
import tempfile

import numpy as np

os.chdir(tempfile.mkdtemp())
rng = np.random.default_rng(0)

# --8<-- [start:get-session-error]
import tensorflow as tf
from tensorflow.keras import backend as K

try:
    session = K.get_session()
except AttributeError as error:
    get_session_error = error
try:
    session = tf.compat.v1.keras.backend.get_session()  # the usual "fix"
except AttributeError as error:
    compat_get_session_error = error
# --8<-- [end:get-session-error]

# --8<-- [start:get-session-fix]
import keras

# K.set_session(tf.Session(config=ConfigProto(gpu_options=...allow_growth=True)))
# becomes, before anything runs on the GPU:
for gpu in tf.config.list_physical_devices("GPU"):
    tf.config.experimental.set_memory_growth(gpu, True)

# A fresh session between experiments becomes: reset Keras's global state.
keras.backend.clear_session()
# --8<-- [end:get-session-fix]

assert not hasattr(K, "set_session") and not hasattr(keras.backend, "get_session")
for backend_module in (K, tf.compat.v1.keras.backend, keras.backend):
    assert not {"get_session", "set_session"} & set(dir(backend_module))
assert tf.executing_eagerly()  # TensorFlow 2 starts in eager mode
assert not hasattr(tf, "enable_eager_execution")  # only tf.compat.v1 has it

# --8<-- [start:session-error]
try:
    session = tf.Session()
except AttributeError as error:
    session_error = error
try:
    x = tf.placeholder(tf.float32, shape=(None, 2))
except AttributeError as error:
    placeholder_error = error
# --8<-- [end:session-error]

# --8<-- [start:session-fix]
w = tf.Variable([[1.0], [2.0]])


@tf.function  # traced into a graph on the first call: no session, no feed_dict
def predict(x):
    return tf.matmul(x, w)


print(predict(tf.constant([[1.0, 1.0]])).numpy())  # [[3.]]
# --8<-- [end:session-fix]

assert predict(tf.constant([[1.0, 1.0]])).numpy().tolist() == [[3.0]]

# TensorFlow 1 code that cannot be rewritten yet still runs through tf.compat.v1, in a
# graph of its own (and without Keras 3 models in it).
graph = tf.Graph()
with graph.as_default():
    x1 = tf.compat.v1.placeholder(tf.float32, shape=(None, 2))
    y1 = tf.reduce_sum(x1, axis=1)
with tf.compat.v1.Session(graph=graph) as session:
    assert session.run(y1, feed_dict={x1: [[1.0, 2.0]]}).tolist() == [3.0]

# --8<-- [start:image-generator-error]
try:
    from keras.preprocessing.image import ImageDataGenerator
except ImportError as error:
    image_generator_error = error
try:
    from keras.preprocessing.text import Tokenizer
except ImportError as error:
    tokenizer_error = error
# --8<-- [end:image-generator-error]

# The page: keras.preprocessing.image keeps only the image helpers.
assert [n for n in dir(keras.preprocessing.image) if not n.startswith("_")] == [
    "array_to_img", "img_to_array", "load_img", "save_img", "smart_resize"
]

# The page: through tf.keras, Keras 3 still has both, from its Keras 2 compatibility
# namespace, marked deprecated; they still produce batches.
from tensorflow.keras.preprocessing.image import ImageDataGenerator
from tensorflow.keras.preprocessing.text import Tokenizer

assert ImageDataGenerator.__module__ == "keras.src.legacy.preprocessing.image"
assert ImageDataGenerator.__doc__.strip() == "DEPRECATED."
assert Tokenizer.__module__ == "keras.src.legacy.preprocessing.text"
old_batches = ImageDataGenerator(rescale=1 / 255, horizontal_flip=True).flow(
    rng.integers(0, 256, size=(4, 8, 8, 3)).astype("float32"), np.arange(4), batch_size=2
)
images, labels = old_batches[0]
assert images.shape == (2, 8, 8, 3) and images.max() <= 1.0

# A few tiny images in one folder per class, as image_dataset_from_directory expects.
for label in ("cats", "dogs"):
    os.makedirs(f"photos/{label}")
    for i in range(4):
        pixels = rng.integers(0, 256, size=(8, 8, 3)).astype("uint8")
        keras.utils.save_img(f"photos/{label}/{i}.png", pixels)

# --8<-- [start:image-generator-fix]
train = keras.utils.image_dataset_from_directory(
    "photos",  # one sub-folder per class: photos/cats, photos/dogs
    image_size=(32, 32), batch_size=4, label_mode="binary", verbose=False,
)
augment = keras.Sequential([  # random changes, applied in training only
    keras.layers.RandomFlip("horizontal"),
    keras.layers.RandomRotation(0.1),
    keras.layers.RandomZoom(0.1),
])
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
    augment,
    keras.layers.Rescaling(1 / 255),  # was ImageDataGenerator(rescale=1/255)
    keras.layers.Conv2D(4, 3, activation="relu"),
    keras.layers.GlobalAveragePooling2D(),
    keras.layers.Dense(1, activation="sigmoid"),
])
model.compile(optimizer="adam", loss="binary_crossentropy")
model.fit(train, epochs=1, verbose=0)
# --8<-- [end:image-generator-fix]

assert train.class_names == ["cats", "dogs"]
still = np.full((1, 32, 32, 3), 128.0, dtype="float32")
assert np.allclose(model.predict(still, verbose=0), model.predict(still, verbose=0))

# Last, because it switches the whole process to graph mode.
x_train = rng.normal(size=(16, 4)).astype("float32")
y_train = x_train.sum(axis=1, keepdims=True)

# --8<-- [start:eager-error]
tf.compat.v1.disable_eager_execution()  # often suggested for TensorFlow 1 code

model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")
try:
    model.fit(x_train, y_train, epochs=1)
except RuntimeError as error:
    eager_error = error
# --8<-- [end:eager-error]

assert not tf.executing_eagerly()

# The page's claims about each message.
errors = {
    name: f"{type(error).__name__}: {error}"
    for name, error in [
        ("get-session", get_session_error),
        ("compat-get-session", compat_get_session_error),
        ("session", session_error),
        ("placeholder", placeholder_error),
        ("image-generator", image_generator_error),
        ("tokenizer", tokenizer_error),
        ("eager", eager_error),
    ]
}
no_attribute = "AttributeError: module '{}' has no attribute '{}'"
assert errors["get-session"] == no_attribute.format(
    "keras._tf_keras.keras.backend", "get_session"
)
assert errors["compat-get-session"] == errors["get-session"]
assert errors["session"] == no_attribute.format("tensorflow", "Session")
assert errors["placeholder"] == no_attribute.format("tensorflow", "placeholder")
assert errors["image-generator"].startswith(
    "ImportError: cannot import name 'ImageDataGenerator' from 'keras.preprocessing.image'"
)
assert errors["tokenizer"] == (
    "ModuleNotFoundError: No module named 'keras.preprocessing.text'"
)
assert errors["eager"] == (
    "RuntimeError: `tf.data.Dataset` only supports Python-style iteration in eager mode "
    "or within tf.function."
), errors["eager"]

# What the page shows, saved in the .out file of the same name.
for name, message in errors.items():
    print(f"# --8<-- [start:{name}]", message, f"# --8<-- [end:{name}]", sep="\n")
