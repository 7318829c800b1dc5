"""Every built page is valid HTML by the Nu HTML Checker (vnu), the W3C validator's engine.

vnu.jar comes from the npm package vnu-jar pinned in package-lock.json (./scripts/test.sh
installs it with npm ci) and runs on the system Java. Warnings are allowed; errors are not.
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

# The one accepted error, and why. Material's base.html writes autocomplete="off" on its two
# hidden state checkboxes (the navigation drawer and the search overlay). The HTML standard
# allows autocomplete only on text-like inputs, so the checker is right by the letter of the
# spec, but the attribute is deliberate: it is the documented way to stop Firefox from
# restoring a checkbox's checked state when a page is reloaded or revisited (Mozilla bug
# 654072; MDN, "autocomplete" attribute), which would otherwise reopen the drawer or the
# search on its own. The inputs sit outside every template block of base.html, so no partial
# override can reach them. Only that message on exactly those two inputs is accepted.
ACCEPTED = (
    (
        "Attribute “autocomplete” is only allowed when the input type is",
        ('<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">',
         '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">'),
    ),
)


def _accepted(message: dict) -> bool:
    text, extract = message.get("message", ""), message.get("extract", "")
    return any(
        text.startswith(start) and any(markup in extract for markup in inputs)
        for start, inputs in ACCEPTED
    )


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

    errors = [m for m in messages if not _accepted(m)]
    root, lines = site.dir.resolve(), []
    for m in errors:
        path = Path(unquote(urlsplit(m.get("url", "")).path)).resolve()
        where = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
        line = m.get("lastLine") or m.get("firstLine") or "?"
        extract = " ".join(m.get("extract", "").split())
        lines.append(f"{where}:{line}: {m.get('type')}: {m.get('message')}\n    {extract}")
    if errors:
        pytest.fail(f"{len(errors)} HTML errors in {len(pages)} pages:\n" + "\n".join(lines), pytrace=False)
