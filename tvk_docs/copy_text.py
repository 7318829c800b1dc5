"""What a code block's copy button copies: commands, never prompts or output.

Material's copy button copies the text of the block, unless an element around it carries a
`data-copy` attribute, which it copies instead. A shell session shown as

    $ pip install keras
    Successfully installed ...

would paste as "$ pip install keras" followed by the output, which fails in a shell. This
Markdown postprocessor gives every block whose highlighting marks prompts (Pygments' `gp`
class: `$ `, `>>> `, `... `) a `data-copy` attribute holding the command lines alone, without
their prompts; lines of output (`go`) are left out. Blocks without prompts are untouched.
Registered in mkdocs.yml as the Markdown extension `tvk_docs.copy_text`.
"""

from __future__ import annotations

import html
import re

from markdown import Extension
from markdown.postprocessors import Postprocessor

BLOCK = re.compile(r'(<div class="language-[\w-]+ highlight")(><pre><span></span><code>)(.*?)(</code></pre></div>)', re.S)
PROMPT = re.compile(r'<span class="gp">.*?</span>', re.S)
OUTPUT_LINE = re.compile(r'<span class="go">.*?</span>', re.S)
TAG = re.compile(r"<[^>]+>")


def commands(code_html: str) -> str | None:
    """The lines of a highlighted block to copy, or None if it shows no prompt."""
    if '<span class="gp">' not in code_html:
        return None
    kept = []
    for line in code_html.split("\n"):
        if '<span class="gp">' in line:
            kept.append(html.unescape(TAG.sub("", PROMPT.sub("", line, count=1))).rstrip())
        elif '<span class="go">' in line or not TAG.sub("", line).strip():
            continue
        else:  # a continuation of the command above (a line after a trailing backslash)
            kept.append(html.unescape(TAG.sub("", line)).rstrip())
    return "\n".join(kept)


def add_copy_text(page_html: str) -> str:
    def replace(m: re.Match) -> str:
        text = commands(m.group(3))
        if text is None:
            return m.group(0)
        return f'{m.group(1)} data-copy="{html.escape(text, quote=True)}"{m.group(2)}{m.group(3)}{m.group(4)}'

    return BLOCK.sub(replace, page_html)


class CopyTextPostprocessor(Postprocessor):
    def run(self, text: str) -> str:
        return add_copy_text(text)


class CopyTextExtension(Extension):
    def extendMarkdown(self, md):
        md.postprocessors.register(CopyTextPostprocessor(md), "tvk_copy_text", 24)


def makeExtension(**kwargs):
    return CopyTextExtension(**kwargs)
