# backends: tensorflow jax torch
"""Together / Which object owns the state: a .keras file restores the model and its
optimizer on any backend; load_weights() restores optimizer state only into a built
optimizer."""

import os
import tempfile
import warnings

import numpy as np

rng = np.random.default_rng(0)
x = rng.normal(size=(128, 4)).astype("float32")
y = x.sum(axis=1, keepdims=True)
folder = tempfile.mkdtemp()
model_path = os.path.join(folder, "run.keras")
weights_path = os.path.join(folder, "run.weights.h5")

# --8<-- [start:keras]
import keras


def make_model():
    model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.Adam(0.01), loss="mse")
    return model


model = make_model()
model.fit(x, y, epochs=2, shuffle=False, verbose=0)
model.save(model_path)  # architecture, weights, compile() and optimizer state

resumed = keras.models.load_model(model_path)
print(int(resumed.optimizer.iterations))  # 8: Adam's state came back too
# --8<-- [end:keras]

assert int(resumed.optimizer.iterations) == 8
for a, b in zip(model.optimizer.variables, resumed.optimizer.variables):
    np.testing.assert_allclose(
        keras.ops.convert_to_numpy(a), keras.ops.convert_to_numpy(b), rtol=1e-6
    )
model.save_weights(weights_path)
model.fit(x, y, epochs=2, shuffle=False, verbose=0)
resumed.fit(x, y, epochs=2, shuffle=False, verbose=0)
for a, b in zip(model.weights, resumed.weights):
    np.testing.assert_allclose(
        keras.ops.convert_to_numpy(a), keras.ops.convert_to_numpy(b), rtol=1e-5, atol=1e-6
    )

catcher = warnings.catch_warnings(record=True)  # collects the warning for the page
caught = catcher.__enter__()
warnings.simplefilter("always")
# --8<-- [start:weights]
# A .weights.h5 file holds the optimizer's variables too, but a new
# optimizer has none until it is built: load_weights() skips them and warns.
fresh = make_model()
fresh.load_weights(weights_path)  # UserWarning: Skipping variable loading ...

# Build the optimizer first, and the file restores it as well.
ready = make_model()
ready.optimizer.build(ready.trainable_variables)
ready.load_weights(weights_path)
print(int(fresh.optimizer.iterations), int(ready.optimizer.iterations))  # 0 8
# --8<-- [end:weights]
catcher.__exit__(None, None, None)

assert int(fresh.optimizer.iterations) == 0 and int(ready.optimizer.iterations) == 8
skipped = [str(w.message) for w in caught if "Skipping variable loading" in str(w.message)]
assert len(skipped) == 1, [str(w.message) for w in caught]
print("# --8<-- [start:warning]")
print(f"UserWarning: {skipped[0].strip()}")
print("# --8<-- [end:warning]")
