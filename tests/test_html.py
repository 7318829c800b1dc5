"""Every built page is valid HTML by the Nu HTML Checker (vnu), the W3C validator's engine.

vnu.jar comes from the npm package vnu-jar pinned in package-lock.json (./scripts/test.sh
installs it with npm ci) and runs on the system Java. Warnings are allowed; errors are not,
and none is excepted: where Material's markup is invalid, the build fixes it
(overrides/main.html, scripts/hooks.py).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from conftest import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

def test_every_page_is_valid_html(site):
    java = shutil.which("java")
    if not java:
        pytest.fail("java is not installed: the Nu HTML Checker (vnu.jar) needs Java 17 or newer")
    if not VNU.is_file():
        pytest.fail(f"{VNU.relative_to(ROOT)} is missing: run ./scripts/test.sh, or npm ci")
    pages = site.pages()
    assert len(pages) > 10, f"only {len(pages)} HTML files in the build"

    result = subprocess.run(
        [java, "-jar", str(VNU), "--format", "json", "--errors-only", "--stdout",
         *map(str, pages)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        timeout=600,
    )
    try:
        messages = json.loads(result.stdout)["messages"]
    except (ValueError, KeyError):
        pytest.fail(
            f"vnu exited with {result.returncode} and no JSON report:\n"
            f"{result.stdout[-2000:]}\n{result.stderr[-2000:]}"
        )

    errors = messages
    root, lines = site.dir.resolve(), []
    for m in errors:
        path = Path(unquote(urlsplit(m.get("url", "")).path)).resolve()
        where = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
        line = m.get("lastLine") or m.get("firstLine") or "?"
        extract = " ".join(m.get("extract", "").split())
        lines.append(f"{where}:{line}: {m.get('type')}: {m.get('message')}\n    {extract}")
    if errors:
        pytest.fail(f"{len(errors)} HTML errors in {len(pages)} pages:\n" + "\n".join(lines), pytrace=False)
