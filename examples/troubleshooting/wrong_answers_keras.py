# backends: tensorflow jax torch
"""Troubleshooting / "Wrong answers that circulate": Keras names that tutorials and code
assistants still suggest, what Keras 3 does with each, and the call that works. Every
error is caught and printed at the end; the output saved for the page is the TensorFlow
run (on the other backends only the trainer's class name in the fit() message differs)."""

import importlib.util

import numpy as np

rng = np.random.default_rng(0)


# --8<-- [start:set-backend]
import keras

try:
    keras.backend.set_backend("jax")  # no such function
except AttributeError as error:
    set_backend_error = error
# --8<-- [end:set-backend]

# The function that does exist, since Keras 3.1 (not called here: see its own entry).
assert callable(keras.config.set_backend)
assert not hasattr(keras.backend, "set_backend")
keras.utils.set_random_seed(0)  # repeatable weights for the checks below

# --8<-- [start:sklearn-error]
try:
    from keras.wrappers.scikit_learn import KerasClassifier
except ImportError as error:
    sklearn_error = error
# --8<-- [end:sklearn-error]

needs_sklearn_error = None  # stays None where scikit-learn is installed
X = rng.normal(size=(32, 4)).astype("float32")  # 32 samples, 4 features
y = (X[:, 0] > 0).astype("int64")  # two classes, 0 and 1

# --8<-- [start:sklearn-fix]
from keras.wrappers import SKLearnClassifier  # Keras 3.8 and later


def make_model(X, y):  # gets the training data; y one-hot, a column per class
    model = keras.Sequential([
        keras.Input(shape=(X.shape[1],)),
        keras.layers.Dense(8, activation="relu"),
        keras.layers.Dense(y.shape[1], activation="softmax"),
    ])
    model.compile(optimizer="adam", loss="categorical_crossentropy")
    return model


try:
    classifier = SKLearnClassifier(model=make_model)
    classifier.fit(X, y, epochs=5, verbose=0)  # then predict(), GridSearchCV, ...
except ImportError as error:  # the wrapper needs scikit-learn installed
    needs_sklearn_error = error
# --8<-- [end:sklearn-fix]

# The site's test environment has no scikit-learn, so the wrapper stops at creation
# with the ImportError above. What can run here: the model function, called the way
# the wrapper calls it (y one-hot encoded).
if importlib.util.find_spec("sklearn") is None:
    assert str(needs_sklearn_error).startswith(
        "SKLearnClassifier requires `scikit-learn` to be installed."
    ), needs_sklearn_error
    built = make_model(X=X, y=np.eye(2, dtype="float32")[y])
    built.fit(X, np.eye(2, dtype="float32")[y], epochs=1, verbose=0)
    assert built.output_shape == (None, 2)
else:  # with scikit-learn: the wrapper trained and predicts class labels
    assert set(classifier.predict(X)) <= {0, 1}

# --8<-- [start:predict-classes-error]
model = keras.Sequential([
    keras.Input(shape=(4,)),
    keras.layers.Dense(3, activation="softmax"),
])
x = rng.normal(size=(5, 4)).astype("float32")
try:
    classes = model.predict_classes(x)
except AttributeError as error:
    predict_classes_error = error
# --8<-- [end:predict-classes-error]

# --8<-- [start:predict-classes-fix]
probabilities = model.predict(x, verbose=0)  # shape (5, 3), softmax output
classes = np.argmax(probabilities, axis=-1)  # shape (5,): one class index per row

# For a single sigmoid output (binary classification), threshold instead:
# classes = (model.predict(x) > 0.5).astype("int32")
# --8<-- [end:predict-classes-fix]

assert classes.shape == (5,) and set(classes) <= {0, 1, 2}
assert not hasattr(model, "predict_proba")

# --8<-- [start:workers-error]
x_train = rng.normal(size=(64, 4)).astype("float32")
y_train = x_train.sum(axis=1, keepdims=True)
model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")
try:
    model.fit(x_train, y_train, epochs=2, workers=4, use_multiprocessing=True)
except TypeError as error:
    workers_error = error
# --8<-- [end:workers-error]


loss_before = model.evaluate(x_train, y_train, verbose=0)

# --8<-- [start:workers-fix]
class Batches(keras.utils.PyDataset):
    def __init__(self, x, y, batch_size, **kwargs):
        super().__init__(**kwargs)  # passes workers=, use_multiprocessing=
        self.x, self.y, self.batch_size = x, y, batch_size

    def __len__(self):  # batches per epoch
        return int(np.ceil(len(self.x) / self.batch_size))

    def __getitem__(self, index):  # load or augment one batch here
        part = slice(index * self.batch_size, (index + 1) * self.batch_size)
        return self.x[part], self.y[part]


batches = Batches(x_train, y_train, batch_size=16, workers=4)
history = model.fit(batches, epochs=2, verbose=0)
# --8<-- [end:workers-fix]

assert len(history.history["loss"]) == 2
loss_after = model.evaluate(x_train, y_train, verbose=0)
assert loss_after < loss_before, (loss_before, loss_after)  # it trained
assert batches.workers == 4 and not batches.use_multiprocessing

# The page's claims about each message.
errors = {
    name: f"{type(error).__name__}: {error}"
    for name, error in [
        ("set-backend", set_backend_error),
        ("sklearn", sklearn_error),
        ("sklearn-needs", needs_sklearn_error),
        ("predict-classes", predict_classes_error),
        ("workers", workers_error),
    ]
    if error is not None
}
assert errors["set-backend"] == (
    "AttributeError: module 'keras.backend' has no attribute 'set_backend'"
)
assert errors["sklearn"] == (
    "ModuleNotFoundError: No module named 'keras.wrappers.scikit_learn'"
)
assert errors["predict-classes"] == (
    "AttributeError: 'Sequential' object has no attribute 'predict_classes'"
)
trainer = {"tensorflow": "TensorFlow", "jax": "JAX", "torch": "Torch"}[keras.backend.backend()]
assert errors["workers"] == (
    f"TypeError: {trainer}Trainer.fit() got an unexpected keyword argument 'workers'"
), errors["workers"]

# What the page shows, saved in the .out file of the same name.
for name, message in errors.items():
    print(f"# --8<-- [start:{name}]", message, f"# --8<-- [end:{name}]", sep="\n")
