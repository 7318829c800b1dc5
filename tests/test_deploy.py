"""The publishing workflow: valid for GitHub Actions, and it runs what the README says."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_matches_the_github_actions_schema(workflow):
    checker = Path(sys.executable).with_name("check-jsonschema")
    result = subprocess.run(
        [str(checker), "--builtin-schema", "vendor.github-workflows", str(workflow)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, f"{workflow.relative_to(ROOT)}:\n{result.stdout}{result.stderr}"


def test_publish_workflow_tests_then_builds_strictly_then_deploys():
    text = (ROOT / ".github" / "workflows" / "publish.yml").read_text(encoding="utf-8")
    for step in ("./scripts/test.sh", "./scripts/build.sh", "actions/upload-pages-artifact",
                 "actions/deploy-pages", "SITE_URL"):
        assert step in text, f"publish.yml does not use {step}"
    assert text.index("./scripts/test.sh") < text.index("./scripts/build.sh")
