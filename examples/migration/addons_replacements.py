# backends: tensorflow jax torch
"""Migration / Retired and moved packages: the Keras 3 built-ins that replace common
TensorFlow Addons (tfa) classes and functions, built and checked on every backend."""

import numpy as np

# --8<-- [start:code]
import keras

optimizer = keras.optimizers.AdamW(learning_rate=1e-3, weight_decay=1e-4)
lamb = keras.optimizers.Lamb(learning_rate=1e-3)
averaged = keras.optimizers.SGD(0.1, use_ema=True)  # tfa MovingAverage
group_norm = keras.layers.GroupNormalization(groups=2)
instance_norm = keras.layers.GroupNormalization(groups=-1)  # InstanceNormalization
spectral = keras.layers.SpectralNormalization(keras.layers.Dense(4))
focal = keras.losses.BinaryFocalCrossentropy(
    apply_class_balancing=True, alpha=0.25, gamma=2.0
)  # tfa SigmoidFocalCrossEntropy
f1 = keras.metrics.F1Score(average="macro", threshold=0.5)
r2 = keras.metrics.R2Score()  # tfa RSquare
rotate = keras.layers.RandomRotation(factor=(0.25, 0.25))  # always a quarter turn
gelu = keras.activations.gelu(keras.ops.ones((2,)), approximate=True)  # as tfa
mish = keras.activations.mish(keras.ops.ones((2,)))
sparsemax = keras.activations.sparsemax(keras.ops.array([[-1.0, 0.0, 1.0]]))
# --8<-- [end:code]


def numpy(t):
    return keras.ops.convert_to_numpy(t)


# GELU with tfa's default, the tanh approximation.
v = 1.0
tanh_gelu = 0.5 * v * (1 + np.tanh(np.sqrt(2 / np.pi) * (v + 0.044715 * v**3)))
np.testing.assert_allclose(numpy(gelu), [tanh_gelu] * 2, rtol=1e-6)
np.testing.assert_allclose(numpy(mish), [np.tanh(np.log1p(np.e))] * 2, rtol=1e-6)
np.testing.assert_allclose(numpy(sparsemax), [[0.0, 0.0, 1.0]], atol=1e-6)


def reference_sparsemax(z):
    """Martins & Astudillo (2016): tau from the k largest entries of the support."""
    z_sorted = np.sort(z)[::-1]
    k = np.arange(1, len(z) + 1)
    support = 1 + k * z_sorted > np.cumsum(z_sorted)
    k_z = k[support][-1]
    tau = (np.cumsum(z_sorted)[k_z - 1] - 1) / k_z
    return np.maximum(z - tau, 0)


# The page: with more than one non-zero output, Keras 3.15.1's sparsemax is wrong (the
# fix, keras-team/keras#23469, was not in a release). When this fails, the fix shipped:
# update the page.
z = np.array([0.5, 0.6, 0.1], dtype="float32")
np.testing.assert_allclose(reference_sparsemax(z), [13 / 30, 16 / 30, 1 / 30], atol=1e-6)
keras_z = numpy(keras.activations.sparsemax(z[None, :]))[0]
assert not np.allclose(keras_z, reference_sparsemax(z), atol=1e-4), keras_z

# Focal loss: tfa's formula (alpha weighting always on, reduction NONE), for one output.
y_true = np.array([[1.0], [1.0], [0.0]], dtype="float32")
y_pred = np.array([[0.97], [0.91], [0.03]], dtype="float32")
ce = -(y_true * np.log(y_pred) + (1 - y_true) * np.log(1 - y_pred))
p_t = y_true * y_pred + (1 - y_true) * (1 - y_pred)
tfa_loss = ((y_true * 0.25 + (1 - y_true) * 0.75) * (1 - p_t) ** 2 * ce).sum(axis=-1)
per_sample = keras.losses.BinaryFocalCrossentropy(
    apply_class_balancing=True, alpha=0.25, gamma=2.0, reduction=None
)(y_true, y_pred)
np.testing.assert_allclose(numpy(per_sample), tfa_loss, rtol=1e-4)

# F1: two classes, perfect on one, half right on the other.
f1.update_state(
    np.array([[1, 0], [0, 1], [0, 1]], dtype="float32"),
    np.array([[0.9, 0.1], [0.2, 0.8], [0.6, 0.4]], dtype="float32"),
)
precision0, recall0 = 1 / 2, 1.0
precision1, recall1 = 1.0, 1 / 2
f1_0 = 2 * precision0 * recall0 / (precision0 + recall0)
f1_1 = 2 * precision1 * recall1 / (precision1 + recall1)
np.testing.assert_allclose(float(numpy(f1.result())), (f1_0 + f1_1) / 2, rtol=1e-5)

# A fixed quarter turn, like tfa.image.rotate(images, np.pi / 2).
img = np.arange(9, dtype="float32").reshape(1, 3, 3, 1)
turned = numpy(rotate(img, training=True))[0, :, :, 0]
assert np.allclose(turned, np.rot90(img[0, :, :, 0])) or np.allclose(
    turned, np.rot90(img[0, :, :, 0], -1)
), turned

# The layers, optimizers and metrics build (and the layers run). Kept small: on JAX,
# every eager op compiles once (about 60 ms each on a loaded CPU).
x = np.random.default_rng(0).normal(size=(1, 2, 2, 4)).astype("float32")
assert numpy(group_norm(x)).shape == x.shape
assert numpy(instance_norm(x)).shape == x.shape
spectral.build((None, 3))
r2.update_state(np.array([[1.0], [2.0], [3.0]]), np.array([[1.0], [2.0], [3.0]]))
np.testing.assert_allclose(float(numpy(r2.result())), 1.0)
assert optimizer.weight_decay == 1e-4 and averaged.use_ema
assert isinstance(lamb, keras.optimizers.Optimizer)

# No Keras 3 equivalent: the page says to keep these on tf_keras or write them yourself.
for missing in ("WeightNormalization",):
    assert not hasattr(keras.layers, missing), missing
for missing in ("CohenKappa",):
    assert not hasattr(keras.metrics, missing), missing
# What the section says tf.estimator and keras.wrappers are, on Keras 3.15.1.
assert hasattr(keras.wrappers, "SKLearnClassifier")
assert hasattr(keras.wrappers, "SKLearnRegressor")
if keras.config.backend() == "tensorflow":  # the table's tf.estimator row
    import tensorflow as tf

    assert not hasattr(tf, "estimator"), "tf.estimator is back"
