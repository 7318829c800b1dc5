# backends: jax torch
"""Keras / Keras without TensorFlow installed: on JAX or PyTorch, Keras trains,
saves and loads without TensorFlow, and the utilities built on it fail with an ImportError.

The test starts this file with TensorFlow installed; the file reruns itself
(WITHOUT_TENSORFLOW=1) on a view of this environment's site-packages that leaves
TensorFlow out, as examples/troubleshooting/keras_missing.py does: an environment where
it is not installed. The rerun trains from an image folder through a PyDataset and
prints the errors the page shows."""

import os
import subprocess
import sys
import sysconfig
import tempfile

import numpy as np
from PIL import Image

if os.environ.get("WITHOUT_TENSORFLOW") != "1":
    # The test starts the file here, with TensorFlow installed. Rerun it on a view of
    # site-packages that leaves TensorFlow (and tf_keras, which needs it) out.
    site_packages = sysconfig.get_paths()["purelib"]
    view = tempfile.mkdtemp()
    for entry in os.listdir(site_packages):
        if not entry.lower().startswith(("tensorflow", "tf_keras")):
            os.symlink(os.path.join(site_packages, entry), os.path.join(view, entry))
    env = {**os.environ, "PYTHONPATH": view, "WITHOUT_TENSORFLOW": "1"}
    run = subprocess.run(
        [sys.executable, "-S", __file__],  # -S: only the view
        env=env, capture_output=True, text=True,
    )
    assert run.returncode == 0, run.stderr
    print(run.stdout, end="")
    sys.exit()

# Without TensorFlow (the rerun).
import importlib.util

assert importlib.util.find_spec("tensorflow") is None

os.chdir(tempfile.mkdtemp())
for label in ("cats", "dogs"):
    os.makedirs(os.path.join("photos", label))
    for i in range(3):
        Image.new("RGB", (12, 10), (40 * i, 80, 120)).save(f"photos/{label}/{i}.png")

# --8<-- [start:pydataset]
import math
import os

import keras
import numpy as np


class ImageFolder(keras.utils.PyDataset):
    """(images, labels) batches from folder/<class>/<image>, without tf.data."""

    def __init__(self, folder, image_size, batch_size, **kwargs):
        super().__init__(**kwargs)
        self.classes = sorted(os.listdir(folder))
        self.files = [
            (os.path.join(folder, name, file), label)
            for label, name in enumerate(self.classes)
            for file in sorted(os.listdir(os.path.join(folder, name)))
        ]
        self.image_size, self.batch_size = image_size, batch_size

    def __len__(self):  # the number of batches
        return math.ceil(len(self.files) / self.batch_size)

    def __getitem__(self, index):  # one batch
        start = index * self.batch_size
        batch = self.files[start : start + self.batch_size]
        images = [
            keras.utils.load_img(path, target_size=self.image_size)
            for path, _ in batch
        ]
        x = np.stack([keras.utils.img_to_array(image) for image in images])
        return x, np.array([label for _, label in batch])


model = keras.Sequential([
    keras.Input((8, 8, 3)),
    keras.layers.Rescaling(1 / 255),
    keras.layers.Flatten(),
    keras.layers.Dense(2),
])
model.compile(
    optimizer="adam",
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
)
model.fit(ImageFolder("photos", (8, 8), batch_size=4), epochs=2, verbose=0)
# --8<-- [end:pydataset]

# The page: training, saving and loading work without TensorFlow.
model.save("model.keras")
reloaded = keras.models.load_model("model.keras")
assert reloaded.count_params() == model.count_params() == 8 * 8 * 3 * 2 + 2

# The page: the numeric preprocessing layers need no TensorFlow.
images = np.random.default_rng(0).random((2, 10, 12, 3), dtype="float32")
normalization = keras.layers.Normalization()
normalization.adapt(images)
for layer in (
    normalization,
    keras.layers.Rescaling(1 / 255),
    keras.layers.Resizing(8, 8),
    keras.layers.RandomFlip(),
    keras.layers.Discretization(bin_boundaries=[0.5]),
):
    assert keras.ops.convert_to_numpy(layer(images)).shape[0] == 2


def error_of(call):
    try:
        call()
    except (ImportError, ValueError) as error:
        return f"{type(error).__name__}: {error}"
    raise AssertionError("no error")


calls = {
    'image_dataset_from_directory("photos")': lambda: (
        keras.utils.image_dataset_from_directory("photos", verbose=False)
    ),
    'image_dataset_from_directory("photos", format="grain")': lambda: (
        keras.utils.image_dataset_from_directory(
            "photos", format="grain", verbose=False
        )
    ),
    "timeseries_dataset_from_array(...)": lambda: (
        keras.utils.timeseries_dataset_from_array(np.zeros((10, 1)), None, 3)
    ),
    "keras.layers.TextVectorization()": lambda: keras.layers.TextVectorization(),
    "keras.layers.StringLookup()": lambda: keras.layers.StringLookup(),
    'model.export("exported")': lambda: model.export("exported", verbose=False),
    'model.save("gs://bucket/model.keras")': lambda: (
        model.save("gs://bucket/model.keras")
    ),
}
errors = {call: error_of(run) for call, run in calls.items()}

# The page's claims about each call, checked before they are shown.
tf_missing = "ImportError: This requires the tensorflow module."
assert errors['image_dataset_from_directory("photos")'].startswith(tf_missing)
assert errors["timeseries_dataset_from_array(...)"].startswith(tf_missing)
assert errors['model.export("exported")'].startswith(tf_missing)
assert "requires the grain module" in errors[
    'image_dataset_from_directory("photos", format="grain")'
]
assert "Layer TextVectorization requires TensorFlow" in errors[
    "keras.layers.TextVectorization()"
]
assert "requires installing TensorFlow" in errors[
    'model.save("gs://bucket/model.keras")'
]
assert "tensorflow" not in sys.modules

# With no backend chosen, Keras takes TensorFlow, and the import itself fails.
default = subprocess.run(
    [sys.executable, "-S", "-c", "import keras"],
    env={k: v for k, v in os.environ.items() if k != "KERAS_BACKEND"},
    capture_output=True, text=True,
)
assert default.returncode != 0
last = default.stderr.strip().splitlines()[-1]
assert last == "ModuleNotFoundError: No module named 'tensorflow'", last
print("# --8<-- [start:default-backend]")
print("$ python -c 'import keras'  # no KERAS_BACKEND, no TensorFlow")
print(last)
print("# --8<-- [end:default-backend]")

print("# --8<-- [start:errors]")
for call, error in errors.items():
    print(f"{call}\n  {error}")
print("# --8<-- [end:errors]")
