# backends: tensorflow
"""Differences / Custom training step, TensorFlow tab: the same clipping in a raw loop,
where early stopping and loss tracking are yours to write."""

import numpy as np

rng = np.random.default_rng(0)
x = rng.normal(size=(512, 4)).astype("float32")
y = (x @ np.array([[1.5], [-2.0], [0.5], [1.0]])).astype("float32")

# --8<-- [start:code]
import tensorflow as tf

tf.random.set_seed(0)
variables = [
    tf.Variable(tf.random.normal([4, 1], stddev=0.1)),
    tf.Variable(tf.zeros([1])),
]
dataset = tf.data.Dataset.from_tensor_slices((x, y)).shuffle(512, seed=0).batch(32)


@tf.function
def train_step(x_batch, y_batch, learning_rate=0.05, clip_norm=1.0):
    w, b = variables
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.square(tf.matmul(x_batch, w) + b - y_batch))
    grads = tape.gradient(loss, variables)
    grads, _ = tf.clip_by_global_norm(grads, clip_norm)
    for var, grad in zip(variables, grads):
        var.assign_sub(learning_rate * grad)
    return loss


history, best, patience = [], float("inf"), 2
for epoch in range(15):
    epoch_loss = float(tf.reduce_mean([train_step(xb, yb) for xb, yb in dataset]))
    history.append(epoch_loss)
    if epoch_loss < best:
        best, waited = epoch_loss, 0
    else:
        waited += 1
        if waited >= patience:  # early stopping, by hand
            break
print(f"loss: {history[0]:.3f} -> {history[-1]:.3f}")
# --8<-- [end:code]

assert history[-1] < 0.2 * history[0], history
