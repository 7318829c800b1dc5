# backends: tensorflow jax
"""FAQ / Saving: custom layers, Lambda layers and pickle, and what loading says when they go wrong."""

import copy
import os
import pickle
import tempfile
import warnings

import numpy as np
import keras

folder = tempfile.mkdtemp()
x = np.ones((2, 3), dtype="float32")


# --8<-- [start:register]
@keras.saving.register_keras_serializable(package="my_layers")
class Scale(keras.layers.Layer):
    def __init__(self, factor=2.0, **kwargs):
        super().__init__(**kwargs)
        self.factor = factor

    def call(self, inputs):
        return inputs * self.factor

    def get_config(self):  # the __init__ arguments: loading rebuilds the layer
        return {**super().get_config(), "factor": self.factor}


model = keras.Sequential([keras.Input(shape=(3,)), Scale(3.0)])
model.save(os.path.join(folder, "scaled.keras"))
# In a new process: define or import Scale first (registration happens at import),
# then load. No custom_objects needed.
restored = keras.saving.load_model(os.path.join(folder, "scaled.keras"))
# --8<-- [end:register]
np.testing.assert_allclose(restored.predict(x, verbose=0), 3 * x)


class Shift(keras.layers.Layer):  # not registered
    def call(self, inputs):
        return inputs + 1.0


shifted = keras.Sequential([keras.Input(shape=(3,)), Shift()])
shifted.save(os.path.join(folder, "shifted.keras"))
# What loading says when the class is not registered: the error names the class.
try:
    keras.saving.load_model(os.path.join(folder, "shifted.keras"))
    raise AssertionError("an unregistered class loaded")
except TypeError as err:
    message = str(err)
assert "Could not locate class 'Shift'" in message, message
first = message.split(". ")[0]
cause = message[message.index("Exception encountered") :].split(" Full object config")[0]
print("# --8<-- [start:unregistered]")
print(f"TypeError: {first}. […]")
print(cause.replace(". ", ".\n"))
print("# --8<-- [end:unregistered]")

# --8<-- [start:custom-objects]
shifted = keras.saving.load_model(
    os.path.join(folder, "shifted.keras"), custom_objects={"Shift": Shift}
)
# --8<-- [end:custom-objects]
np.testing.assert_allclose(shifted.predict(x, verbose=0), x + 1)

lambda_model = keras.Sequential(
    [keras.Input(shape=(3,)), keras.layers.Lambda(lambda t: t * 2)]
)
lambda_model.save(os.path.join(folder, "lambda.keras"))
try:
    keras.saving.load_model(os.path.join(folder, "lambda.keras"))
    raise AssertionError("a Lambda layer loaded in safe mode")
except ValueError as err:
    message = str(err)
assert "safe_mode=False" in message, message
print("# --8<-- [start:lambda]")
print("ValueError:", message.split(". ")[0][:120] + ".")
print("# --8<-- [end:lambda]")

# --8<-- [start:unsafe]
# Only for a file you trust: a Lambda layer stores bytecode, which runs on load.
lambda_model = keras.saving.load_model(
    os.path.join(folder, "lambda.keras"), safe_mode=False
)
# --8<-- [end:unsafe]
np.testing.assert_allclose(lambda_model.predict(x, verbose=0), 2 * x)

# model_from_json has no safe_mode argument: the global switch is the way.
assert "safe_mode" not in keras.models.model_from_json.__code__.co_varnames

# --8<-- [start:pickle]
data = pickle.dumps(restored)  # Keras 3.3.0 and later: a .keras archive, in memory
clone = pickle.loads(data)
# --8<-- [end:pickle]
np.testing.assert_allclose(clone.predict(x, verbose=0), 3 * x)
np.testing.assert_allclose(copy.deepcopy(restored).predict(x, verbose=0), 3 * x)
# The pickle names private Keras modules (keras.src...): it loads only where the same
# Keras layout exists, which is why a pickle from one version can fail in another.
assert b"keras.src" in data


def compiled_model():
    model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(2)])
    model.compile(optimizer="adam", loss="mse")
    return model


trained = compiled_model()
trained.fit(np.ones((8, 3)), np.ones((8, 2)), epochs=3, verbose=0)
trained.save_weights(os.path.join(folder, "trained.weights.h5"))
fresh = compiled_model()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    fresh.load_weights(os.path.join(folder, "trained.weights.h5"))
skipped = [str(w.message) for w in caught if "Skipping variable loading" in str(w.message)]
assert skipped and int(fresh.optimizer.iterations) == 0, (skipped, fresh.optimizer.iterations)
np.testing.assert_allclose(  # the model's own weights did load
    fresh.predict(x, verbose=0), trained.predict(x, verbose=0), rtol=1e-6
)
print("# --8<-- [start:skipping]")
print("UserWarning:", skipped[0].strip())
print("# --8<-- [end:skipping]")

# --8<-- [start:build-first]
resumed = compiled_model()
resumed.optimizer.build(resumed.trainable_variables)  # create its slots first
resumed.load_weights(os.path.join(folder, "trained.weights.h5"))
print("optimizer steps restored:", int(resumed.optimizer.iterations))
# --8<-- [end:build-first]
assert int(resumed.optimizer.iterations) == 3
print(keras.config.backend(), "custom objects, Lambda, pickle and optimizer state checked")
