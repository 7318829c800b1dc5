# backends: tensorflow
"""FAQ / Training: the learning rate in Keras 3, gradient accumulation, one optimizer per model."""

import numpy as np
import keras

x, y = np.ones((8, 2), "float32"), np.ones((8, 1), "float32")


def small_model():
    return keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])


# --8<-- [start:learning-rate]
optimizer = keras.optimizers.Adam(learning_rate=0.01)
optimizer.learning_rate = 0.001  # set it, also between epochs or in a callback
print("now:", float(optimizer.learning_rate))  # read it

schedule = keras.optimizers.schedules.ExponentialDecay(
    initial_learning_rate=0.1, decay_steps=1, decay_rate=0.5
)
scheduled = keras.optimizers.SGD(learning_rate=schedule)
model = small_model()
model.compile(optimizer=scheduled, loss="mse")
model.fit(x, y, batch_size=4, epochs=1, verbose=0)  # two steps
print("after", int(scheduled.iterations), "steps:", float(scheduled.learning_rate))
# --8<-- [end:learning-rate]
assert np.isclose(float(optimizer.learning_rate), 0.001)
assert int(scheduled.iterations) == 2 and np.isclose(float(scheduled.learning_rate), 0.025)
# What Keras 2 code reaches for is gone.
assert not hasattr(optimizer, "lr")
assert not hasattr(keras.backend, "set_value") and not hasattr(keras.backend, "get_value")

try:
    scheduled.learning_rate = 0.01
    raise AssertionError("a scheduled learning rate was settable")
except TypeError as err:
    message = str(err)
print("# --8<-- [start:not-settable]")
print("TypeError:", message.split(". ")[0] + ".")
print("# --8<-- [end:not-settable]")

# --8<-- [start:accumulate]
# Four batches of 8 make one update, like one batch of 32 (Keras 3.0.2 and later).
accumulating = keras.optimizers.Adam(gradient_accumulation_steps=4)
model = small_model()
model.compile(optimizer=accumulating, loss="mse")
# --8<-- [end:accumulate]
before = model.get_weights()[0].copy()
model.fit(np.ones((24, 2)), np.ones((24, 1)), batch_size=8, epochs=1, verbose=0)
assert np.allclose(before, model.get_weights()[0]) and int(accumulating.iterations) == 0
model.fit(np.ones((8, 2)), np.ones((8, 1)), batch_size=8, epochs=1, verbose=0)
assert not np.allclose(before, model.get_weights()[0]) and int(accumulating.iterations) == 1

# One optimizer, two models: the second model's variables are unknown to it.
shared = keras.optimizers.Adam()
first = small_model()
first.compile(optimizer=shared, loss="mse")
first.fit(x, y, verbose=0)
second = small_model()
second.compile(optimizer=shared, loss="mse")
try:
    second.fit(x, y, verbose=0)
    raise AssertionError("an optimizer built for one model trained another")
except ValueError as err:
    message = str(err)
assert "originally built with" in message, message
print("# --8<-- [start:reused]")
path = message.split("path=", 1)[1].split(",", 1)[0]
print(f"ValueError: Unknown variable: <Variable path={path}, …>.")
print(message.split(">. ", 1)[1].replace(". ", ".\n"))
print("# --8<-- [end:reused]")

# --8<-- [start:one-optimizer-each]
second.compile(optimizer=keras.optimizers.Adam(), loss="mse")  # a new one per model
second.fit(x, y, verbose=0)
# --8<-- [end:one-optimizer-each]
print(keras.config.backend(), "learning rate, accumulation and optimizer reuse checked")
