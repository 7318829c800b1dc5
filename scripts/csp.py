"""Print the Content-Security-Policy for a built site: `python3 scripts/csp.py site/`.

Material writes a few small inline <script> blocks into every page (the storage helpers with
the page's base path, the saved colour palette, the saved tab choice, the tab deep link), and
scripts/hooks.py adds one (closing the drawer and the search when the reader leaves). Rather than allow every inline script ('unsafe-inline'), the policy lists the SHA-256 hash of
each distinct inline script found in the built HTML, so exactly those run and nothing else
inline does. The hashes change when Material or the page structure changes: compute the
policy from the same build that is deployed (scripts/preview.sh and the nginx template do).

Inline <style> blocks are hashed the same way for style-src (there are none today). Inline
event handlers (onclick=...), style="..." attributes and javascript: URLs cannot be allowed
by hashes without 'unsafe-hashes'/'unsafe-inline', so the script names the file and fails
instead of printing a policy that would break the page.

Standard library only. `--list` prints each hash with the number of pages that use it.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

# <script type=...> values a browser runs as script; other types (the JSON in
# <script id="__config" type="application/json">) are data and need no hash.
JS_TYPES = {
    "", "module", "text/javascript", "application/javascript", "application/ecmascript",
    "text/ecmascript", "application/x-javascript", "text/jscript",
}

# Fixed directives; script-src and style-src get the hashes appended.
BASE_POLICY = (
    ("default-src", "'self'"),
    ("script-src", "'self'"),
    ("style-src", "'self'"),
    ("img-src", "'self' data:"),  # Material's icons are data: SVGs in its CSS
    ("font-src", "'self'"),
    ("connect-src", "'self'"),  # search index, sitemap.xml and pages for instant navigation
    ("worker-src", "'self'"),  # the search runs in a web worker
    ("manifest-src", "'self'"),
    ("object-src", "'none'"),
    ("base-uri", "'self'"),
    ("form-action", "'self'"),  # the 404 page's search form submits to the home page
    ("frame-ancestors", "'none'"),
)


def sha256_source(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


class _InlineFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.problems: list[str] = []
        self._open: str | None = None  # "script" or "style" while inside an inline one
        self._chunks: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs_d = {name.lower(): value or "" for name, value in attrs}
        for name, value in attrs_d.items():
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...> inline event handler")
            elif name == "style":
                self.problems.append(f"<{tag} style=\"{value[:40]}\"> inline style attribute")
            elif name in ("href", "src", "action", "formaction") and value.strip().lower().startswith("javascript:"):
                # Material's search "share" link is href="javascript:void(0)"; its click
                # handler cancels the navigation, so nothing is blocked. Anything else is.
                if value.strip() != "javascript:void(0)":
                    self.problems.append(f"<{tag} {name}=\"{value[:40]}\"> javascript: URL")
        if tag == "script" and "src" not in attrs_d:
            if attrs_d.get("type", "").strip().lower() in JS_TYPES:
                self._open, self._chunks = "script", []
        elif tag == "style":
            self._open, self._chunks = "style", []

    def handle_data(self, data):
        if self._open:
            self._chunks.append(data)

    def handle_endtag(self, tag):
        if self._open and tag == self._open:
            (self.scripts if tag == "script" else self.styles).append("".join(self._chunks))
            self._open = None


def inline_scripts(html_text: str) -> list[str]:
    """The text of each inline script a browser would run in one HTML page, in order."""
    finder = _InlineFinder()
    finder.feed(html_text)
    finder.close()
    return finder.scripts


def inline_hashes(site_dir: Path) -> tuple[Counter, Counter, list[str]]:
    """(script hashes, style hashes, problems), each hash counted once per page using it."""
    scripts: Counter = Counter()
    styles: Counter = Counter()
    problems: list[str] = []
    pages = sorted(site_dir.rglob("*.html"))
    if not pages:
        raise SystemExit(f"error: no HTML files under {site_dir}; build the site first")
    for page in pages:
        finder = _InlineFinder()
        # Universal newlines, as the browser's input stream normalises CR LF to LF.
        finder.feed(page.read_text(encoding="utf-8"))
        finder.close()
        scripts.update({sha256_source(s) for s in finder.scripts})
        styles.update({sha256_source(s) for s in finder.styles})
        rel = page.relative_to(site_dir).as_posix()
        problems.extend(f"{rel}: {p}" for p in finder.problems)
    return scripts, styles, problems


def policy(site_dir: Path) -> str:
    """The Content-Security-Policy header value for the site built in `site_dir`."""
    scripts, styles, problems = inline_hashes(Path(site_dir))
    if problems:
        raise SystemExit(
            "error: inline code a hash-based CSP cannot allow (move it to a file under "
            "docs/assets/):\n  " + "\n  ".join(problems)
        )
    parts = []
    for name, value in BASE_POLICY:
        extra = sorted(scripts) if name == "script-src" else sorted(styles) if name == "style-src" else []
        parts.append(" ".join([name, value, *extra]))
    return "; ".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site_dir", type=Path, help="the built site, for example site/")
    parser.add_argument("--list", action="store_true", help="list the inline-script hashes and how many pages use each")
    args = parser.parse_args(argv)
    if args.list:
        scripts, styles, problems = inline_hashes(args.site_dir)
        for kind, counts in (("script", scripts), ("style", styles)):
            for digest, n in counts.most_common():
                print(f"{kind} {digest} on {n} page(s)")
        for p in problems:
            print(f"problem {p}")
        return 1 if problems else 0
    print(policy(args.site_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
