"""The Markdown sources: permanent ids, tested code only, exact pins."""

from __future__ import annotations

import functools
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest

from conftest import (
    DOCS,
    QUESTIONS,
    REGISTRY,
    ROOT,
    built_path,
    permanent_ids,
    pinned,
    pins_in_tested_with_section,
    pins_shown_in_tested_with,
    reader_questions,
    section_pins,
    verified_date,
    verified_line,
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
        # Table rows readers link to, marked in their first cell: | **3.13**{#keras-3-13} |
        for ident in re.findall(r'<td><strong id="([^"]+)"', article):
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


REF_DEFINITION = re.compile(r"^\[([^\]]+)\]:\s*\S+")
REF_USE = re.compile(r"\]\[([^\]]+)\]")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_reference_links_are_defined_and_used(page):
    """[text][name] needs a `[name]: url` line, or Markdown prints the brackets as text and
    the build does not notice; a definition nothing uses is a source that backs nothing."""
    lines = [line for _, line in _lines_outside_code(page)]
    defined = {m.group(1).lower() for l in lines if (m := REF_DEFINITION.match(l))}
    used = {name.lower() for l in lines if not REF_DEFINITION.match(l) for name in REF_USE.findall(l)}
    where = page.relative_to(ROOT)
    assert not used - defined, f"{where}: reference links without a definition: {sorted(used - defined)}"
    assert not defined - used, f"{where}: link definitions nothing uses: {sorted(defined - used)}"


OUTPUT_LANGS = ("text", "pytb", "pycon", "output")
QUOTED = re.compile(r'title="Quoted from [^"]+"')


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_shown_output_comes_from_saved_runs(page):
    """Errors, warnings and printed output are included from a saved run (an example's .out
    file, or the pin file for the tested-with block), never typed. The one exception is text
    that no example here can produce (a pip message, a GPU-only error): its block is titled
    "Quoted from …" and the page links the source. Console blocks hold commands ($ …) only;
    what a command prints comes from a saved run too."""
    lines = page.read_text(encoding="utf-8").splitlines()
    for number, lang, body in _fences(page):
        where = f"{page.relative_to(ROOT)}:{number}"
        fence_line = lines[number - 1]
        text = [l.strip() for l in body if l.strip()]
        if lang in OUTPUT_LANGS:
            if QUOTED.search(fence_line):
                continue
            assert text and all(l.startswith("--8<--") for l in text), (
                f"{where}: output typed by hand. Include it from the example's saved run "
                '(--8<-- "page/name.out:section"), or title the block "Quoted from …" and link '
                "its source when no example can produce it"
            )
            for line in text:
                target = line.split('"')[1].split(":")[0]
                assert target.endswith(".out") or target == "requirements-test.txt", (
                    f"{where}: {target} is not a saved run (examples/<page>/<name>.out)"
                )
        elif lang == "console":
            typed = [l for l in text if not (l.startswith("$ ") or l.startswith("--8<--"))]
            assert not typed, (
                f"{where}: console output typed by hand ({typed[0]!r}); show the commands here "
                "and include what they print from a saved run"
            )


def _included_files() -> set[str]:
    """Every file under examples/ that a page includes (--8<-- "page/file.ext:section")."""
    included = set()
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        included |= {m.split(":")[0] for m in re.findall(r'--8<--\s+"([^"]+)"', text)}
    return included


def _unused(suffix: str, shown_as: tuple[str, ...]) -> list[str]:
    """examples/**/*{suffix} files of which no page includes the file itself with any of
    the suffixes in `shown_as` (the example's code, or its saved output)."""
    included, examples = _included_files(), ROOT / "examples"
    return [
        p.relative_to(examples).as_posix()
        for p in sorted(examples.rglob(f"*{suffix}"))
        if not {p.with_suffix(s).relative_to(examples).as_posix() for s in shown_as} & included
    ]


def test_every_saved_output_is_shown():
    unused = _unused(".out", (".out",))
    assert not unused, f"saved outputs no page includes (examples/): {unused}"


def test_every_example_is_used_by_a_page():
    """A page shows each example's code, or what it printed (its .out file), or both."""
    unused = _unused(".py", (".py", ".out"))
    assert not unused, f"example files no page includes (examples/): {unused}"


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


# ------------------------------------------------------------------ verified dates

def _git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout


@functools.cache
def pins_last_changed_on() -> str:
    """The day the tested-with pins of requirements-test.txt last changed: the date of the
    newest commit that changed that section, or today if the working tree changes it."""
    if not (ROOT / ".git").exists():
        pytest.fail("the verified-date check reads the pin file's history: run it in a git clone")
    if _git("rev-parse", "--is-shallow-repository").strip() == "true":
        pytest.fail(
            "this clone is shallow, so the day the tested pins changed is unknown: "
            "run `git fetch --unshallow` (CI: actions/checkout with fetch-depth: 0)"
        )
    current = section_pins((ROOT / "requirements-test.txt").read_text(encoding="utf-8"))
    if current != section_pins(_git("show", "HEAD:requirements-test.txt")):
        return date.today().isoformat()
    for line in _git("log", "--format=%H %P %cs", "--", "requirements-test.txt").splitlines():
        commit, *parents, day = line.split()
        before = _git("show", f"{parents[0]}:requirements-test.txt") if parents else ""
        if section_pins(_git("show", f"{commit}:requirements-test.txt")) != section_pins(before):
            return day
    pytest.fail("requirements-test.txt: no commit adds its tested-with section")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_every_page_says_when_it_was_verified(page):
    day = verified_date(page)
    where = page.relative_to(ROOT)
    assert day, (
        f"{where}: no `verified: YYYY-MM-DD` in the front matter: the day its claims were last "
        "checked against the newest releases (shown under the title)"
    )
    assert day <= date.today().isoformat(), f"{where}: verified {day} is in the future"
    changed = pins_last_changed_on()
    assert day >= changed, (
        f"{where}: verified {day}, but the tested-with pins in requirements-test.txt changed on "
        f"{changed}. Check the page against the new versions, then update `verified:`"
    )


def test_every_page_shows_its_date_and_tested_versions(site):
    versions = [f"{name} {pinned(package)}" for package, name in (
        ("tensorflow-cpu", "TensorFlow"), ("keras", "Keras"), ("jax", "JAX"), ("torch", "PyTorch")
    )]
    for page in PAGES:
        rel = page.relative_to(DOCS).as_posix()
        html = site.html(built_path(rel))
        line = verified_line(html)
        where = f"{rel} (built)"
        assert line.startswith(f"Verified against the newest releases on {verified_date(page)}."), (
            f"{where}: under the title: {line!r}"
        )
        assert all(v in line for v in versions), f"{where}: {line!r} lacks one of {versions}"
        article = html[html.index("<article"):html.index("</article>")]
        assert article.count("</h1>") == 1, f"{where}: {article.count('</h1>')} h1 headings; the title is the only one"
        assert article.index('class="tvk-verified"') > article.index("</h1>"), f"{where}: the line is not under the title"


# The question bank (tests/reader_questions.yml): real questions, each with the section that
# answers it. test_browser checks that its search words find that section.
BANK_MINIMUM = 150
WHOLE_QUESTIONS_MINIMUM = 30  # searches typed as a whole question, five words or more
SOURCE = re.compile(r"https://[\w.-]+\.[a-z]{2,}/\S+$")


def test_question_bank_entries_are_complete_and_answered():
    bank = reader_questions()
    registered = permanent_ids()
    problems, seen = [], {}
    for n, e in enumerate(bank, 1):
        where = f"{QUESTIONS.name} entry {n} ({e.theme}: {e.q[:50]!r})"
        if len(e.q) < 10:
            problems.append(f"{where}: no question in the reader's words")
        if not SOURCE.match(e.source):
            problems.append(f"{where}: source {e.source!r} is not a URL")
        if not e.search.strip():
            problems.append(f"{where}: no search words")
        elif e.search.lower() in seen:
            problems.append(f"{where}: search {e.search!r} repeats entry {seen[e.search.lower()]}")
        seen.setdefault(e.search.lower(), n)
        if not e.answers:
            problems.append(f"{where}: no answer: write the section, then name it here")
        for answer in e.answers:
            if "#" not in answer and (DOCS / answer).is_file():
                continue  # a whole page: its title section
            if answer not in registered:
                problems.append(
                    f"{where}: answer {answer!r} is not a registered id in {REGISTRY.name}"
                )
    assert not problems, "\n".join(problems)


def test_question_bank_is_large_and_varied():
    bank = reader_questions()
    themes = {e.theme for e in bank}
    whole = [e for e in bank if len(e.search.split()) >= 5]
    assert len(bank) >= BANK_MINIMUM, f"{QUESTIONS.name}: {len(bank)} entries, want {BANK_MINIMUM}"
    assert len(themes) >= 8, f"{QUESTIONS.name}: only {len(themes)} themes"
    assert len(whole) >= WHOLE_QUESTIONS_MINIMUM, (
        f"{QUESTIONS.name}: {len(whole)} searches typed as whole questions, "
        f"want {WHOLE_QUESTIONS_MINIMUM}"
    )
    assert len({e.source for e in bank}) >= BANK_MINIMUM * 0.8, "too many entries share a source"


# Qualified names are found by their full name and by each trailing part
# (tvk_docs/search_terms.py); the bank searches both forms of these.
BOTH_FORMS = [
    ("keras.utils.PyDataset", "PyDataset"),
    ("tf.distribute.MirroredStrategy", "MirroredStrategy"),
    ("keras.utils.set_random_seed", "set_random_seed"),
]


@pytest.mark.parametrize("full,short", BOTH_FORMS, ids=[s for _, s in BOTH_FORMS])
def test_question_bank_searches_qualified_names_both_ways(full, short):
    searches = {e.search for e in reader_questions()}
    missing = [s for s in (full, short) if s not in searches]
    assert not missing, f"{QUESTIONS.name}: no entry searches {missing}"
