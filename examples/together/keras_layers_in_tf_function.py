# backends: tensorflow
"""Together / Keras layers inside tf.function: a Keras model trained by a hand-written
TensorFlow loop."""

import numpy as np

rng = np.random.default_rng(0)
x = rng.normal(size=(512, 4)).astype("float32")
y = x.sum(axis=1, keepdims=True)

# --8<-- [start:code]
import tensorflow as tf
import keras

keras.utils.set_random_seed(0)
model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        keras.layers.Dense(16, activation="relu"),
        keras.layers.Dense(1),
    ]
)
loss_fn = keras.losses.MeanSquaredError()
optimizer = keras.optimizers.Adam(learning_rate=0.01)
dataset = tf.data.Dataset.from_tensor_slices((x, y)).shuffle(512).batch(32)


@tf.function  # the Keras model is called inside a TensorFlow graph
def train_step(x_batch, y_batch):
    with tf.GradientTape() as tape:
        loss = loss_fn(y_batch, model(x_batch, training=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply(grads, model.trainable_variables)
    return loss


for epoch in range(10):
    losses = [train_step(xb, yb) for xb, yb in dataset]
    if epoch in (0, 9):
        print(f"epoch {epoch}: loss {float(tf.reduce_mean(losses)):.4f}")
# --8<-- [end:code]

final = float(loss_fn(y, model(x)))
assert final < 0.05, final
