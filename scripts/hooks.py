"""MkDocs hooks for this site (registered in mkdocs.yml).

- Tested-with versions: the home page includes them from requirements-test.txt; the
  hook checks that the pin file's section is there before the build starts, and hands
  the main ones to the line under every page title (config.extra.tested_with).
- Verified dates: a page without a `verified:` date in its front matter fails the build.
- Page descriptions: a page without `description` front matter gets its first
  paragraph, so link previews and search engines always have a summary.
- Valid HTML: Material's drawer and search checkboxes lose an attribute HTML does not
  allow there; a small script keeps what it was for (close_toggles_on_leave).
- robots.txt: written at build time and pointing to the sitemap for `site_url`.
- Material's bundle: the search index is loaded on first use and copy buttons are
  not wrapped in navigation landmarks (BUNDLE_PATCHES); the patched bundle gets a new
  fingerprint, so a year-long immutable cache never serves an older version.
- Offline guarantee: the site loads nothing from another host. Material's bundle
  names two CDN scripts it can load (mermaid, a ResizeObserver polyfill); neither
  is used here, so their addresses are blanked. Then every built HTML, CSS and
  JavaScript file is checked: any resource another host would serve is a warning
  that names the file, and `strict: true` turns it into a failed build.
"""

from __future__ import annotations

import hashlib
import html
import logging
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError

log = logging.getLogger("mkdocs.hooks.offline")

DESCRIPTION_LIMIT = 160

# The home page shows the tested-with pins by including this section of the pin file
# (pymdownx.snippets, which works under MkDocs and Zensical alike). The hook only checks,
# before anything is built, that the section is there and pins what the site talks about,
# so a broken pin file fails with its name rather than a snippet traceback.
PIN_FILE = "requirements-test.txt"
PIN_SECTION = "tested-with"
TESTED_PACKAGES = ("tensorflow-cpu", "keras", "jax", "torch", "tf-keras")
# What every page shows under its title (overrides/partials/verified.html): the date in its
# `verified:` front matter and the versions its examples ran on, named as readers know them.
SHOWN_UNDER_TITLE = {"tensorflow-cpu": "TensorFlow", "keras": "Keras", "jax": "JAX", "torch": "PyTorch"}

# Script addresses in Material's bundle that would be fetched from a CDN.
# An empty src makes the browser fail the load at once without any request.
CDN_SCRIPTS = (
    "https://unpkg.com/mermaid@11/dist/mermaid.min.js",
    "https://unpkg.com/resize-observer-polyfill",
)

# Patches to Material's JavaScript bundle: (what it fixes, text in the pinned bundle, replacement).
# The minified names are those of the pinned Material bundle. If a Material upgrade changes the
# bundle so that a patch no longer applies, the build fails and says which one, rather than
# silently shipping the stock behaviour again.
BUNDLE_PATCHES = (
    # Material fetches the whole search index (about 60 KB compressed here) on every page
    # load. Readers who never search should not pay for it: the index is requested the first
    # time the search box gets focus (a click, the / or s shortcut, or a ?q= link all focus
    # it). fromEvent (h), take (Ee), switchMap (b), shareReplay (Z).
    (
        "lazy search index",
        'zi=document.forms.namedItem("search")?ks():tt',
        'zi=document.forms.namedItem("search")?h(document.forms.namedItem("search"),"focusin")'
        ".pipe(Ee(1),b(()=>ks()),Z(1)):tt",
    ),
    # Material wraps each code block's copy button in an unlabelled <nav>, so a page with
    # several code blocks has several landmarks of the same name (axe: landmark-unique). A
    # copy button is not site navigation: a <div> with the same class looks the same.
    (
        "copy button without a nav landmark",
        'function Pn(){return x("nav",{class:"md-code__nav"})}',
        'function Pn(){return x("div",{class:"md-code__nav"})}',
    ),
)
# Material's hidden checkboxes for the drawer and the search, as base.html writes them
# (without the autocomplete="off" that close_toggles_on_leave removes).
STATE_TOGGLES = (
    '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer"',
    '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search"',
)
CLOSE_TOGGLES_SCRIPT = (
    '<script>addEventListener("pagehide",()=>{for(const t of document.querySelectorAll('
    '"#__drawer,#__search"))t.checked&&t.click()})</script>'
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


def tested_with_pins(pin_file: Path) -> dict[str, str]:
    """{package: version} of the exact pins in the tested-with section of `pin_file`."""
    lines = pin_file.read_text(encoding="utf-8").splitlines()
    markers = [f"# --8<-- [start:{PIN_SECTION}]", f"# --8<-- [end:{PIN_SECTION}]"]
    if not all(m in lines for m in markers) or lines.index(markers[0]) > lines.index(markers[1]):
        raise PluginError(
            f"{pin_file.name}: no section between '{markers[0]}' and '{markers[1]}'; "
            "docs/index.md shows the tested-with versions from it"
        )
    pins = {}
    for line in lines[lines.index(markers[0]) + 1 : lines.index(markers[1])]:
        m = re.match(r"\s*([A-Za-z0-9_.\-]+)==([^\s#;]+)", line)
        if m:
            pins[m.group(1).lower().replace("_", "-")] = m.group(2)
    missing = [package for package in TESTED_PACKAGES if package not in pins]
    if missing:
        raise PluginError(
            f"{pin_file.name}: the {PIN_SECTION} section has no exact pin (name==version) "
            f"for {', '.join(missing)}"
        )
    return pins


def on_config(config):
    pins = tested_with_pins(Path(config.config_file_path).parent / PIN_FILE)
    config.extra["tested_with"] = [
        {"name": name, "version": pins[package]} for package, name in SHOWN_UNDER_TITLE.items()
    ]
    return config


def on_pre_build(config):
    _pages.clear()


def on_page_markdown(markdown, page, config, files):
    verified = page.meta.get("verified")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(verified or "")):
        log.warning(
            "docs/%s: no `verified: YYYY-MM-DD` in its front matter (the day its claims were last "
            "checked against the newest releases; shown under the title)",
            page.file.src_uri,
        )
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


def close_toggles_on_leave(output: str, where: str) -> str:
    """Valid HTML for Material's drawer and search toggles, same behaviour.

    Material writes autocomplete="off" on the two hidden checkboxes that open the navigation
    drawer and the search, so that a browser restoring form state (on reload, or going back
    to a page not kept in the back/forward cache) does not reopen them. HTML allows that
    attribute only on text-like inputs, so the validator rejects it. Here it is removed, and
    a small script closes both toggles (through click(), so Material sees the change) when
    the reader leaves the page: the state the browser saves is then always "closed".
    """
    for toggle in STATE_TOGGLES:
        stock = f'{toggle} autocomplete="off">'
        if stock in output:
            output = output.replace(stock, f"{toggle}>")
        elif f"{toggle}>" not in output:
            log.warning(
                "Material's markup has changed in %s: %s not found. Update STATE_TOGGLES in "
                "scripts/hooks.py for this Material version.",
                where,
                toggle,
            )
    head, sep, tail = output.rpartition("</body>")
    return head + CLOSE_TOGGLES_SCRIPT + sep + tail if sep else output


def on_post_page(output, page, config):
    _pages[page.file.dest_uri] = f"docs/{page.file.src_uri}"
    return close_toggles_on_leave(output, f"docs/{page.file.src_uri}")


def on_post_template(output_content, template_name, config):
    if template_name == "404.html":
        return close_toggles_on_leave(output_content, "overrides/404.html")
    return output_content


def patch_bundle(site: Path, bundle: Path) -> None:
    """Apply BUNDLE_PATCHES to Material's bundle and give it a new fingerprint.

    The server caches fingerprinted files for a year as immutable, so patched content must
    not keep the name of the stock file (or of an earlier patch): the new name is derived
    from the patched text, and every page is pointed at it.
    """
    text = bundle.read_text(encoding="utf-8")
    for url in CDN_SCRIPTS:
        # Same length, so the bundle's source map still lines up column by column.
        text = text.replace(f'"{url}"', '""' + " " * len(url))
    for what, stock, patched in BUNDLE_PATCHES:
        if stock in text:
            text = text.replace(stock, patched)
        elif patched not in text:
            log.warning(
                "Material's bundle %s has changed: the patch '%s' in scripts/hooks.py no longer "
                "applies. Update BUNDLE_PATCHES for this Material version.",
                bundle.name,
                what,
            )
    # The patches change lengths, so the source map no longer fits: stop pointing to it.
    text = re.sub(r"\n?//# sourceMappingURL=\S+\s*$", "\n", text)
    bundle.with_name(bundle.name + ".map").unlink(missing_ok=True)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    renamed = bundle.with_name(f"bundle.{digest}.min.js")
    bundle.unlink()
    renamed.write_text(text, encoding="utf-8")
    for page in site.rglob("*.html"):
        html_text = page.read_text(encoding="utf-8")
        if bundle.name in html_text:
            page.write_text(html_text.replace(bundle.name, renamed.name), encoding="utf-8")


def on_post_build(config):
    site = Path(config["site_dir"])
    for bundle in sorted((site / "assets" / "javascripts").glob("bundle.*.min.js")):
        patch_bundle(site, bundle)

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
