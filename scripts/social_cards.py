"""MkDocs hook: a social card image per page, for link previews (registered in mkdocs.yml).

Every page gets a 1200x630 PNG at assets/images/social/<page path>.png (docs/keras.md ->
assets/images/social/keras.png), drawn with Pillow at build time: the site name, the page's
title and its description, in the site's indigo. overrides/main.html points og:image and
twitter:image at it. Material's own social plugin is not used because it downloads its
fonts; these cards use the Roboto files vendored in scripts/fonts/, so the build stays
offline and draws the same pixels on every machine.

Register it after scripts/hooks.py, whose description fallback the cards use.
The template finds the card in page.meta.social_card (path, width, height, alt); pages
without one (the 404 page) use the home page's card, from config.extra.social_card.
Without this hook (or under Zensical, which runs no hooks) no og:image is written.
"""

from __future__ import annotations

import html
import io
import logging
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError
from PIL import Image, ImageDraw, ImageFont

log = logging.getLogger("mkdocs.hooks.social_cards")

WIDTH, HEIGHT = 1200, 630
CARD_DIR = "assets/images/social"
FONTS = Path(__file__).resolve().with_name("fonts")
BOLD = FONTS / "Roboto-Bold.ttf"
REGULAR = FONTS / "Roboto-Regular.ttf"

# Material's indigo (theme.palette primary: indigo) and its lighter tints. Contrast on the
# background: white title 6.9:1, indigo-50 description 5.7:1, indigo-100 site name 4.2:1
# (40 px bold, large text); the indigo-100 host name on the darker band 5.6:1.
BACKGROUND = (0x40, 0x51, 0xB5)  # --md-primary-fg-color for indigo
BAND = (0x30, 0x3F, 0x9F)  # indigo 700, the footer band
TITLE = (0xFF, 0xFF, 0xFF)
TEXT = (0xE8, 0xEA, 0xF6)  # indigo 50
MUTED = (0xC5, 0xCA, 0xE9)  # indigo 100
ACCENT = (0xFF, 0xFF, 0xFF)

MARGIN = 80
TEXT_WIDTH = WIDTH - 2 * MARGIN
BAND_HEIGHT = 88
PADDING = 56  # above and below the text, inside the area over the band
# Sizes in pixels of the 1200-wide card. Previews show it about 500 px wide, so the
# smallest text here (the 36 px description) still reads at about 15 px there.
LABEL_SIZE = 40
TITLE_SIZES = range(84, 55, -4)  # the largest that fits in two lines
DESCRIPTION_SIZE = 36
FOOTER_SIZE = 30
PALETTE_COLOURS = 64  # flat colours plus antialiasing; keeps each PNG small
ALT_LIMIT = 420  # the most X (Twitter) takes for twitter:image:alt

_cards: dict[str, Card] = {}  # path under site_dir -> card


@dataclass(frozen=True)
class Card:
    label: str  # small line at the top: the site name (empty on the home page)
    title: str
    description: str
    footer: str  # the site's host name


def card_path(page) -> str:
    """assets/images/social/<source path without .md>.png"""
    stem = page.file.src_uri.rsplit(".", 1)[0]
    return f"{CARD_DIR}/{stem}.png"


def _font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    # The basic layout engine: no dependency on libraqm, same result everywhere.
    return ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.BASIC)


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Greedy word wrap to `width` pixels; a word longer than a line is split."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if font.getlength(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while font.getlength(word) > width:
            cut = len(word)
            while cut > 1 and font.getlength(word[:cut]) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines


def _clip(lines: list[str], count: int, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """The first `count` lines; when text is cut, the last one ends with an ellipsis."""
    if len(lines) <= count:
        return lines
    kept = lines[:count]
    last = kept[-1]
    while last and font.getlength(last.rstrip(" ,;:.") + "…") > width:
        last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
    kept[-1] = last.rstrip(" ,;:.") + "…"
    return kept


def render(card: Card) -> bytes:
    """The card as PNG bytes."""
    # Lay out first, then centre the block of text in the space above the footer band.
    ops = []  # (x, y offset, text, font, colour)
    y = 0
    if card.label:
        label = _font(BOLD, LABEL_SIZE)
        ops.append((MARGIN + 28, y, card.label, label, MUTED))
        y += LABEL_SIZE + 40

    # The largest title size that fits in two lines; at the smallest, up to three.
    for size in TITLE_SIZES:
        title_font = _font(BOLD, size)
        title_lines = _wrap(card.title, title_font, TEXT_WIDTH)
        if len(title_lines) <= 2:
            break
    line_height = round(title_font.size * 1.16)
    for line in _clip(title_lines, 3, title_font, TEXT_WIDTH):
        ops.append((MARGIN, y, line, title_font, TITLE))
        y += line_height
    y += 24

    # As many description lines as fit above the footer band.
    space = HEIGHT - BAND_HEIGHT - 2 * PADDING
    body = _font(REGULAR, DESCRIPTION_SIZE)
    body_height = round(DESCRIPTION_SIZE * 1.34)
    room = max((space - y) // body_height, 0)
    for line in _clip(_wrap(card.description, body, TEXT_WIDTH), room, body, TEXT_WIDTH):
        ops.append((MARGIN, y, line, body, TEXT))
        y += body_height

    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    top = PADDING + max(space - y, 0) // 2
    if card.label:  # a bar in front of the site name
        draw.rectangle((MARGIN, top + 6, MARGIN + 8, top + LABEL_SIZE - 2), fill=ACCENT)
    for x, offset, text, font, colour in ops:
        draw.text((x, top + offset), text, font=font, fill=colour)

    draw.rectangle((0, HEIGHT - BAND_HEIGHT, WIDTH, HEIGHT), fill=BAND)
    footer = _font(REGULAR, FOOTER_SIZE)
    footer_top = HEIGHT - BAND_HEIGHT + (BAND_HEIGHT - FOOTER_SIZE) // 2 - 4
    draw.text((MARGIN, footer_top), card.footer, font=footer, fill=MUTED)

    out = io.BytesIO()
    palette = image.quantize(
        PALETTE_COLOURS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
    )
    palette.save(out, "PNG", optimize=True)
    return out.getvalue()


def _first_heading(page) -> str | None:
    for item in page.toc.items if page.toc else ():
        if item.level == 1:
            return item.title
    return None


# ---------------------------------------------------------------- hooks


def on_pre_build(config):
    _cards.clear()
    for font in (BOLD, REGULAR):
        if not font.is_file():
            raise PluginError(f"social cards: font file {font} is missing")


def on_page_content(html_text, page, config, files):
    # Runs after scripts/hooks.py has filled in a missing description.
    home = page.file.src_uri == "index.md"
    title = html.unescape(_first_heading(page) or page.title or config["site_name"])
    description = page.meta.get("description") or config.get("site_description") or ""
    description = " ".join(str(description).split())
    label = "" if home and title == config["site_name"] else config["site_name"]
    host = urlsplit(config.get("site_url") or "").netloc or config["site_name"]
    path = card_path(page)
    _cards[path] = Card(label, title, description, host)
    alt = f"{config['site_name']}: {title}" if label else title
    alt = f"{alt}. {description}".strip()
    if len(alt) > ALT_LIMIT:
        alt = alt[: ALT_LIMIT - 1].rsplit(" ", 1)[0] + "…"
    page.meta["social_card"] = {
        "path": path,
        "width": WIDTH,
        "height": HEIGHT,
        "alt": alt,
    }
    if home:
        config.extra["social_card"] = page.meta["social_card"]
    return html_text


def on_post_build(config):
    site = Path(config["site_dir"])
    total = 0
    for path, card in sorted(_cards.items()):
        target = site / path
        target.parent.mkdir(parents=True, exist_ok=True)
        data = render(card)
        target.write_bytes(data)
        total += len(data)
    log.info("social cards: %d images, %d KB in %s/", len(_cards), total // 1024, CARD_DIR)
