# backends: tensorflow jax torch
"""FAQ / Training: the same seed gives the same trained weights, on every backend."""

import numpy as np
import keras


# --8<-- [start:code]
def train(seed):
    keras.utils.set_random_seed(seed)  # Python, NumPy, TensorFlow, torch, Keras
    data = np.random.normal(size=(64, 4)).astype("float32")
    model = keras.Sequential([
        keras.Input(shape=(4,)),
        keras.layers.Dense(8),
        keras.layers.Dropout(0.5),
        keras.layers.Dense(1),
    ])
    model.compile(optimizer="adam", loss="mse")
    model.fit(data, data[:, :1], epochs=2, batch_size=16, verbose=0)  # shuffles
    return model.get_weights()


first, second = train(7), train(7)
print(all(np.array_equal(a, b) for a, b in zip(first, second)))
# --8<-- [end:code]
assert all(np.array_equal(a, b) for a, b in zip(first, second)), "same seed, new weights"
other = train(8)
assert not all(np.array_equal(a, b) for a, b in zip(first, other)), "seed had no effect"

# NumPy's Generator objects are not covered: they have their own seed.
keras.utils.set_random_seed(7)
a = np.random.default_rng().normal(size=3)
keras.utils.set_random_seed(7)
b = np.random.default_rng().normal(size=3)
assert not np.array_equal(a, b)
print(keras.config.backend(), "same seed, same weights; default_rng() is not seeded")
