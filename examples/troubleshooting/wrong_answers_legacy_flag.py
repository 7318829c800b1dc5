# backends: tensorflow
"""Troubleshooting / "Wrong answers that circulate": TF_USE_LEGACY_KERAS=1 alone does not
give you Keras 2; the tf-keras package must be installed too. Without it, tf.keras fails
with a misleading message, and `from tensorflow.keras import ...` silently gives Keras 3.
The example runs Python on a view of this environment's site-packages that leaves out
tf_keras (an environment where it is not installed), and the fix in this process."""

import os
import subprocess
import sys
import sysconfig
import tempfile

site_packages = sysconfig.get_paths()["purelib"]
without_tf_keras = tempfile.mkdtemp()
for entry in os.listdir(site_packages):
    if not entry.lower().startswith("tf_keras"):
        os.symlink(os.path.join(site_packages, entry), os.path.join(without_tf_keras, entry))

# --8<-- [start:error]
legacy_without_tf_keras = """
import os
os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf-keras is not installed
import tensorflow as tf

try:
    tf.keras.layers
except ImportError as error:
    print(f"{type(error).__name__}: {error}")
from tensorflow.keras import layers

print(layers.Dense)  # which Keras is this?
"""
# --8<-- [end:error]

env = {**os.environ, "PYTHONPATH": without_tf_keras, "TF_CPP_MIN_LOG_LEVEL": "2"}
run = subprocess.Popen(  # runs while this process checks the fix
    [sys.executable, "-S", "-c", legacy_without_tf_keras],  # -S: only the view
    env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
)

# --8<-- [start:fix]
import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # before anything imports TensorFlow
import tensorflow as tf

print(tf.keras.layers.Dense)  # <class 'tf_keras.src.layers.core.dense.Dense'>
# --8<-- [end:fix]

import tf_keras

assert tf.keras.layers.Dense is tf_keras.layers.Dense  # Keras 2, from tf_keras
assert tf_keras.__version__.startswith("2."), tf_keras.__version__
assert tf.__version__.split(".")[:2] == tf_keras.__version__.split(".")[:2]

stdout, stderr = run.communicate(timeout=300)
assert run.returncode == 0, stderr
lines = stdout.splitlines()
assert lines == [
    "ImportError: Keras cannot be imported. Check that it is installed.",
    "<class 'keras.src.layers.core.dense.Dense'>",  # Keras 3, not Keras 2
], lines
warning = [line for line in stderr.splitlines() if "TF_USE_LEGACY_KERAS" in line]
assert warning == [
    "WARNING:tensorflow:Your environment has TF_USE_LEGACY_KERAS set to True, but you do "
    "not have the tf_keras package installed. You must install it in order to use the "
    "legacy tf.keras. Install it via: `pip install tf_keras`"
], warning

# What the page shows, saved in the .out file of the same name.
print("# --8<-- [start:error]", *warning, *lines, "# --8<-- [end:error]", sep="\n")
