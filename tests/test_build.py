"""The strict build: it passes clean, and each kind of bad input fails it by name."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest

from conftest import ROOT, copy_project, mkdocs_build


def test_strict_build_has_no_warnings(site):
    problems = [l for l in site.output.splitlines() if l.startswith(("WARNING", "ERROR"))]
    assert problems == [], "\n".join(problems)


# ------------------------------------------------------------------ fault injection
# Each fault is made in a temporary copy of the project. The build must fail, and its
# output must name the file at fault (and the bad target), so the author knows where to look.


def _append(path: str, text: str):
    def fault(project: Path):
        with open(project / path, "a", encoding="utf-8") as f:
            f.write("\n\n" + text + "\n")

    return fault


def _new_page(project: Path):
    (project / "docs" / "orphan.md").write_text("# Orphan {#orphan}\n\nNot in the nav.\n")


def _material_upgrade(project: Path):
    """As if a new Material renamed what a bundle patch looks for."""
    hooks = project / "scripts" / "hooks.py"
    hooks.write_text(hooks.read_text().replace('class:"md-code__nav"', 'class:"md-code__bar"'))


FAULTS = {
    "broken page link": (
        _append("docs/keras.md", "See [a page that is not there](no-such-page.md)."),
        ["keras.md", "no-such-page.md"],
    ),
    "broken anchor": (
        _append("docs/keras.md", "See [a missing section](tensorflow.md#no-such-section)."),
        ["keras.md", "no-such-section"],
    ),
    "missing snippet": (
        _append("docs/together.md", '```python\n--8<-- "no_such_example.py"\n```'),
        ["together.md", "no_such_example.py"],
    ),
    "page left out of the nav": (_new_page, ["orphan.md"]),
    "tested-with version not pinned": (
        lambda project: (project / "requirements-test.txt").write_text(
            (ROOT / "requirements-test.txt").read_text().replace("\nkeras==", "\n# keras==")
        ),
        ["requirements-test.txt", "keras"],
    ),
    "tested-with section missing from the pin file": (
        lambda project: (project / "requirements-test.txt").write_text(
            (ROOT / "requirements-test.txt").read_text().replace("[start:tested-with]", "")
        ),
        ["requirements-test.txt", "tested-with"],
    ),
    "bundle patch no longer applies": (
        _material_upgrade,
        ["scripts/hooks.py", "copy button without a nav landmark"],
    ),
    "Material markup no longer matched": (
        lambda project: (project / "scripts" / "hooks.py").write_text(
            (ROOT / "scripts" / "hooks.py").read_text().replace('id="__drawer"\'', 'id="__menu"\'')
        ),
        ["docs/index.md", "STATE_TOGGLES", "__menu"],
    ),
    "page without a verified date": (
        lambda project: (project / "docs" / "glossary.md").write_text(
            (ROOT / "docs" / "glossary.md").read_text().replace("\nverified: ", "\nchecked: ", 1)
        ),
        ["docs/glossary.md", "verified"],
    ),
    "off-site script": (
        _append("docs/differences.md", '<script src="https://cdn.example.com/lib.js"></script>'),
        ["docs/differences.md", "https://cdn.example.com/lib.js"],
    ),
    "off-site stylesheet": (
        _append("docs/index.md", '<link rel="stylesheet" href="//fonts.example.com/css">'),
        ["docs/index.md", "//fonts.example.com/css"],
    ),
    "off-site import in CSS": (
        _append("docs/assets/stylesheets/site.css", '@import url("https://fonts.example.com/x.css");'),
        ["assets/stylesheets/site.css", "https://fonts.example.com/x.css"],
    ),
}


@pytest.mark.parametrize("fault", FAULTS, ids=list(FAULTS))
def test_bad_input_fails_the_build_and_names_the_file(fault, tmp_path):
    make_fault, names = FAULTS[fault]
    project = copy_project(tmp_path / "project")
    make_fault(project)
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0, f"the build passed despite a {fault}:\n{result.stdout}"
    for name in names:
        assert name in result.stdout, f"the failure does not name {name!r}:\n{result.stdout}"


def test_fault_copy_builds_clean_without_a_fault(tmp_path):
    """Guards the fault tests: the copied project itself must build."""
    result = mkdocs_build(copy_project(tmp_path / "project"), tmp_path / "site")
    assert result.returncode == 0, result.stdout


# ------------------------------------------------------------------ the built site


def test_every_page_has_link_preview_metadata(site):
    for page in site.pages():
        rel = page.relative_to(site.dir).as_posix()
        html = page.read_text(encoding="utf-8")
        for tag in ("og:title", "og:description", "og:type", "twitter:card"):
            assert f'property="{tag}"' in html or f'name="{tag}"' in html, f"{rel}: no {tag}"
        assert re.search(r'<meta name="description" content="[^"]{40,}"', html), f"{rel}: no description"
        if rel != "404.html":
            url = site.url + rel.removesuffix("index.html")
            assert f'<link rel="canonical" href="{url}">' in html, f"{rel}: canonical is not {url}"
            assert f'<meta property="og:url" content="{url}">' in html, f"{rel}: og:url is not {url}"


def test_description_falls_back_to_first_paragraph(tmp_path):
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "tensorflow.md"
    text = page.read_text(encoding="utf-8")
    # Drop the description from the front matter (the block scalar and its indented lines).
    page.write_text(re.sub(r"\ndescription: >-\n(?:  .*\n)+", "\n", text), encoding="utf-8")
    assert "description:" not in page.read_text(encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stdout
    html = (tmp_path / "site" / "tensorflow" / "index.html").read_text(encoding="utf-8")
    description = re.search(r'<meta name="description" content="([^"]*)"', html).group(1)
    assert description.startswith("TensorFlow is Google")
    assert len(description) <= 160


def test_sitemap_lists_every_page_and_robots_points_to_it(site):
    tree = ElementTree.parse(site.dir / "sitemap.xml")
    locs = {e.text for e in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    pages = {
        site.url + p.relative_to(site.dir).as_posix().removesuffix("index.html")
        for p in site.pages()
        if p.name != "404.html"
    }
    assert locs == pages
    robots = (site.dir / "robots.txt").read_text()
    assert f"Sitemap: {site.url}sitemap.xml" in robots


def test_not_found_page_offers_search(site):
    html = site.html("404.html")
    assert 'role="search"' in html and 'name="q"' in html
    for page in ("tensorflow/", "keras/", "differences/", "together/"):
        assert f'href="/{page}"' in html, f"404 page does not link {page}"


def test_no_component_calls_the_github_api(site):
    # Material fetches repository stats for this marker; overrides/partials/source.html drops it.
    for page in site.pages():
        assert 'data-md-component="source"' not in page.read_text(encoding="utf-8"), page


def test_material_cdn_scripts_are_blanked(site):
    for js in (site.dir / "assets").rglob("*.js"):
        text = js.read_text(encoding="utf-8", errors="replace")
        assert "unpkg.com" not in text and "jsdelivr" not in text, js


def test_patched_bundle_has_a_fingerprint_of_its_own(site):
    """The server caches bundle.<hash>.min.js for a year as immutable, so the hook's patched
    bundle must be named after its own content, and every page must point to that name."""
    bundles = list((site.dir / "assets" / "javascripts").glob("bundle.*.min.js"))
    assert len(bundles) == 1, bundles
    digest = hashlib.sha256(bundles[0].read_bytes()).hexdigest()[:8]
    assert bundles[0].name == f"bundle.{digest}.min.js"
    for page in site.dir.rglob("*.html"):
        names = re.findall(r"bundle\.[0-9a-f]{8}\.min\.js", page.read_text(encoding="utf-8"))
        assert names == [bundles[0].name], f"{page.relative_to(site.dir)}: {names}"


# ------------------------------------------------------------------ search terms
# The search keeps dotted names whole; tvk_docs/search_terms.py ends each section with the
# trailing parts of its qualified names, hidden, so `PyDataset` finds `keras.utils.PyDataset`.

from tvk_docs.search_terms import add_search_terms, terms_for, trailing_parts  # noqa: E402


def test_trailing_parts_of_a_qualified_name():
    assert trailing_parts("tf.distribute.MirroredStrategy") == [
        "distribute.MirroredStrategy",
        "MirroredStrategy",
    ]


def test_search_terms_come_from_text_and_highlighted_code():
    highlighted = (
        '<pre><code><span class="n">keras</span><span class="o">.</span>'
        '<span class="n">utils</span><span class="o">.</span><span class="n">PyDataset</span>'
        "</code></pre>"
    )
    assert terms_for(highlighted) == ["utils.PyDataset", "PyDataset"]
    prose = "<p>Use <code>tf.distribute.MirroredStrategy</code>, as MirroredStrategy says.</p>"
    assert terms_for(prose) == ["distribute.MirroredStrategy"]  # the word is already there
    files = "<p>Save <code>model.keras</code> or <code>model.weights.h5</code>, e.g. now.</p>"
    assert terms_for(files) == []


def test_search_terms_close_each_section_before_the_next_heading():
    page = (
        '<p><code>keras.utils.PyDataset</code></p>\n<h2 id="a">A</h2>\n'
        "<p><code>tf.data</code></p>"
    )
    out = add_search_terms(page)
    first, second = out.split('<h2 id="a">')
    assert first.endswith(
        '<p class="tvk-search-terms" hidden>'
        "Names in this section: keras.utils.PyDataset (utils.PyDataset, PyDataset)</p>\n"
    )
    assert second.endswith(
        '<p class="tvk-search-terms" hidden>Names in this section: tf.data (data)</p>\n'
    )


def test_search_index_finds_a_class_by_its_own_name(site):
    """The index Material's search reads has `PyDataset` as a word in the sections that
    name `keras.utils.PyDataset`, and still has the full name."""
    import json

    index = json.loads((site.dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    texts = [d["text"] for d in index["docs"]]
    assert any("keras.utils.PyDataset" in t for t in texts)
    assert any(re.search(r"(^|[\s>])PyDataset([\s<]|$)", t) for t in texts)
    shown = (site.dir / "faq" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<p class="tvk-search-terms" hidden>[^<]*\bPyDataset\b', shown)


# ------------------------------------------------------------------ search ranking
# mkdocs.yml's search separator swallows lunr's English stop words (see the comment there);
# the list must be the one Material's worker ships, so an upgrade that changes it is noticed.


def _bundled_stop_words() -> list[str]:
    bundles = sorted((ROOT / ".venv").glob("lib/python3*/site-packages/material/templates/"
                                            "assets/javascripts/workers/search.*.min.js"))
    if not bundles:
        import material

        bundles = sorted((Path(material.__file__).parent / "templates/assets/javascripts/"
                          "workers").glob("search.*.min.js"))
    text = bundles[0].read_text(encoding="utf-8")
    listed = re.search(r"generateStopWordFilter\(\[([^\]]*)\]\)", text)
    assert listed, f"{bundles[0].name}: no stop-word list found; Material changed its worker"
    return re.findall(r'"([^"]+)"', listed.group(1))


def test_search_separator_swallows_exactly_lunrs_stop_words():
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    search = next(p["search"] for p in config["plugins"] if isinstance(p, dict) and "search" in p)
    separator = search["separator"]
    words = re.search(r"\\b\(\?:(.*)\)\\b", separator).group(1).split("|")
    listed = sorted(re.sub(r"^\[(\w)(\w)\]", r"\2", w) for w in words)  # [Hh]ow -> how
    assert listed == sorted(_bundled_stop_words()), (
        "mkdocs.yml search separator: its stop words differ from Material's bundled list"
    )
    compiled = re.compile(separator)
    assert compiled.split("How do I use tf.data") == ["", "", "", "", "", "", "use", "tf.data"]
    assert "doesn't" in compiled.split("backend doesn't change")  # an apostrophe in a word
    assert "tensorflow" in compiled.split("No module named 'tensorflow'")  # quotes around one


def test_query_words_script_loads_before_material_creates_the_worker(site):
    """docs/assets/javascripts/search-words.js wraps window.Worker, so it must run before
    Material's bundle, which creates the search worker."""
    html = site.html("faq/index.html")
    words = html.find("assets/javascripts/search-words.js")
    bundle = re.search(r'<script src="[^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js"', html)
    assert words != -1, "search-words.js is not loaded"
    assert bundle and words < bundle.start(), "search-words.js must load before the bundle"


def test_search_terms_stay_out_of_headings_and_the_table_of_contents(site):
    """The toc extension runs postprocessors over each heading's inner HTML too; the hidden
    paragraph must not end up in a heading's title in the page's table of contents."""
    import markdown

    md = markdown.Markdown(extensions=["toc", "attr_list", "tvk_docs.search_terms"])
    md.convert("## A {#a}\n\nUse `keras.utils.PyDataset`.\n\n## B `tf.data` {#b}\n\nText.")
    assert [t["name"] for t in md.toc_tokens] == ["A", "B tf.data"]
    nav = re.findall(r'<a href="#[^"]+" class="md-nav__link">(.*?)</a>',
                     site.html("faq/index.html"), re.S)
    assert nav and not [n for n in nav if "Names in this section" in n]
