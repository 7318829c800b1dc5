"""Every example in examples/ runs as its own program, under each Keras backend its first
line declares (`# backends: tensorflow jax torch`). The examples assert what their page
says they do, so a passing run is a checked claim."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from conftest import ROOT

EXAMPLES_DIR = ROOT / "examples"
EXAMPLES = sorted(EXAMPLES_DIR.rglob("*.py"))
BACKENDS = ("tensorflow", "jax", "torch")
HEADER = re.compile(r"# backends: ([a-z ]+)")


def declared_backends(path) -> list[str]:
    first = path.read_text(encoding="utf-8").splitlines()[0] if path.stat().st_size else ""
    m = HEADER.fullmatch(first.strip())
    return m.group(1).split() if m else []


def _name(path) -> str:
    return path.relative_to(EXAMPLES_DIR).as_posix()


@pytest.mark.parametrize("path", EXAMPLES, ids=_name)
def test_example_declares_its_backends(path):
    backends = declared_backends(path)
    assert backends, f"examples/{_name(path)}: first line must be '# backends: ...' (of {BACKENDS})"
    unknown = set(backends) - set(BACKENDS)
    assert not unknown, f"examples/{_name(path)}: unknown backends {sorted(unknown)}"


RUNS = [(path, backend) for path in EXAMPLES for backend in declared_backends(path)]


@pytest.mark.parametrize("path,backend", RUNS, ids=[f"{_name(p)}-{b}" for p, b in RUNS])
def test_example_runs(path, backend, tmp_path):
    env = {
        **os.environ,
        "KERAS_BACKEND": backend,
        "KERAS_HOME": str(tmp_path / "keras-home"),  # ignore the user's ~/.keras/keras.json
        "TF_CPP_MIN_LOG_LEVEL": "2",
        "PYTHONHASHSEED": "0",
        "CUDA_VISIBLE_DEVICES": "",
    }
    env.pop("TF_USE_LEGACY_KERAS", None)
    result = subprocess.run(
        [sys.executable, str(path)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, (
        f"examples/{_name(path)} failed with KERAS_BACKEND={backend} (exit {result.returncode})\n"
        f"--- stdout ---\n{result.stdout[-3000:]}\n--- stderr ---\n{result.stderr[-6000:]}"
    )
