# backends: tensorflow
"""Differences / Defining a model, TensorFlow tab: you own the variables and the arithmetic."""

# --8<-- [start:code]
import tensorflow as tf


class TwoLayerNet(tf.Module):
    def __init__(self, n_in, n_hidden, n_out):
        super().__init__()
        self.w1 = tf.Variable(
            tf.random.normal([n_in, n_hidden], stddev=0.1), name="w1"
        )
        self.b1 = tf.Variable(tf.zeros([n_hidden]), name="b1")
        self.w2 = tf.Variable(
            tf.random.normal([n_hidden, n_out], stddev=0.1), name="w2"
        )
        self.b2 = tf.Variable(tf.zeros([n_out]), name="b2")

    def __call__(self, x):
        hidden = tf.nn.relu(tf.matmul(x, self.w1) + self.b1)
        return tf.matmul(hidden, self.w2) + self.b2


model = TwoLayerNet(n_in=4, n_hidden=16, n_out=3)
logits = model(tf.ones([8, 4]))
print(logits.shape)  # (8, 3)
# --8<-- [end:code]

assert logits.shape == (8, 3)
assert sum(int(tf.size(v)) for v in model.trainable_variables) == 131
