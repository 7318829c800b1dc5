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
