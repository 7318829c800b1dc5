# backends: tensorflow
"""Versions / Python, OS and accelerator support: read the Python range each installed
framework declares (its Requires-Python), and the CUDA libraries that TensorFlow's
`and-cuda` extra pins, from the package metadata pip installed. The printed lines are
what the page shows (saved in platform_support.out); the checks below are what the page
says about the tested versions. Reads metadata only, so it needs no backend; it is run
once."""

import sys

from packaging.specifiers import SpecifierSet
from packaging.version import Version

print("# --8<-- [start:requires-python]")
# --8<-- [start:requires-python]
from importlib.metadata import PackageNotFoundError, metadata

NAMES = [
    "tensorflow", "tensorflow-cpu", "keras", "tf-keras", "jax", "jaxlib", "torch",
]

found = {}
for name in NAMES:
    try:
        found[name] = metadata(name)
    except PackageNotFoundError:
        continue  # not installed here
    meta = found[name]
    version, python = meta["Version"], meta["Requires-Python"]
    print(f"{name:15} {version:12} Requires-Python {python}")
# --8<-- [end:requires-python]
print("# --8<-- [end:requires-python]")

print("# --8<-- [start:and-cuda]")
# --8<-- [start:and-cuda]
tf_meta = found.get("tensorflow") or found["tensorflow-cpu"]
for requirement in tf_meta.get_all("Requires-Dist"):
    if "cudnn" in requirement or "cuda-runtime" in requirement:
        print(requirement)
# --8<-- [end:and-cuda]
print("# --8<-- [end:and-cuda]")

# What the page says, checked against the tested pins.
python_range = {name: SpecifierSet(meta["Requires-Python"]) for name, meta in found.items()}
running = f"{sys.version_info.major}.{sys.version_info.minor}"

# Keras 3.13 and later need Python 3.11; TensorFlow 2.21 and tf-keras 2.21 need 3.10.
assert python_range["keras"] == SpecifierSet(">=3.11"), python_range["keras"]
assert Version(found["keras"]["Version"]) >= Version("3.13")
assert python_range["tf-keras"] == SpecifierSet(">=3.10"), python_range["tf-keras"]
assert python_range["tensorflow-cpu"] == SpecifierSet(">=3.10"), python_range["tensorflow-cpu"]

# TensorFlow 2.21 lists Python 3.10 to 3.13 in its classifiers: no 3.14 yet.
minors = sorted(
    int(c.rsplit(".", 1)[1])
    for c in tf_meta.get_all("Classifier")
    if c.startswith("Programming Language :: Python :: 3.")
)
assert minors == [10, 11, 12, 13], minors

# JAX before 0.11 needs Python 3.11 (0.11.0 raised it to 3.12); the tested JAX is older.
if Version(found["jax"]["Version"]) < Version("0.11"):
    assert python_range["jax"] == SpecifierSet(">=3.11"), python_range["jax"]

# The Python the tests run on satisfies every tested package.
for name, spec in python_range.items():
    assert spec.contains(running), (name, spec, running)

# tensorflow[and-cuda] pins CUDA 12 wheels (12.5 or newer) and cuDNN 9 (9.3 or newer).
cuda = [r for r in tf_meta.get_all("Requires-Dist") if 'extra == "and-cuda"' in r]
assert cuda and all("-cu12" in r for r in cuda), cuda
runtime = next(r for r in cuda if r.startswith("nvidia-cuda-runtime-cu12"))
cudnn = next(r for r in cuda if r.startswith("nvidia-cudnn-cu12"))
assert SpecifierSet(runtime.split(";")[0].split("cu12", 1)[1]) == SpecifierSet(
    ">=12.5.82,<13.0"
), runtime
assert SpecifierSet(cudnn.split(";")[0].split("cu12", 1)[1]) == SpecifierSet(
    ">=9.3.0.75,<10.0"
), cudnn
