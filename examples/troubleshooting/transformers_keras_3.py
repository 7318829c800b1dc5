# backends: tensorflow
"""Troubleshooting / "Your currently installed version of Keras is Keras 3, but this is not
yet supported in Transformers": Transformers 4.x builds its TensorFlow models on Keras 2.
Without tf-keras it refuses Keras 3; with tf-keras installed it uses that. The error runs
Python on a view of this environment's site-packages that leaves out tf_keras: an
environment where it is not installed. Transformers 5 has no TensorFlow models at all."""

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

load_a_tensorflow_model_class = """
try:
    from transformers import TFBertModel
except ValueError as error:
    print(f"ValueError: {error}")
"""
env = {**os.environ, "PYTHONPATH": without_tf_keras, "TF_CPP_MIN_LOG_LEVEL": "3"}
run = subprocess.run(
    [sys.executable, "-S", "-c", load_a_tensorflow_model_class],  # -S: only the view
    env=env, capture_output=True, text=True,
)
assert run.returncode == 0, run.stderr
message = run.stdout.strip()
assert message.startswith(
    "ValueError: Your currently installed version of Keras is Keras 3, but this is not yet "
    "supported in Transformers."
), message

# --8<-- [start:fix]
import numpy as np
import transformers  # 4.x: the last line with TensorFlow models
from transformers import BertConfig, TFBertModel  # works once tf-keras is installed

config = BertConfig(  # a tiny, untrained BERT: nothing is downloaded
    vocab_size=100, hidden_size=16, num_hidden_layers=1,
    num_attention_heads=2, intermediate_size=32,
)
model = TFBertModel(config)
outputs = model(np.array([[1, 2, 3]]))
# --8<-- [end:fix]

import tf_keras

assert transformers.__version__ == "4.57.6", transformers.__version__  # the page names it
assert isinstance(model, tf_keras.Model)  # a Keras 2 model, from tf_keras
assert tuple(outputs.last_hidden_state.shape) == (1, 3, 16)

# What the page shows, saved in the .out file of the same name.
print("# --8<-- [start:error]", message, "# --8<-- [end:error]", sep="\n")
