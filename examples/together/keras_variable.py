# backends: tensorflow jax torch
"""Together / Variables: keras.Variable wraps the backend's own variable or array, which
.value returns."""

# --8<-- [start:code]
import keras

v = keras.Variable([1.0, 2.0], name="v")
print(keras.config.backend(), type(v.value))
# tensorflow: tf.Variable (ResourceVariable)
# jax:        jax.Array
# torch:      torch.nn.Parameter
# --8<-- [end:code]

backend = keras.config.backend()
if backend == "tensorflow":
    import tensorflow as tf

    assert isinstance(v.value, tf.Variable) and not isinstance(v, tf.Variable)
elif backend == "jax":
    import jax

    assert isinstance(v.value, jax.Array) and not isinstance(v, jax.Array)
else:
    import torch

    assert isinstance(v.value, torch.nn.Parameter)
    assert not isinstance(v, torch.Tensor)
    # The page: on PyTorch a Keras model is a torch.nn.Module and its
    # parameters are the Parameters behind its keras.Variables.
    model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(2)])
    assert isinstance(model, torch.nn.Module)
    assert {id(p) for p in model.parameters()} == {id(w.value) for w in model.weights}
assert isinstance(v, keras.Variable)
