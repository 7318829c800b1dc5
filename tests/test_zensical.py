"""The same sources also build with Zensical, the successor of Material for MkDocs.

Material for MkDocs reaches end of life on 2027-05-05. Zensical reads mkdocs.yml as it is,
so this builds a temporary copy of the project with the pinned Zensical and checks that
nothing a reader can link to is lost: every page in the nav is built and listed in the
navigation, and every permanent id in tests/permanent_ids.txt is on its page.

Content does not depend on the builder: even the tested-with versions on the home page are
included from the pin file with pymdownx.snippets, which Zensical runs too, and the verified
date under each title comes from front matter through the template. What Zensical
(this version) does not run is MkDocs hooks, so this build has none of scripts/hooks.py's
production touches (description fallbacks, robots.txt, the bundle patches, valid toggles,
the off-site check) nor the social cards; moving to Zensical means porting those.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml

from conftest import (
    ROOT,
    built_path,
    copy_project,
    permanent_ids,
    pinned,
    pins_in_tested_with_section,
    pins_shown_in_tested_with,
    verified_date,
    verified_line,
)

# 0.0.74 and later require the package zensical-ui, of which PyPI as reached from here
# serves no files, so they cannot be installed; requirements-test.txt pins 0.0.73.
ZENSICAL = pinned("zensical")
ANSI = re.compile(r"\x1b\[[0-9;]*m")


class _TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml for its nav: !ENV and !!python/... tags become None."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def _nav_pages() -> list[tuple[str, str]]:
    """(nav title, source file) of every page in mkdocs.yml's nav, in order."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_TolerantLoader)
    pages = []

    def walk(items):
        for item in items:
            if isinstance(item, dict):
                for title, value in item.items():
                    if isinstance(value, list):
                        walk(value)
                    elif isinstance(value, str) and value.endswith(".md"):
                        pages.append((title, value))
            elif isinstance(item, str) and item.endswith(".md"):
                pages.append((None, item))

    walk(config["nav"])
    return pages


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory) -> Path:
    """The strict Zensical build of a copy of the project (it writes .cache/ and site/
    next to mkdocs.yml, so the repository itself is never touched)."""
    try:
        installed = version("zensical")
    except PackageNotFoundError:
        pytest.fail(f"Zensical is not installed: add zensical=={ZENSICAL} to requirements-test.txt")
    if installed != ZENSICAL:
        pytest.fail(f"Zensical {installed} is installed, this test pins {ZENSICAL}")
    project = copy_project(tmp_path_factory.mktemp("zensical") / "project")
    # Snippet base paths are relative to the working directory, as with MkDocs.
    result = subprocess.run(
        [sys.executable, "-m", "zensical", "build", "--strict", "--config-file", "mkdocs.yml"],
        cwd=project,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "NO_COLOR": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=600,
    )
    output = ANSI.sub("", result.stdout)
    if result.returncode != 0:
        pytest.fail(f"the strict Zensical {ZENSICAL} build failed:\n{output}")
    problems = [l for l in output.splitlines() if l.startswith(("Warning", "Error"))]
    assert not problems, f"the Zensical build reported problems:\n{output}"
    return project / "site"


def test_every_nav_page_is_built_and_in_the_navigation(zensical_site):
    pages = _nav_pages()
    assert len(pages) >= 12, f"only {len(pages)} pages found in the nav of mkdocs.yml"
    home = (zensical_site / "index.html").read_text(encoding="utf-8")
    base = "https://site/index.html"
    links = {
        (urljoin(base, href).removesuffix("index.html"), " ".join(label.split()))
        for href, label in re.findall(
            r'<a href="([^"]*)"[^>]*class="md-nav__link[^"]*"[^>]*>\s*'
            r'(?:<span[^>]*>)?\s*([^<]*?)\s*<', home
        )
    }
    problems = []
    for title, src in pages:
        built = zensical_site / built_path(src)
        if not built.is_file():
            problems.append(f"{src}: no {built.relative_to(zensical_site)} in the Zensical build")
            continue
        if "<article" not in built.read_text(encoding="utf-8"):
            problems.append(f"{src}: {built.relative_to(zensical_site)} has no article")
        url = urljoin(base, built_path(src)).removesuffix("index.html")
        if title and (url, title) not in links:
            problems.append(f"{src}: the navigation has no link {title!r} to {url}")
    assert not problems, "\n".join(problems)


def test_every_permanent_id_exists_under_zensical(zensical_site):
    missing = []
    for entry in sorted(permanent_ids()):
        page, ident = entry.split("#", 1)
        built = zensical_site / built_path(page)
        if not built.is_file():
            missing.append(f"{entry} (Zensical built no {built_path(page)})")
        elif not re.search(rf'\sid="{re.escape(ident)}"', built.read_text(encoding="utf-8")):
            missing.append(entry)
    assert not missing, (
        f"published ids that the Zensical {ZENSICAL} build does not have; links to them would "
        "break on moving to Zensical:\n  " + "\n  ".join(missing)
    )


def test_home_page_shows_the_pins_in_tested_with_section_under_zensical(zensical_site):
    html = (zensical_site / "index.html").read_text(encoding="utf-8")
    assert pins_shown_in_tested_with(html) == pins_in_tested_with_section(), "the tested-with block under Zensical"


def test_every_page_shows_its_verified_date_under_zensical(zensical_site):
    """The date comes from front matter through the template, so it needs no hook; the
    versions next to it do (config.extra.tested_with), and without the hook the line links
    to the tested-with section instead."""
    problems = []
    for _, src in _nav_pages():
        built = zensical_site / built_path(src)
        line = verified_line(built.read_text(encoding="utf-8")) if built.is_file() else ""
        day = verified_date(ROOT / "docs" / src)
        if not line.startswith(f"Verified against the newest releases on {day}."):
            problems.append(f"{src}: {line!r}")
    assert not problems, "pages without their verified line under Zensical:\n  " + "\n  ".join(problems)


def test_search_terms_of_dotted_names_under_zensical(zensical_site):
    """tvk_docs/search_terms.py is a Markdown extension, so Zensical runs it too: the FAQ,
    which names keras.utils.PyDataset, lists PyDataset in a hidden paragraph."""
    faq = (zensical_site / built_path("faq.md")).read_text(encoding="utf-8")
    assert re.search(r'<p class="tvk-search-terms" hidden>[^<]*\bPyDataset\b', faq)
