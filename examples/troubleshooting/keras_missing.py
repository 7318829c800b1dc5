# backends: tensorflow
"""Troubleshooting / "No module named 'tensorflow.keras'": on TensorFlow 2.16 and later,
tf.keras is the separately installed keras package; without it, both ways of reaching
tf.keras fail. The example runs Python on a view of this environment's site-packages
that leaves out keras and tf_keras: an environment where they are not installed."""

import os
import subprocess
import sys
import sysconfig
import tempfile

site_packages = sysconfig.get_paths()["purelib"]
without_keras = tempfile.mkdtemp()
for entry in os.listdir(site_packages):
    if not entry.lower().startswith(("keras", "tf_keras")):
        os.symlink(os.path.join(site_packages, entry), os.path.join(without_keras, entry))

# --8<-- [start:error]
import_keras_through_tensorflow = """
import tensorflow as tf

try:
    from tensorflow.keras import layers
except ImportError as error:
    print(f"{type(error).__name__}: {error}")
try:
    tf.keras.layers
except ImportError as error:
    print(f"{type(error).__name__}: {error}")
"""
# --8<-- [end:error]

env = {**os.environ, "PYTHONPATH": without_keras, "TF_CPP_MIN_LOG_LEVEL": "2"}
run = subprocess.run(
    [sys.executable, "-S", "-c", import_keras_through_tensorflow],  # -S: only the view
    env=env, capture_output=True, text=True,
)
assert run.returncode == 0, run.stderr
lines = run.stdout.splitlines()
assert lines == [
    "ModuleNotFoundError: No module named 'tensorflow.keras'",
    "ImportError: Keras cannot be imported. Check that it is installed.",
], lines

# With keras installed, as in this environment, the same code imports Keras 3.
import keras
import tensorflow as tf
from tensorflow.keras import layers

assert layers.Dense is tf.keras.layers.Dense is keras.layers.Dense
assert keras.__version__.startswith("3."), keras.__version__

# What the page shows, saved in the .out file of the same name.
print("# --8<-- [start:error]", *lines, "# --8<-- [end:error]", sep="\n")
