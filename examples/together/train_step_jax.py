# backends: jax
"""Together / Custom train_step, JAX tab: the same clipped step, written the JAX way
(stateless, with jax.value_and_grad)."""

import numpy as np

rng = np.random.default_rng(0)
x = rng.normal(size=(512, 4)).astype("float32")
y = (x @ np.array([[1.5], [-2.0], [0.5], [1.0]])).astype("float32")

# --8<-- [start:code]
import jax
import jax.numpy as jnp
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

    def loss_and_state(self, trainable, non_trainable, x, y):
        y_pred, non_trainable = self.stateless_call(trainable, non_trainable, x)
        return self.compute_loss(x=x, y=y, y_pred=y_pred), non_trainable

    def train_step(self, state, data):
        trainable, non_trainable, optimizer_vars, metric_vars = state
        x, y = data
        grad_fn = jax.value_and_grad(self.loss_and_state, has_aux=True)
        (loss, non_trainable), grads = grad_fn(trainable, non_trainable, x, y)
        norm = jnp.sqrt(sum(jnp.sum(g**2) for g in grads))
        grads = [
            g * jnp.minimum(1.0, self.clip_norm / (norm + 1e-6)) for g in grads
        ]
        trainable, optimizer_vars = self.optimizer.stateless_apply(
            optimizer_vars, grads, trainable
        )
        metric_vars = self.loss_tracker.stateless_update_state(metric_vars, loss)
        logs = {"loss": self.loss_tracker.stateless_result(metric_vars)}
        return logs, (trainable, non_trainable, optimizer_vars, metric_vars)


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
