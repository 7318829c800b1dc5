# backends: tensorflow
"""Together / Multi-device training, TensorFlow tab: a custom training loop under
MirroredStrategy with a Keras 3 model and optimizer. Two logical CPU devices stand in
for two GPUs."""

import numpy as np
import tensorflow as tf

# Only for this demo: split the CPU into two logical devices before TensorFlow uses it.
cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(
    cpu, [tf.config.LogicalDeviceConfiguration()] * 2
)

rng = np.random.default_rng(0)
x = rng.normal(size=(256, 4)).astype("float32")
y = x.sum(axis=1, keepdims=True)

# --8<-- [start:code]
import keras

strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])  # default: all GPUs
GLOBAL_BATCH = 64

with strategy.scope():  # Keras variables created here wrap mirrored variables
    model = keras.Sequential(
        [
            keras.Input(shape=(4,)),
            keras.layers.Dense(16, activation="relu"),
            keras.layers.Dense(1),
        ]
    )
    optimizer = keras.optimizers.Adam(0.01)
    optimizer.build(model.trainable_variables)  # its slots are mirrored too
print(type(model.weights[0].value).__name__)  # MirroredVariable

dataset = tf.data.Dataset.from_tensor_slices((x, y)).batch(GLOBAL_BATCH)
dist_dataset = strategy.experimental_distribute_dataset(dataset)


def replica_step(x_batch, y_batch):  # runs once per device, on half the batch
    with tf.GradientTape() as tape:
        per_example = keras.losses.mean_squared_error(y_batch, model(x_batch))
        loss = tf.nn.compute_average_loss(
            per_example, global_batch_size=GLOBAL_BATCH
        )
    grads = tape.gradient(loss, model.trainable_variables)
    # Under a strategy, apply() sums the gradients of all replicas.
    optimizer.apply(grads, model.trainable_variables)
    return loss


@tf.function
def train_step(x_batch, y_batch):
    per_replica = strategy.run(replica_step, args=(x_batch, y_batch))
    return strategy.reduce("SUM", per_replica, axis=None)


for epoch in range(8):
    losses = [float(train_step(xb, yb)) for xb, yb in dist_dataset]
print(f"loss {np.mean(losses):.3f}")
# --8<-- [end:code]

assert strategy.num_replicas_in_sync == 2
assert type(model.weights[0].value).__name__ == "MirroredVariable"
assert int(optimizer.iterations.numpy()) == 8 * 4, optimizer.iterations.numpy()
final = float(keras.losses.MeanSquaredError()(y, model(x)))
start = float(np.mean((y - 0) ** 2))
assert final < 0.25 * start, (final, start)
