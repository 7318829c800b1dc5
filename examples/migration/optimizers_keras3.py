# backends: tensorflow jax torch
"""Migration / Optimizers, Keras 3 tab: `learning_rate` and a schedule replace `lr` and
`decay`, with the same training result as the Keras 2 tab."""

import warnings

import numpy as np

import keras

rng = np.random.default_rng(0)
x = rng.normal(size=(32, 3)).astype("float32")
y = (x @ np.array([[1.0], [-2.0], [0.5]]) + 0.3).astype("float32")
model = keras.Sequential(
    [keras.Input(shape=(3,)), keras.layers.Dense(1, kernel_initializer="zeros")]
)

# --8<-- [start:code]
schedule = keras.optimizers.schedules.InverseTimeDecay(
    initial_learning_rate=0.1, decay_steps=1, decay_rate=0.01
)  # 0.1 / (1 + 0.01 * step): what decay=0.01 did
optimizer = keras.optimizers.SGD(learning_rate=schedule)
model.compile(optimizer=optimizer, loss="mse")
model.fit(x, y, batch_size=32, epochs=20, shuffle=False, verbose=0)
# --8<-- [end:code]

# The same 20 steps in NumPy, as in the Keras 2 tab: the weights match.
kernel, bias = np.zeros((3, 1)), np.zeros(1)
for step in range(20):
    error = x @ kernel + bias - y
    learning_rate = 0.1 / (1 + 0.01 * step)
    kernel -= learning_rate * 2 * x.T @ error / len(x)
    bias -= learning_rate * 2 * error.mean(axis=0)
trained_kernel, trained_bias = model.get_weights()
np.testing.assert_allclose(trained_kernel, kernel, rtol=1e-4, atol=1e-5)
np.testing.assert_allclose(trained_bias, bias, rtol=1e-4, atol=1e-5)

# What the page says about the old arguments in Keras 3.
try:
    keras.optimizers.SGD(lr=0.1)
    raise AssertionError("Keras 3 accepted lr=")
except ValueError as error:
    assert "Argument(s) not recognized" in str(error), error
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    keras.optimizers.SGD(learning_rate=0.1, decay=0.01)  # accepted, then ignored
assert any("`decay` is no longer supported" in str(w.message) for w in caught), caught
try:
    keras.optimizers.legacy.SGD()
    raise AssertionError("keras.optimizers.legacy worked in Keras 3")
except ImportError as error:
    assert "`keras.optimizers.legacy` is not supported in Keras 3" in str(error), error
