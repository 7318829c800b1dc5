"""The Markdown sources: permanent ids, tested code only, exact pins."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import (
    DOCS,
    REGISTRY,
    ROOT,
    built_path,
    permanent_ids,
    pins_in_tested_with_section,
    pins_shown_in_tested_with,
)

PAGES = sorted(p for p in DOCS.rglob("*.md") if "includes" not in p.relative_to(DOCS).parts)
FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})\s*([\w+-]*)")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")


def _lines_outside_code(path: Path):
    """(line number, line) of the Markdown body: front matter and fenced code left out."""
    fence = None
    lines = path.read_text(encoding="utf-8").splitlines()
    body_start = 0
    if lines and lines[0] == "---":
        body_start = lines.index("---", 1) + 1
    for number, line in enumerate(lines, 1):
        if number <= body_start:
            continue
        m = FENCE.match(line)
        if m and fence is None:
            fence = m.group(2)
        elif fence and line.strip().startswith(fence):
            fence = None
        elif fence is None:
            yield number, line


def _fences(path: Path):
    """(line number, language, body lines) of every fenced block."""
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if m:
            start, marker, lang = i, m.group(2), m.group(3).lower()
            i += 1
            body = []
            while i < len(lines) and not lines[i].strip().startswith(marker):
                body.append(lines[i])
                i += 1
            yield start + 1, lang, body
        i += 1


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_every_heading_has_an_explicit_unique_id(page):
    seen = {}
    for number, line in _lines_outside_code(page):
        m = HEADING.match(line)
        if not m:
            continue
        ident = re.search(r"\{\s*#([a-z0-9][a-z0-9-]*)\s*\}$", m.group(2))
        where = f"{page.relative_to(ROOT)}:{number}"
        assert ident, f"{where}: heading without an explicit id, e.g. '## Title {{#title}}'"
        assert ident.group(1) not in seen, f"{where}: id #{ident.group(1)} already used on line {seen[ident.group(1)]}"
        seen[ident.group(1)] = number


def _site_ids(site) -> set[str]:
    """page.md#id for every heading and content tab in the built site."""
    ids = set()
    for page in DOCS.rglob("*.md"):
        rel = page.relative_to(DOCS).as_posix()
        if rel.startswith("includes/"):
            continue
        built = site.dir / built_path(rel)
        html = built.read_text(encoding="utf-8")
        article = html[html.index('<article'):html.index('</article>')]
        for ident in re.findall(r'<h[1-6] id="([^"]+)"', article):
            ids.add(f"{rel}#{ident}")
        for ident in re.findall(r'<input[^>]* id="([^"]+)"[^>]*name="__tabbed_', article):
            ids.add(f"{rel}#{ident}")
    return ids


def test_every_permanent_id_still_exists(site):
    missing = sorted(permanent_ids() - _site_ids(site))
    assert not missing, (
        "these ids have been published and must keep working (restore them, or add a "
        "redirect if the page moved):\n  " + "\n  ".join(missing)
    )


def test_every_id_on_the_site_is_registered(site):
    new = sorted(_site_ids(site) - permanent_ids())
    assert not new, (
        f"new link targets: add them to {REGISTRY.relative_to(ROOT)} so they stay permanent:\n  "
        + "\n  ".join(new)
    )


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_python_blocks_are_included_from_examples(page):
    for number, lang, body in _fences(page):
        if lang not in ("python", "py", "python3", "pycon"):
            continue
        where = f"{page.relative_to(ROOT)}:{number}"
        code = [l.strip() for l in body if l.strip()]
        assert code and all(l.startswith("--8<--") for l in code), (
            f"{where}: Python code must be included from a tested file in examples/ "
            '(--8<-- "page/section.py:part"), not written inline'
        )
        for line in code:
            target = line.split('"')[1].split(":")[0]
            assert (ROOT / "examples" / target).is_file(), f"{where}: examples/{target} does not exist"


def test_every_example_is_used_by_a_page():
    included = set()
    for page in PAGES:
        included |= {
            m.split(":")[0] for m in re.findall(r'--8<--\s+"([^"]+)"', page.read_text(encoding="utf-8"))
        }
    unused = [
        p.relative_to(ROOT).as_posix()
        for p in sorted((ROOT / "examples").rglob("*.py"))
        if p.relative_to(ROOT / "examples").as_posix() not in included
    ]
    assert not unused, f"example files no page includes: {unused}"


@pytest.mark.parametrize("name", ["requirements.txt", "requirements-test.txt"])
def test_requirements_are_exact_pins(name):
    for number, line in enumerate((ROOT / name).read_text().splitlines(), 1):
        line = line.split("#")[0].strip()
        if line:
            assert re.fullmatch(r"[A-Za-z0-9_.\-]+(\[[\w,]+\])?==[\w.+-]+", line), (
                f"{name}:{number}: '{line}' is not an exact pin (name==version)"
            )


TAB_LABEL = re.compile(r'^=== "([^"]+)"', re.M)
# Site-wide labels: choosing "TensorFlow" in one set switches every set on every page.
# Migration pages compare versions, with labels of their own.
TAB_SETS = [
    ("Keras", "TensorFlow"),
    ("TensorFlow", "JAX", "PyTorch"),
    ("Keras 2", "Keras 3"),
    ("TensorFlow 1", "TensorFlow 2"),
]


def _tab_sets(page: Path) -> list[tuple[str, ...]]:
    """The labels of each tab set on a page, in order."""
    sets, current, previous_end = [], [], None
    lines = page.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        m = TAB_LABEL.match(line)
        if m:
            # A label continues the current set unless a non-indented line came between.
            between = lines[previous_end + 1 : number] if previous_end is not None else []
            if current and any(l.strip() and not l.startswith("    ") for l in between):
                sets.append(tuple(current))
                current = []
            current.append(m.group(1))
            previous_end = number
        elif previous_end is not None and line.strip() and not line.startswith("    "):
            if current:
                sets.append(tuple(current))
            current, previous_end = [], None
    if current:
        sets.append(tuple(current))
    return sets


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_tab_labels_are_the_site_wide_ones(page):
    for labels in _tab_sets(page):
        assert labels in TAB_SETS, (
            f"{page.relative_to(ROOT)}: tab set {labels}; use exactly one of {TAB_SETS} so that "
            "choosing a tab switches every set on the site"
        )


def test_comparison_pages_have_at_least_eight_tab_sets():
    count = sum(len(_tab_sets(DOCS / name)) for name in ("differences.md", "together.md"))
    assert count >= 8, f"{count} tab sets in differences.md and together.md"


def test_home_page_shows_the_pinned_versions(site):
    """The tested-with block is included from requirements-test.txt, not typed by hand."""
    html = site.html("index.html")
    assert pins_shown_in_tested_with(html) == pins_in_tested_with_section(), "the home page's tested-with block"
    assert "--8&lt;--" not in html


SHOWN_LINE_LIMIT = 84  # what a code block shows on a laptop screen without scrolling


@pytest.mark.parametrize(
    "example", sorted((ROOT / "examples").rglob("*.py")), ids=lambda p: p.name
)
def test_shown_example_lines_fit_the_code_block(example):
    shown = False
    for number, line in enumerate(example.read_text(encoding="utf-8").splitlines(), 1):
        if "--8<-- [start:" in line:
            shown = True
        elif "--8<-- [end:" in line:
            shown = False
        elif shown:
            assert len(line) <= SHOWN_LINE_LIMIT, (
                f"{example.relative_to(ROOT)}:{number}: {len(line)} characters; readers see "
                f"{SHOWN_LINE_LIMIT} without scrolling"
            )


def test_at_a_glance_table_has_fifteen_rows(site):
    html = site.html("differences/index.html")
    section = html[html.index('id="at-a-glance"') :]
    table = section[section.index("<tbody>") : section.index("</tbody>")]
    rows = table.count("<tr>")
    assert rows >= 15, f"the at-a-glance comparison has {rows} rows"


@pytest.mark.parametrize(
    "page,level,minimum",
    [("faq.md", "###", 40), ("troubleshooting.md", "##", 15), ("glossary.md", "##", 30)],
)
def test_reference_pages_keep_their_size(page, level, minimum):
    headings = [
        line
        for _, line in _lines_outside_code(DOCS / page)
        if line.startswith(level + " ") and "{#" in line
    ]
    assert len(headings) >= minimum, f"{page}: {len(headings)} entries, at least {minimum} expected"


SEPARATOR_ROW = re.compile(r"^\|(\s*:?-{3,}:?\s*\|)+\s*$")


@pytest.mark.parametrize("page", ["versions.md", "history.md"])
def test_every_table_row_cites_a_source(page):
    uncited, in_body = [], False
    for number, line in _lines_outside_code(DOCS / page):
        if not line.startswith("|"):
            in_body = False
        elif SEPARATOR_ROW.match(line):
            in_body = True  # rows after the header's separator are data rows
        elif in_body and not re.search(r"\]\[|\]\(", line):
            uncited.append(f"{page}:{number}")
    assert not uncited, f"table rows without a source link: {uncited}"
