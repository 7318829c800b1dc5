# backends: tensorflow
"""Versions / What tf_keras and TF_USE_LEGACY_KERAS do: the same three commands a reader
types, run in fresh processes, with and without TF_USE_LEGACY_KERAS=1. The transcript they
print is what the page shows (saved in legacy_flag.out); the checks below are what the page
says about it."""

import os
import subprocess
import sys

COMMANDS = [
    ({}, "import tensorflow as tf; print(tf.__version__, tf.keras.__name__)"),
    ({"TF_USE_LEGACY_KERAS": "1"}, "import tensorflow as tf; print(tf.__version__, tf.keras.__name__)"),
    ({"TF_USE_LEGACY_KERAS": "1"}, "import keras; print(keras.__version__, keras.config.backend())"),
    ({}, "import keras; print(keras.__version__, keras.config.backend())"),
]


def run(extra_env, code):
    env = {k: v for k, v in os.environ.items() if k not in ("TF_USE_LEGACY_KERAS", "KERAS_BACKEND")}
    env.update(extra_env, TF_CPP_MIN_LOG_LEVEL="3")
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


transcript, answers = [], []
for extra_env, code in COMMANDS:
    prefix = "".join(f"{k}={v} " for k, v in extra_env.items())
    answer = run(extra_env, code)
    transcript += [f'$ {prefix}python -c "{code}"', answer]
    answers.append(answer.split())

import keras
import tensorflow as tf

plain, legacy, keras_3, check = answers
assert plain == [tf.__version__, "keras._tf_keras.keras"], plain  # tf.keras is Keras 3
assert legacy == [tf.__version__, "tf_keras.api._v2.keras"], legacy  # tf.keras is tf_keras
assert keras_3 == [keras.__version__, "tensorflow"], keras_3  # import keras is unchanged
assert check == keras_3, check  # the FAQ's check: version and backend

# What the page shows, saved in the .out file of the same name.
print("# --8<-- [start:console]", *transcript[:6], "# --8<-- [end:console]", sep="\n")
print("# --8<-- [start:check]", *transcript[6:], "# --8<-- [end:check]", sep="\n")
