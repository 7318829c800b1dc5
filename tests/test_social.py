"""Social card images: every page's link preview has an image of its own, built offline.

scripts/social_cards.py (a MkDocs hook) draws a 1200x630 PNG per page; overrides/main.html
points og:image and twitter:image at it with an absolute address based on site_url.

The checks run on the session's strict build of mkdocs.yml.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
from PIL import Image

from conftest import ROOT

WIDTH, HEIGHT = 1200, 630
CARD_DIR = "assets/images/social"
MAX_BYTES = 60_000  # each card is about 20 KB; a much bigger one means optimisation broke


@pytest.fixture(scope="module")
def built(site):
    """The session's strict build (site directory and site_url)."""
    return site


def _meta(html: str, key: str) -> str | None:
    m = re.search(rf'<meta (?:property|name)="{re.escape(key)}" content="([^"]*)"', html)
    return m.group(1) if m else None


def _pages(site_dir: Path) -> list[Path]:
    return sorted(p for p in site_dir.rglob("*.html") if CARD_DIR not in p.as_posix())


def test_every_page_has_a_social_card_image(built):
    pages = _pages(built.dir)
    assert len(pages) >= 13, f"only {len(pages)} pages built"
    problems = []
    for page in pages:
        rel = page.relative_to(built.dir).as_posix()
        html = page.read_text(encoding="utf-8")
        image = _meta(html, "og:image")
        if not image:
            problems.append(f"{rel}: no og:image")
            continue
        if not image.startswith(built.url):
            problems.append(f"{rel}: og:image {image} is not an absolute address under {built.url}")
            continue
        card = built.dir / image.removeprefix(built.url)
        if not card.is_file():
            problems.append(f"{rel}: og:image {image} is not a file of the site")
            continue
        with Image.open(card) as img:
            if img.format != "PNG" or img.size != (WIDTH, HEIGHT):
                problems.append(
                    f"{rel}: {card.name} is a {img.format} of {img.size}, not a {WIDTH}x{HEIGHT} PNG"
                )
            img.load()  # the whole image decodes
        if card.stat().st_size > MAX_BYTES:
            problems.append(f"{rel}: {card.name} is {card.stat().st_size} bytes; keep cards small")
        expected = {
            "og:image:width": str(WIDTH),
            "og:image:height": str(HEIGHT),
            "twitter:card": "summary_large_image",
            "twitter:image": image,
        }
        for key, value in expected.items():
            if _meta(html, key) != value:
                problems.append(f"{rel}: {key} is {_meta(html, key)!r}, expected {value!r}")
        if len(_meta(html, "og:image:alt") or "") < 20:
            problems.append(f"{rel}: og:image:alt missing or too short")
    if all(p.endswith(": no og:image") for p in problems) and len(problems) == len(pages):
        problems.insert(0, "no page has an og:image: is scripts/social_cards.py listed under "
                        "hooks: in mkdocs.yml (after scripts/hooks.py)?")
    assert not problems, "\n".join(problems)


def test_each_page_has_its_own_card(built):
    """docs/keras.md -> assets/images/social/keras.png; only the 404 page borrows the home card."""
    seen = {}
    for page in _pages(built.dir):
        rel = page.relative_to(built.dir).as_posix()
        if rel == "404.html":
            continue
        stem = "index" if rel == "index.html" else rel.removesuffix("/index.html")
        image = _meta(page.read_text(encoding="utf-8"), "og:image")
        assert image == f"{built.url}{CARD_DIR}/{stem}.png", f"{rel}: og:image is {image}"
        seen[image] = rel
    cards = {p.relative_to(built.dir).as_posix() for p in (built.dir / CARD_DIR).rglob("*.png")}
    used = {img.removeprefix(built.url) for img in seen}
    assert cards == used, f"cards no page uses: {sorted(cards - used)}; missing: {sorted(used - cards)}"


def _hook():
    name = "social_cards_under_test"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "social_cards.py")
        sys.modules[name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules[name])
    return sys.modules[name]


def test_long_text_still_fits_the_card(tmp_path):
    hook = _hook()
    card = hook.Card(
        label="TensorFlow vs Keras",
        title="A very long page title that cannot possibly fit on two lines of the card "
        "at any size, so it has to be cut with an ellipsis",
        description="Supercalifragilisticexpialidocious_identifier_without_spaces_" * 4
        + " and then a long description " * 20,
        footer="docs.example.org",
    )
    path = tmp_path / "card.png"
    path.write_bytes(hook.render(card))
    with Image.open(path) as img:
        assert img.format == "PNG" and img.size == (WIDTH, HEIGHT)
    assert path.stat().st_size <= MAX_BYTES
