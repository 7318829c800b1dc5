# backends: torch
"""Together / Custom train_step, PyTorch tab: the same clipped step with autograd."""

import numpy as np

rng = np.random.default_rng(0)
x = rng.normal(size=(512, 4)).astype("float32")
y = (x @ np.array([[1.5], [-2.0], [0.5], [1.0]])).astype("float32")

# --8<-- [start:code]
import torch
import keras
from keras import layers


class ClippedRegressor(keras.Model):
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
        return [self.loss_tracker]

    def train_step(self, data):
        x, y = data
        self.zero_grad()  # clear gradients left by the previous step
        y_pred = self(x, training=True)
        loss = self.compute_loss(x=x, y=y, y_pred=y_pred)
        loss.backward()
        variables = self.trainable_weights
        torch.nn.utils.clip_grad_norm_([v.value for v in variables], self.clip_norm)
        with torch.no_grad():
            self.optimizer.apply([v.value.grad for v in variables], variables)
        self.loss_tracker.update_state(loss)
        return {"loss": self.loss_tracker.result()}


keras.utils.set_random_seed(0)
model = ClippedRegressor(clip_norm=1.0)
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse")
history = model.fit(x, y, batch_size=32, epochs=15, verbose=0)
print(
    f"loss: {history.history['loss'][0]:.3f} -> {history.history['loss'][-1]:.3f}"
)
# --8<-- [end:code]

losses = history.history["loss"]
assert losses[-1] < 0.2 * losses[0], losses
assert isinstance(model, torch.nn.Module)  # keras.md: Keras models are torch Modules
