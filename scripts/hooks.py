"""MkDocs hooks for this site (registered in mkdocs.yml).

- Tested-with versions: `<!-- tested-with -->` in a page becomes the TensorFlow, Keras,
  JAX and PyTorch versions pinned in requirements-test.txt, the versions the examples
  run on in the tests. The pin file is the only place those numbers are written.
- Page descriptions: a page without `description` front matter gets its first
  paragraph, so link previews and search engines always have a summary.
- robots.txt: written at build time and pointing to the sitemap for `site_url`.
- Offline guarantee: the site loads nothing from another host. Material's bundle
  names two CDN scripts it can load (mermaid, a ResizeObserver polyfill); neither
  is used here, so their addresses are blanked. Then every built HTML, CSS and
  JavaScript file is checked: any resource another host would serve is a warning
  that names the file, and `strict: true` turns it into a failed build.
"""

from __future__ import annotations

import html
import logging
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError

log = logging.getLogger("mkdocs.hooks.offline")

DESCRIPTION_LIMIT = 160

TESTED_WITH_MARKER = "<!-- tested-with -->"
# (label shown to readers, package pinned in requirements-test.txt)
TESTED_WITH = (
    ("TensorFlow", "tensorflow-cpu"),
    ("Keras", "keras"),
    ("JAX", "jax"),
    ("PyTorch", "torch"),
)
PIN_FILE = "requirements-test.txt"

# Script addresses in Material's bundle that would be fetched from a CDN.
# An empty src makes the browser fail the load at once without any request.
CDN_SCRIPTS = (
    "https://unpkg.com/mermaid@11/dist/mermaid.min.js",
    "https://unpkg.com/resize-observer-polyfill",
)

# Material fetches the whole search index (about 60 KB compressed here) on every page load.
# Readers who never search should not pay for it: the index is requested the first time the
# search box gets focus (a click, the / or s shortcut, or a ?q= link all focus it). The
# minified names are those of the pinned Material bundle: fromEvent (h), take (Ee),
# switchMap (b), shareReplay (Z). If a Material upgrade changes the bundle, the build fails
# and says so, rather than silently loading the index eagerly again.
EAGER_INDEX = 'zi=document.forms.namedItem("search")?ks():tt'
LAZY_INDEX = (
    'zi=document.forms.namedItem("search")?h(document.forms.namedItem("search"),"focusin")'
    ".pipe(Ee(1),b(()=>ks()),Z(1)):tt"
)

# Addresses written as string literals in the vendored JavaScript that are never
# requested here: Material calls the GitHub API only for a `data-md-component="source"`
# element, and overrides/partials/source.html leaves that attribute out.
INERT_JS_URLS = (
    "https://api.github.com/repos/",
    "https://api.github.com/users/",
)

# Elements and attributes whose URL the browser fetches while showing the page.
FETCHED = {
    "script": ("src",),
    "img": ("src", "srcset"),
    "iframe": ("src",),
    "frame": ("src",),
    "source": ("src", "srcset"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "input": ("src",),
    "image": ("href", "xlink:href"),
    "use": ("href", "xlink:href"),
}
# <link rel=...> values that make the browser fetch or connect to the href.
FETCHED_LINK_RELS = {
    "stylesheet", "preload", "modulepreload", "prefetch", "preconnect",
    "dns-prefetch", "icon", "apple-touch-icon", "manifest", "prerender",
}

_CSS_URL = re.compile(r"""(?:url\(\s*|@import\s+(?!url\())["']?([^"')\s]+)""", re.I)
# In JavaScript, only absolute URLs that form a whole string literal count: those are
# what code can load. URLs in comments (licences, references) are left alone.
_JS_URL = re.compile(r"""["'`]((?:https?:)?//[A-Za-z0-9.-]+\.[A-Za-z]{2,}[^"'`\s]*)["'`]""")

_pages: dict[str, str] = {}  # built file (relative to site_dir) -> source page


def _is_external(url: str) -> bool:
    url = url.strip()
    if url.startswith("//"):
        return True
    return urlsplit(url).scheme in ("http", "https", "ftp", "ws", "wss")


class _ResourceFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        attrs = {name: value or "" for name, value in attrs}
        urls = [attrs[a] for a in FETCHED.get(tag, ()) if a in attrs]
        if tag == "link" and FETCHED_LINK_RELS & set(attrs.get("rel", "").lower().split()):
            urls.append(attrs.get("href", ""))
        for url in urls:
            for part in url.split(","):  # srcset lists "url size, url size"
                candidate = part.strip().split(" ")[0]
                if candidate and _is_external(candidate):
                    self.found.append(f"<{tag}> {candidate}")
        for url in _CSS_URL.findall(attrs.get("style", "")):
            if _is_external(url):
                self.found.append(f"style attribute url({url})")
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.found.extend(f"<style> url({u})" for u in _CSS_URL.findall(data) if _is_external(u))


def external_resources(path: Path) -> list[str]:
    """What the built file at `path` would load from another host."""
    text = path.read_text(encoding="utf-8", errors="replace")
    suffix = path.suffix.lower()
    if suffix == ".html":
        finder = _ResourceFinder()
        finder.feed(text)
        return finder.found
    if suffix == ".css":
        return [f"url({u})" for u in _CSS_URL.findall(text) if _is_external(u)]
    if suffix == ".js":
        return sorted(
            {u for u in _JS_URL.findall(text) if not u.startswith(INERT_JS_URLS)}
        )
    return []


# ---------------------------------------------------------------- hooks


def tested_with(pin_file: Path) -> str:
    """'TensorFlow 2.21.0, Keras 3.15.1, ...' from the exact pins in `pin_file`."""
    pins = {}
    for line in pin_file.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\s*([A-Za-z0-9_.\-]+)==([^\s#;]+)", line)
        if m:
            pins[m.group(1).lower().replace("_", "-")] = m.group(2)
    missing = [package for _, package in TESTED_WITH if package not in pins]
    if missing:
        raise PluginError(f"{pin_file}: no exact pin (name==version) for {', '.join(missing)}")
    return ", ".join(f"{label} {pins[package]}" for label, package in TESTED_WITH)


def on_pre_build(config):
    _pages.clear()


def on_page_markdown(markdown, page, config, files):
    if TESTED_WITH_MARKER in markdown:
        versions = tested_with(Path(config.config_file_path).parent / PIN_FILE)
        markdown = markdown.replace(TESTED_WITH_MARKER, versions)
    return markdown


def on_page_content(html_text, page, config, files):
    if not page.meta.get("description"):
        match = re.search(r"<p>(.*?)</p>", html_text, re.S)
        if match:
            text = html.unescape(re.sub(r"<[^>]+>", "", match.group(1)))
            text = " ".join(text.split())
            if len(text) > DESCRIPTION_LIMIT:
                text = text[: DESCRIPTION_LIMIT - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
            page.meta["description"] = text
    return html_text


def on_post_page(output, page, config):
    _pages[page.file.dest_uri] = f"docs/{page.file.src_uri}"
    return output


def on_post_build(config):
    site = Path(config["site_dir"])
    for bundle in (site / "assets" / "javascripts").glob("bundle.*.min.js"):
        text = bundle.read_text(encoding="utf-8")
        for url in CDN_SCRIPTS:
            # Same length, so the bundle's source map still lines up column by column.
            text = text.replace(f'"{url}"', '""' + " " * len(url))
        if EAGER_INDEX in text:
            # Longer than the original: the source map no longer fits, so stop pointing to it.
            text = text.replace(EAGER_INDEX, LAZY_INDEX)
            text = re.sub(r"\n?//# sourceMappingURL=\S+\s*$", "\n", text)
            bundle.with_name(bundle.name + ".map").unlink(missing_ok=True)
        elif LAZY_INDEX not in text:
            log.warning(
                "Material's bundle %s has changed: the lazy search-index patch in scripts/hooks.py "
                "no longer applies. Update EAGER_INDEX/LAZY_INDEX for this Material version.",
                bundle.name,
            )
        bundle.write_text(text, encoding="utf-8")

    robots = f"User-agent: *\nAllow: /\n\nSitemap: {config['site_url'].rstrip('/')}/sitemap.xml\n"
    (site / "robots.txt").write_text(robots, encoding="utf-8")

    for path in sorted(site.rglob("*")):
        if not path.is_file():
            continue
        found = external_resources(path)
        if not found:
            continue
        rel = path.relative_to(site).as_posix()
        origin = _pages.get(rel)
        where = f"{origin} (built as {rel})" if origin else f"site file {rel}"
        for item in found:
            log.warning(
                "Off-site resource in %s: %s. Pages must load nothing from another "
                "host; vendor the file under docs/assets/ instead.",
                where,
                item,
            )
