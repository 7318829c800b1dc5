# backends: tensorflow
"""Differences / Training loop, TensorFlow tab: a GradientTape loop inside tf.function."""

import numpy as np

rng = np.random.default_rng(0)
x = rng.normal(size=(512, 4)).astype("float32")
y = (
    x @ np.array([[1.5], [-2.0], [0.5], [1.0]]) + 0.1 * rng.normal(size=(512, 1))
).astype("float32")

# --8<-- [start:code]
import tensorflow as tf

tf.random.set_seed(0)
w = tf.Variable(tf.random.normal([4, 1], stddev=0.1))
b = tf.Variable(tf.zeros([1]))
learning_rate = 0.05
dataset = tf.data.Dataset.from_tensor_slices((x, y)).shuffle(512, seed=0).batch(32)


@tf.function
def train_step(x_batch, y_batch):
    with tf.GradientTape() as tape:
        prediction = tf.matmul(x_batch, w) + b
        loss = tf.reduce_mean(tf.square(prediction - y_batch))
    grad_w, grad_b = tape.gradient(loss, [w, b])
    w.assign_sub(learning_rate * grad_w)
    b.assign_sub(learning_rate * grad_b)
    return loss


epoch_losses = []
for epoch in range(10):
    batch_losses = [train_step(xb, yb) for xb, yb in dataset]
    epoch_losses.append(float(tf.reduce_mean(batch_losses)))
print(f"loss: {epoch_losses[0]:.3f} -> {epoch_losses[-1]:.3f}")
# --8<-- [end:code]

assert epoch_losses[-1] < 0.2 * epoch_losses[0], epoch_losses
np.testing.assert_allclose(w.numpy().ravel(), [1.5, -2.0, 0.5, 1.0], atol=0.1)
