# backends: torch
"""Together / Multi-device training, PyTorch tab: keras.distribution is not available on
PyTorch; a Keras model is a torch.nn.Module, so DistributedDataParallel wraps it. Runs a
gloo process group of one process on the CPU."""

import os
import tempfile

import numpy as np

rng = np.random.default_rng(0)
features = rng.normal(size=(256, 4)).astype("float32")
targets = features.sum(axis=1, keepdims=True)

import keras

try:
    keras.distribution.list_devices()
except AttributeError as error:
    print("# --8<-- [start:error]")
    print(f"AttributeError: {error}")
    print("# --8<-- [end:error]")
    distribution_error = error

store = os.path.join(tempfile.mkdtemp(), "store")  # a file, so no network port is used
rank, world_size = 0, 1  # one process here; torchrun sets these per GPU

# --8<-- [start:code]
import torch
import torch.distributed as dist
from torch.nn.parallel import DistributedDataParallel as DDP
from torch.utils.data import DataLoader, DistributedSampler, TensorDataset
import keras

# One process per device: "nccl" for GPUs, "gloo" on the CPU.
dist.init_process_group(
    "gloo", init_method=f"file://{store}", rank=rank, world_size=world_size
)

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        keras.layers.Dense(16, activation="relu"),
        keras.layers.Dense(1),
    ]
)
ddp_model = DDP(model)  # a Keras model on PyTorch is a torch.nn.Module
optimizer = torch.optim.Adam(ddp_model.parameters(), lr=0.01)  # a torch optimizer
loss_fn = torch.nn.MSELoss()

data = TensorDataset(torch.from_numpy(features), torch.from_numpy(targets))
sampler = DistributedSampler(data, seed=0)  # each process gets its own share
loader = DataLoader(data, batch_size=32, sampler=sampler)

for epoch in range(10):
    sampler.set_epoch(epoch)
    for x_batch, y_batch in loader:
        optimizer.zero_grad()
        loss = loss_fn(ddp_model(x_batch), y_batch)
        loss.backward()  # DDP averages the gradients across processes here
        optimizer.step()

dist.destroy_process_group()
# --8<-- [end:code]

assert "has no attribute 'list_devices'" in str(distribution_error)
assert isinstance(model, torch.nn.Module)
# The Keras model itself holds the trained weights: Keras code can use it as usual.
final = float(np.mean((keras.ops.convert_to_numpy(model.predict(features, verbose=0)) - targets) ** 2))
assert final < 0.1 * float(np.mean(targets**2)), final
