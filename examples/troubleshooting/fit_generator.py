# backends: tensorflow jax torch
"""Troubleshooting / "'Sequential' object has no attribute 'fit_generator'": Keras 3
has no fit_generator(); fit() takes the generator, or better a keras.utils.PyDataset."""

import numpy as np

rng = np.random.default_rng(0)

# --8<-- [start:error]
import keras


def batches():  # a Keras 2 style generator, looping for ever
    while True:
        x = rng.normal(size=(16, 4)).astype("float32")
        yield x, x.sum(axis=1, keepdims=True)


model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")
try:
    model.fit_generator(batches(), steps_per_epoch=10, epochs=2)
except AttributeError as error:
    message = str(error)
# --8<-- [end:error]

# --8<-- [start:fix]
history = model.fit(batches(), steps_per_epoch=10, epochs=2, verbose=0)
# --8<-- [end:fix]

assert message == "'Sequential' object has no attribute 'fit_generator'", message
losses = history.history["loss"]
assert len(losses) == 2 and losses[1] < losses[0], losses

# The page: the *_generator siblings are gone too, and the message names the class.
assert not hasattr(model, "evaluate_generator")
assert not hasattr(model, "predict_generator")
inputs = keras.Input(shape=(4,))
functional = keras.Model(inputs, keras.layers.Dense(1)(inputs))
try:
    functional.fit_generator
except AttributeError as error:
    functional_message = str(error)
assert functional_message == "'Functional' object has no attribute 'fit_generator'"

# What the page shows, saved in the .out file of the same name.
print("# --8<-- [start:error]", f"AttributeError: {message}", "# --8<-- [end:error]", sep="\n")
