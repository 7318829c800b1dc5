# backends: tensorflow
"""Together / Variables: on the TensorFlow backend a keras.Variable is not a tf.Variable,
but TensorFlow ops, GradientTape and checkpoints accept it; tf.Module reflection does not
see it."""

import os
import tempfile

import numpy as np

print("# --8<-- [start:code]")  # the printed lines are saved for the page
# --8<-- [start:code]
import tensorflow as tf
import keras

model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(2)])
kernel = model.weights[0]

print(isinstance(kernel, tf.Variable))  # False: a keras.Variable
print(isinstance(kernel.value, tf.Variable))  # True: the tf.Variable inside
print(tf.is_tensor(kernel))  # True: TensorFlow ops accept it
print(tf.reduce_sum(kernel).shape)  # ()

with tf.GradientTape() as tape:  # watched like a tf.Variable
    loss = tf.reduce_sum(model(tf.ones((4, 3))))
grads = tape.gradient(loss, model.trainable_variables)
print([g.shape for g in grads])  # [TensorShape([3, 2]), TensorShape([2])]


class Wrapper(tf.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model
        self.scale = tf.Variable(1.0)


wrapper = Wrapper(model)
print([v.name for v in wrapper.trainable_variables])  # only 'Variable:0'
# --8<-- [end:code]
print("# --8<-- [end:code]")

assert not isinstance(kernel, tf.Variable) and isinstance(kernel.value, tf.Variable)
assert tf.is_tensor(kernel) and not isinstance(kernel, tf.Tensor)
assert all(g is not None for g in grads)
assert len(wrapper.trainable_variables) == 1, wrapper.trainable_variables
# The page: tf.Module's reflection misses them, but a checkpoint of the wrapper holds
# the model's weights, because a Keras 3 model is a TensorFlow Trackable.
assert not isinstance(model, tf.Module)
assert isinstance(model, tf.__internal__.tracking.Trackable)
path = tf.train.Checkpoint(wrapper=wrapper).save(os.path.join(tempfile.mkdtemp(), "c"))
keys = [name for name, _ in tf.train.list_variables(path)]
assert any(k.startswith("wrapper/model/") for k in keys), keys
before = kernel.numpy().copy()
kernel.assign(np.zeros((3, 2), "float32"))
tf.train.Checkpoint(wrapper=wrapper).restore(path).assert_consumed()
np.testing.assert_array_equal(kernel.numpy(), before)
