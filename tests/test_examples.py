"""Every example in examples/ runs as its own program, under each Keras backend its first
line declares (`# backends: tensorflow jax torch`). The examples assert what their page
says they do, so a passing run is a checked claim.

Output a page shows (error messages, warnings, printed values) is never typed: it is the
saved standard output of the example's run, `examples/<page>/<name>.out`, which the page
includes (`--8<-- "page/name.out:section"`). The saved file is the run under the first
backend the example declares; every test run compares a fresh run with it, after
normalise(), and fails naming the file when they differ. To accept new output (a new
pin, a reworded message), run with UPDATE_OUTPUT=1 and review the diff; to start saving
an example's output, create its empty .out file first.
"""

from __future__ import annotations

import difflib
import os
import re
import subprocess
import sys
import sysconfig

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

# What varies from run to run and machine to machine, and what a page shows instead.
_SITE_PACKAGES = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
_VARIES = (
    (re.compile(r"\b0x[0-9a-fA-F]{6,}\b"), "0x7f…"),  # object addresses
    (re.compile(r"(/tmp|/var/folders)/[^\s'\")]+"), "/tmp/…"),  # temporary folders
    (re.compile(r"\b\d+(?:\.\d+)?(?:ms|s|us|µs)/step\b"), "…/step"),  # timings
)
_SCRIPT_DIR = re.compile(re.escape(str(EXAMPLES_DIR) + os.sep) + r"[\w-]+" + re.escape(os.sep))
_SECTION = re.compile(r"^# --8<-- \[(start|end):([\w-]+)\]$")


def normalise(text: str) -> str:
    """The run's standard output as a page shows it: site-packages paths, the example's
    own folder, object addresses, temporary folders and timings replaced by fixed
    stand-ins, trailing spaces dropped."""
    for prefix in sorted(_SITE_PACKAGES, key=len, reverse=True):
        text = text.replace(prefix + os.sep, "…/site-packages/")
    text = _SCRIPT_DIR.sub("", text)
    for pattern, stand_in in _VARIES:
        text = pattern.sub(stand_in, text)
    return "\n".join(line.rstrip() for line in text.splitlines()).strip("\n") + "\n"


def shown_sections(text: str) -> str:
    """The lines from `# --8<-- [start:name]` to `# --8<-- [end:name]`, markers included:
    the parts of a run's output that pages include. Other output is left out."""
    kept, inside = [], None
    for line in text.splitlines():
        m = _SECTION.match(line)
        if m and m.group(1) == "start":
            inside = m.group(2)
        if inside:
            kept.append(line)
        if m and m.group(1) == "end" and m.group(2) == inside:
            inside = None
    return "\n".join(kept) + "\n" if kept else ""


def saved_output(path):
    """examples/<page>/<name>.out, or None when the example's output is not shown."""
    out = path.with_suffix(".out")
    return out if out.is_file() else None


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
    out = saved_output(path)
    if out is None or backend != declared_backends(path)[0]:
        return
    fresh = shown_sections(normalise(result.stdout))
    assert fresh, (
        f"examples/{_name(path)} has a saved output ({out.name}) but printed no section of it "
        "('# --8<-- [start:name]' ... '# --8<-- [end:name]')"
    )
    if os.environ.get("UPDATE_OUTPUT") == "1":
        out.write_text(fresh, encoding="utf-8")
        return
    saved = out.read_text(encoding="utf-8")
    name = out.relative_to(ROOT).as_posix()
    assert fresh == saved, (
        f"{name}: the output of examples/{_name(path)} (KERAS_BACKEND={backend}) no longer "
        "matches what the page shows. If the change is expected, rerun with UPDATE_OUTPUT=1 "
        "and review the diff.\n"
        + "".join(difflib.unified_diff(saved.splitlines(True), fresh.splitlines(True), name, "fresh run"))
    )


def test_normalise_keeps_messages_and_replaces_what_varies():
    site = sorted(_SITE_PACKAGES)[0]
    raw = (
        f"{site}{os.sep}tensorflow/lite/python/interpreter.py:457: UserWarning: x  \n"
        "<function scale at 0x7f23a2abd580> 12ms/step /tmp/tmpab12_c/model.keras\n\n"
    )
    assert normalise(raw) == (
        "…/site-packages/tensorflow/lite/python/interpreter.py:457: UserWarning: x\n"
        "<function scale at 0x7f…> …/step /tmp/…\n"
    )


def test_only_sections_are_saved():
    run = "progress 1/3\n# --8<-- [start:error]\nValueError: x\n# --8<-- [end:error]\ndone\n"
    assert shown_sections(run) == "# --8<-- [start:error]\nValueError: x\n# --8<-- [end:error]\n"


def test_every_saved_output_belongs_to_an_example():
    orphans = [
        out.relative_to(ROOT).as_posix()
        for out in sorted(EXAMPLES_DIR.rglob("*.out"))
        if not out.with_suffix(".py").is_file()
    ]
    assert not orphans, f"saved outputs without an example of the same name: {orphans}"
