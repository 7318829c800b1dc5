# backends: tensorflow
"""Differences / Saving and loading, TensorFlow tab: a SavedModel that needs no Python class."""

import os
import tempfile

os.chdir(tempfile.mkdtemp())

# --8<-- [start:code]
import tensorflow as tf


class Scaler(tf.Module):
    def __init__(self):
        super().__init__()
        self.scale = tf.Variable(3.0)

    @tf.function(input_signature=[tf.TensorSpec(shape=[None], dtype=tf.float32)])
    def __call__(self, x):
        return self.scale * x


tf.saved_model.save(Scaler(), "scaler")  # a directory: graph + variables

restored = tf.saved_model.load("scaler")  # no Scaler class needed here
print(restored(tf.constant([1.0, 2.0])))  # tf.Tensor([3. 6.], ...)
# --8<-- [end:code]

assert restored(tf.constant([1.0, 2.0])).numpy().tolist() == [3.0, 6.0]
assert os.path.isfile(os.path.join("scaler", "saved_model.pb"))
