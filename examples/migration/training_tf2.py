# backends: tensorflow
"""Migration / TF1 to TF2, training, TensorFlow 2 tab: GradientTape and a tf.function
training step replace minimize() and the Session."""

import numpy as np

rng = np.random.default_rng(0)
features = rng.normal(size=(64, 1)).astype("float32")
labels = (3.0 * features + 1.0).astype("float32")

# --8<-- [start:code]
import tensorflow as tf

w = tf.Variable(0.0)
b = tf.Variable(0.0)


@tf.function
def train_step(x, y, learning_rate=0.1):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.square(w * x + b - y))
    grad_w, grad_b = tape.gradient(loss, [w, b])
    w.assign_sub(learning_rate * grad_w)
    b.assign_sub(learning_rate * grad_b)


for step in range(50):
    train_step(features, labels)
print(w.numpy(), b.numpy())  # 2.9996617 1.0000986
# --8<-- [end:code]

# The same fifty steps in NumPy as in the TensorFlow 1 tab: the same values.
w_ref, b_ref = 0.0, 0.0
for step in range(50):
    error = w_ref * features + b_ref - labels
    w_ref, b_ref = (
        w_ref - 0.1 * 2 * float((error * features).mean()),
        b_ref - 0.1 * 2 * float(error.mean()),
    )
np.testing.assert_allclose([w.numpy(), b.numpy()], [w_ref, b_ref], rtol=1e-5)
np.testing.assert_allclose([w.numpy(), b.numpy()], [3.0, 1.0], atol=0.01)
# One graph was traced and reused for all fifty steps.
assert train_step.experimental_get_tracing_count() == 1
