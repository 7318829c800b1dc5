# backends: tensorflow
"""Together / Optimizers: tell a Keras 2 optimizer (tf_keras, legacy) from a Keras 3 one,
and what happens when the two are mixed."""

import numpy as np

print("# --8<-- [start:check]")  # the printed lines are saved for the page
# --8<-- [start:check]
import keras
import tf_keras  # Keras 2; only needed here to build the Keras 2 examples


def keras_major(optimizer):
    """3 for a Keras 3 optimizer, 2 for a tf_keras one (new or legacy)."""
    if isinstance(optimizer, keras.optimizers.Optimizer):
        return 3
    if type(optimizer).__module__.startswith("tf_keras."):
        return 2
    raise TypeError(f"not a Keras optimizer: {type(optimizer)}")


for opt in (
    keras.optimizers.Adam(),  # also tf.keras.optimizers.Adam() on TF 2.16+
    tf_keras.optimizers.Adam(),  # tf.keras with TF_USE_LEGACY_KERAS=1
    tf_keras.optimizers.legacy.Adam(),  # the pre-TF 2.11 optimizer
):
    print(keras_major(opt), type(opt).__module__)
# --8<-- [end:check]
print("# --8<-- [end:check]")

# --8<-- [start:mix]
model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
keras_2_adam = tf_keras.optimizers.Adam()
try:
    model.compile(optimizer=keras_2_adam, loss="mse")
except ValueError as error:
    compile_error = error

import tensorflow as tf

x = np.ones((4, 3), "float32")
with tf.GradientTape() as tape:
    loss = tf.reduce_sum(model(x))
grads = tape.gradient(loss, model.trainable_variables)
try:
    keras_2_adam.apply_gradients(zip(grads, model.trainable_variables))
except AttributeError as error:
    apply_error = error
# --8<-- [end:mix]

assert [keras_major(o) for o in (keras.optimizers.Adam(), tf.keras.optimizers.Adam())] == [3, 3]
assert keras_major(tf_keras.optimizers.legacy.Adam()) == 2
assert "Could not interpret optimizer identifier" in str(compile_error), compile_error
assert "has no attribute '_unique_id'" in str(apply_error), apply_error
# The page: Keras 2 optimizers have minimize() and no apply(); Keras 3 the reverse.
for opt in (tf_keras.optimizers.Adam(), tf_keras.optimizers.legacy.Adam()):
    assert hasattr(opt, "minimize") and not hasattr(opt, "apply")
    assert hasattr(opt, "apply_gradients")
assert hasattr(keras.optimizers.Adam(), "apply")
assert not hasattr(keras.optimizers.Adam(), "minimize")

print("# --8<-- [start:mix]")
print(f"ValueError: {compile_error}")
print(f"AttributeError: {apply_error}")
print("# --8<-- [end:mix]")
