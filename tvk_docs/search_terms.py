"""Make every qualified name findable by each of its trailing parts.

The search keeps dotted names whole (mkdocs.yml, `separator`), so `tf.data`, `tf.keras` and
`model.export` match exactly. The price: a section that writes `keras.utils.PyDataset` is
indexed only under that full name, and a reader who types `PyDataset` finds nothing.

This extension closes the gap in the page itself, so it works with any search engine that
indexes the page (Material's lunr index and Zensical's alike). For each section, it collects
the qualified names in the section's text and code, and ends the section with a hidden
paragraph listing the trailing parts that the section does not already contain as words,
each after its full name: `tf.distribute.MirroredStrategy (distribute.MirroredStrategy,
MirroredStrategy)`. Search results quote that paragraph when it is what matched, so a
reader who typed `MirroredStrategy` sees the name the section uses.
The paragraph has the `hidden` attribute: browsers do not show it and assistive technology
skips it; only the search index reads it.
"""

from __future__ import annotations

import html
import re

from markdown import Extension
from markdown.postprocessors import Postprocessor

# A dotted name: two or more identifiers joined by dots (keras.utils.PyDataset, tf.data).
QUALIFIED = re.compile(r"(?<![\w.])[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+(?![\w(]*\.\w)")
# Words as the search splits them (mkdocs.yml, `separator`, plus the dot-free tokens).
WORD = re.compile(r"[\w.]+")
# File names and addresses, not code: model.keras, weights.h5, github.com, e.g.
NOT_CODE = re.compile(
    r"\.(keras|h5|hdf5|pb|tflite|onnx|pt2|py|json|txt|md|yml|yaml|xml|html|com|org|io|dev|ai|"
    r"out|pbtxt|bin|zip|gz|whl|sh|toml|cfg|ipynb)$"
    r"|^(e\.g|i\.e|etc\.)",
    re.IGNORECASE,
)
# Names of the libraries the site is about, as code spells them. A dotted name counts only
# when it starts with one: `keras.utils.PyDataset`, not `model.compile` or `rng.normal`.
ROOTS = {
    "keras", "tf", "tensorflow", "tf_keras", "jax", "jnp", "torch", "np", "numpy", "ops",
    "layers", "hub", "tensorflow_hub", "tfa", "tfp", "tfmot", "tflite_runtime",
    "ai_edge_litert", "litert_torch", "keras_hub", "keras_nlp", "keras_cv", "grain",
    "optax", "flax", "transformers", "tf2onnx", "tensorflowjs", "nn",
}
HEADING = re.compile(r"<h[1-6][^>]*\bid=\"[^\"]+\"[^>]*>", re.IGNORECASE)
TAG = re.compile(r"<[^>]+>")
# Pygments wraps each token of highlighted code in a span: dropped without a space, so
# `keras.utils.PyDataset` in a code block reads as one name again.
INLINE_TAG = re.compile(r"</?(span|code|a|em|strong)\b[^>]*>", re.IGNORECASE)
CLASS = "tvk-search-terms"
BLOCK = re.compile(r"<(p|pre|ul|ol|table|blockquote|h[1-6])\b", re.IGNORECASE)


def trailing_parts(name: str) -> list[str]:
    """`a.b.C` -> [`b.C`, `C`]."""
    parts = name.split(".")
    return [".".join(parts[i:]) for i in range(1, len(parts))]


def names_for(section_html: str) -> dict[str, list[str]]:
    """The section's qualified names, each with the trailing parts that the section lacks
    as whole words (names whose parts are all there are left out), in order of appearance."""
    text = html.unescape(TAG.sub(" ", INLINE_TAG.sub("", section_html)))
    words = {w.lower().strip(".") for w in WORD.findall(text)}
    names: dict[str, list[str]] = {}
    listed: set[str] = set()
    for match in QUALIFIED.finditer(text):
        name = match.group(0)
        if name.split(".")[0] not in ROOTS or NOT_CODE.search(name) or name in names:
            continue
        parts = [
            p for p in trailing_parts(name)
            if p.lower() not in words | listed and not p.startswith("__")
        ]
        if parts:
            names[name] = parts
            listed.update(p.lower() for p in parts)
    return names


def terms_for(section_html: str) -> list[str]:
    """The trailing parts the section's hidden paragraph adds, in order."""
    return [part for parts in names_for(section_html).values() for part in parts]


def paragraph(names: dict[str, list[str]]) -> str:
    """What search results show when a reader's word matches only a trailing part: the
    full name it belongs to, so the result still says what the section names."""
    listed = "; ".join(f"{name} ({', '.join(parts)})" for name, parts in names.items())
    return f'<p class="{CLASS}" hidden>Names in this section: {html.escape(listed)}</p>\n'


def add_search_terms(page_html: str) -> str:
    """Close each section (the text before each heading with an id, and the end of the
    page) with a hidden paragraph of the terms it lacks."""
    out, start = [], 0
    for heading in list(HEADING.finditer(page_html)) + [None]:
        end = heading.start() if heading else len(page_html)
        section = page_html[start:end]
        out.append(section)
        names = names_for(section)
        if names:
            out.append(paragraph(names))
        start = end
    return "".join(out)


class _SearchTerms(Postprocessor):
    def run(self, text: str) -> str:
        # Python-Markdown's toc extension also runs the postprocessors over each heading's
        # inner HTML and over the table of contents: leave those alone, or headings grow the
        # hidden paragraph's text in the page's table of contents. A page has blocks.
        if text.lstrip().startswith('<div class="toc">') or not BLOCK.search(text):
            return text
        return add_search_terms(text)


class SearchTermsExtension(Extension):
    def extendMarkdown(self, md):
        # After raw HTML (code blocks included) is restored (priority 30) and before
        # the unescape step (priority 20).
        md.postprocessors.register(_SearchTerms(md), "tvk_search_terms", 25)


def makeExtension(**kwargs):
    return SearchTermsExtension(**kwargs)
