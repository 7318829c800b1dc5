# backends: tensorflow
"""Troubleshooting / "Unable to import backend : pytorch": KERAS_BACKEND takes
tensorflow, jax, torch, numpy or openvino. Each case runs in a fresh process, because
the backend is read once, when keras is first imported."""

import os
import subprocess
import sys

# --8<-- [start:code]
check = "import keras; print(keras.config.backend())"


def run_with_backend(name):
    env = {**os.environ, "KERAS_BACKEND": name}
    return subprocess.run(
        [sys.executable, "-c", check], env=env, capture_output=True, text=True
    )


wrong = run_with_backend("pytorch")  # not a backend name
print(wrong.stderr.strip().splitlines()[-1])
# ValueError: Unable to import backend : pytorch

right = run_with_backend("torch")
print(right.stdout)  # torch
# --8<-- [end:code]

assert wrong.returncode != 0
last_line = wrong.stderr.strip().splitlines()[-1]
assert last_line == "ValueError: Unable to import backend : pytorch", last_line
assert right.returncode == 0, right.stderr
assert right.stdout.strip() == "torch", right.stdout

# What the page shows, saved in the .out file of the same name.
print("# --8<-- [start:error]", last_line, "# --8<-- [end:error]", sep="\n")
