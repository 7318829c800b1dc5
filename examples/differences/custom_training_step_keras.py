# backends: tensorflow
"""Differences / Custom training step, Keras tab: override train_step, keep fit()."""

import numpy as np

rng = np.random.default_rng(0)
x = rng.normal(size=(512, 4)).astype("float32")
y = (x @ np.array([[1.5], [-2.0], [0.5], [1.0]])).astype("float32")

# --8<-- [start:code]
import tensorflow as tf
import keras
from keras import layers


class ClippedRegressor(keras.Model):
    """Clips gradients by their global norm before each update."""

    def __init__(self, clip_norm=1.0):
        super().__init__()
        self.hidden = layers.Dense(16, activation="relu")
        self.out = layers.Dense(1)
        self.clip_norm = clip_norm
        self.loss_tracker = keras.metrics.Mean(name="loss")

    def call(self, inputs):
        return self.out(self.hidden(inputs))

    @property
    def metrics(self):
        return [self.loss_tracker]  # reset by fit() at each epoch

    def train_step(self, data):
        x, y = data
        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = self.compute_loss(x=x, y=y, y_pred=y_pred)
        grads = tape.gradient(loss, self.trainable_variables)
        grads, _ = tf.clip_by_global_norm(grads, self.clip_norm)
        self.optimizer.apply(grads, self.trainable_variables)
        self.loss_tracker.update_state(loss)
        return {"loss": self.loss_tracker.result()}


keras.utils.set_random_seed(0)
model = ClippedRegressor(clip_norm=1.0)
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse")
history = model.fit(
    x,
    y,
    batch_size=32,
    epochs=15,
    verbose=0,
    callbacks=[keras.callbacks.EarlyStopping(monitor="loss", patience=2)],
)
print(
    f"loss: {history.history['loss'][0]:.3f} -> {history.history['loss'][-1]:.3f}"
)
# --8<-- [end:code]

losses = history.history["loss"]
assert losses[-1] < 0.2 * losses[0], losses
