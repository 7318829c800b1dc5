# backends: tensorflow
"""Together / Checkpoints: tf.train.Checkpoint saves and restores a Keras 3 model and its
optimizer on the TensorFlow backend; training resumes exactly where it stopped."""

import os
import tempfile

import numpy as np

rng = np.random.default_rng(0)
x = rng.normal(size=(128, 4)).astype("float32")
y = x.sum(axis=1, keepdims=True)
ckpt_dir = tempfile.mkdtemp()

# --8<-- [start:code]
import tensorflow as tf
import keras


def make_model():
    model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.Adam(0.01), loss="mse")
    return model


keras.utils.set_random_seed(0)
model = make_model()
model.fit(x, y, epochs=2, shuffle=False, verbose=0)

ckpt = tf.train.Checkpoint(model=model, optimizer=model.optimizer)
manager = tf.train.CheckpointManager(ckpt, ckpt_dir, max_to_keep=3)
path = manager.save()

# Later, in a new process: same structure, fresh objects.
restored = make_model()
tf.train.Checkpoint(model=restored, optimizer=restored.optimizer).restore(
    manager.latest_checkpoint
)
print(int(restored.optimizer.iterations))  # 8: the step counter is back
# The Adam moments come back when the optimizer is built, at the first fit().
# --8<-- [end:code]

weights_at_save = [w.numpy() for w in model.weights]
assert path == manager.latest_checkpoint
assert int(restored.optimizer.iterations) == 8
# Resumed training matches uninterrupted training: the moments came back too.
model.fit(x, y, epochs=2, shuffle=False, verbose=0)
restored.fit(x, y, epochs=2, shuffle=False, verbose=0)
for a, b in zip(model.weights + model.optimizer.variables,
                restored.weights + restored.optimizer.variables):
    np.testing.assert_allclose(a.numpy(), b.numpy(), rtol=1e-6, atol=1e-7)
# The same weights with a fresh optimizer, for comparison, end somewhere else.
fresh = make_model()
fresh.set_weights(weights_at_save)
fresh.fit(x, y, epochs=2, shuffle=False, verbose=0)
assert not np.allclose(fresh.weights[0].numpy(), model.weights[0].numpy(), atol=1e-4)
# The page: a compiled model carries its optimizer into a checkpoint of the model alone.
only_model = make_model()
tf.train.Checkpoint(model=only_model).restore(path).expect_partial()
assert int(only_model.optimizer.iterations) == 8

print("# --8<-- [start:keys]")
for name, shape in tf.train.list_variables(path):
    print(name, shape)
print("# --8<-- [end:keys]")

# The page: tf.saved_model.save(model) also writes the optimizer's variables;
# model.export() writes only the model's.
saved = os.path.join(ckpt_dir, "saved_model")
tf.saved_model.save(model, saved)
saved_keys = [n for n, _ in tf.train.list_variables(os.path.join(saved, "variables", "variables"))]
assert any(k.startswith("optimizer/") for k in saved_keys), saved_keys
loaded = tf.saved_model.load(saved)
assert not isinstance(loaded, keras.Model) and hasattr(loaded, "optimizer")
exported = os.path.join(ckpt_dir, "exported")
model.export(exported, verbose=False)
export_keys = [n for n, _ in tf.train.list_variables(os.path.join(exported, "variables", "variables"))]
assert not any("optimizer" in k for k in export_keys), export_keys
assert len([k for k in export_keys if k.startswith("variables/")]) == 2, export_keys

# The page: tf.train.Checkpoint also saves what Keras does not own, such as the position
# of a tf.data iterator.
iterator = iter(tf.data.Dataset.range(10))
next(iterator), next(iterator)
data_path = tf.train.Checkpoint(data=iterator).save(os.path.join(ckpt_dir, "data"))
next(iterator)
tf.train.Checkpoint(data=iterator).restore(data_path)
assert int(next(iterator)) == 2
