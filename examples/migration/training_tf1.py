# backends: tensorflow
"""Migration / TF1 to TF2, training, TensorFlow 1 tab: optimizer.minimize() run step by step
in a Session, through tf.compat.v1."""

import numpy as np

rng = np.random.default_rng(0)
features = rng.normal(size=(64, 1)).astype("float32")
labels = (3.0 * features + 1.0).astype("float32")

# --8<-- [start:code]
import tensorflow as tf

tf.compat.v1.disable_eager_execution()

x = tf.compat.v1.placeholder(tf.float32, shape=[None, 1])
y = tf.compat.v1.placeholder(tf.float32, shape=[None, 1])
w = tf.Variable(0.0)
b = tf.Variable(0.0)
loss = tf.reduce_mean(tf.square(w * x + b - y))
train_op = tf.compat.v1.train.GradientDescentOptimizer(0.1).minimize(loss)

with tf.compat.v1.Session() as session:
    session.run(tf.compat.v1.global_variables_initializer())
    for step in range(50):
        session.run(train_op, feed_dict={x: features, y: labels})
    w_value, b_value = session.run([w, b])
print(w_value, b_value)  # 2.9996617 1.0000986
# --8<-- [end:code]

# Fifty steps of gradient descent in NumPy: the TensorFlow 2 tab ends at the same values.
w_ref, b_ref = 0.0, 0.0
for step in range(50):
    error = w_ref * features + b_ref - labels
    w_ref, b_ref = (
        w_ref - 0.1 * 2 * float((error * features).mean()),
        b_ref - 0.1 * 2 * float(error.mean()),
    )
np.testing.assert_allclose([w_value, b_value], [w_ref, b_ref], rtol=1e-5)
np.testing.assert_allclose([w_value, b_value], [3.0, 1.0], atol=0.01)
