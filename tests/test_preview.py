"""Production serving: the strict build behind nginx with nginx/site.conf.template, as
./scripts/preview.sh runs it. Headers, compression, caching and the 404 page over HTTP; every
page and the search in Chromium under the Content-Security-Policy; and the first-visit page
weight computed from the built files."""

from __future__ import annotations

import gzip
import http.client
import importlib.util
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from conftest import PATHS, ROOT, mkdocs_build

_spec = importlib.util.spec_from_file_location("csp", ROOT / "scripts" / "csp.py")
csp = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(csp)

FINGERPRINTED = re.compile(r"\.[0-9a-f]{8}\.min\.(js|css)$")
IMMUTABLE = "public, max-age=31536000, immutable"
# The budget for what a first visit to one page transfers, gzip-compressed.
FIRST_VISIT_BUDGET = 120 * 1024
# What nginx compresses (gzip_types in nginx/site.conf.template, plus HTML) and from what size.
GZIP_SUFFIXES = {".html", ".css", ".js", ".json", ".xml", ".svg", ".txt"}
GZIP_MIN_LENGTH = 256
GZIP_LEVEL = 6


def _bash(snippet: str, *args: str, env: dict | None = None, timeout: int = 900) -> str:
    """Run `snippet` after sourcing scripts/_nginx.sh (the helpers preview.sh uses)."""
    result = subprocess.run(
        ["bash", "-c", f'source scripts/_nginx.sh && {snippet}', "bash", *args],
        cwd=ROOT, env={**os.environ, **(env or {})}, capture_output=True, text=True, timeout=timeout,
    )
    if result.returncode != 0:
        pytest.fail(f"scripts/_nginx.sh: {snippet} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class NginxSite:
    dir: Path  # the built site nginx serves
    url: str  # http://127.0.0.1:PORT/
    port: int
    policy: str  # the Content-Security-Policy computed from dir

    def request(self, path: str, method: str = "GET", headers: dict | None = None):
        """(response, body) for `path` under the site root; no automatic decompression."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            conn.request(method, "/" + path.lstrip("/"), headers=headers or {})
            response = conn.getresponse()
            return response, response.read()
        finally:
            conn.close()


@pytest.fixture(scope="session")
def nginx_site():
    """The strict build with SITE_URL set to a free 127.0.0.1 port, served there by nginx with
    the generated config, exactly as ./scripts/preview.sh does; nginx stops afterwards."""
    nginx = _bash('ensure_nginx && echo "$NGINX_BIN"').strip().splitlines()[-1]
    # mkdtemp is private (0700); as root, nginx's workers run as nobody and must read the site.
    base = Path(tempfile.mkdtemp(prefix="tvk-preview-"))
    base.chmod(0o755)
    site_dir, prefix = base / "site", base / "nginx"
    port = _free_port()
    url = f"http://127.0.0.1:{port}/"
    proc = None
    try:
        result = mkdocs_build(ROOT, site_dir, SITE_URL=url)
        if result.returncode != 0:
            pytest.fail(f"strict build failed:\n{result.stdout}")
        _bash('write_nginx_conf "$@"', str(site_dir), f"127.0.0.1:{port}", str(prefix),
              env={"NGINX_BIN": nginx, "NGINX_ACCESS_LOG": str(prefix / "logs" / "access.log")})
        log = open(prefix / "logs" / "nginx.out", "wb")
        env = {k: v for k, v in os.environ.items() if k != "NGINX"}  # nginx reads $NGINX itself
        proc = subprocess.Popen(
            [nginx, "-e", "stderr", "-p", str(prefix), "-c", str(prefix / "nginx.conf")],
            stdout=log, stderr=subprocess.STDOUT, env=env,
        )
        deadline = time.monotonic() + 15
        while True:
            if proc.poll() is not None:
                pytest.fail(f"nginx exited with {proc.returncode}:\n{(prefix / 'logs' / 'nginx.out').read_text()}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("nginx did not accept connections within 15 s")
                time.sleep(0.1)
        yield NginxSite(site_dir, url, port, csp.policy(site_dir))
    finally:
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGQUIT)  # graceful shutdown
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        shutil.rmtree(base, ignore_errors=True)


def _directives(policy: str) -> dict[str, list[str]]:
    out = {}
    for part in policy.split(";"):
        words = part.split()
        if words:
            out[words[0].lower()] = words[1:]
    return out


# ------------------------------------------------------------------ headers over HTTP


def _some_fingerprinted(site_dir: Path) -> list[str]:
    found = sorted(
        p.relative_to(site_dir).as_posix() for p in (site_dir / "assets").rglob("*")
        if FINGERPRINTED.search(p.name)
    )
    assert found, "no fingerprinted Material assets (name.<8 hex>.min.js/css) in the build"
    return found


def test_security_headers_on_every_kind_of_response(nginx_site):
    paths = ["", "faq/", "search/search_index.json", "assets/stylesheets/site.css",
             *_some_fingerprinted(nginx_site.dir)[:2], "no-such-page/"]
    for path in paths:
        response, _ = nginx_site.request(path)
        h = response.headers
        assert h["Content-Security-Policy"] == nginx_site.policy, f"/{path}: CSP {h['Content-Security-Policy']!r}"
        assert h["X-Content-Type-Options"] == "nosniff", f"/{path}"
        assert h["Referrer-Policy"] == "strict-origin-when-cross-origin", f"/{path}"
        denied = {f.split("=")[0].strip() for f in (h["Permissions-Policy"] or "").split(",") if f.strip().endswith("=()")}
        assert {"camera", "microphone", "geolocation", "payment", "usb"} <= denied, f"/{path}: {h['Permissions-Policy']!r}"
        assert "nginx/" not in (h["Server"] or ""), f"/{path}: the server version is shown"


def test_csp_allows_only_the_built_inline_scripts(nginx_site):
    response, _ = nginx_site.request("")
    d = _directives(response.headers["Content-Security-Policy"])
    script_src = d["script-src"]
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src, script_src
    assert script_src[0] == "'self'" and all(s.startswith("'sha256-") for s in script_src[1:]), script_src
    scripts, _, _ = csp.inline_hashes(nginx_site.dir)
    assert set(script_src[1:]) == set(scripts), "script-src hashes differ from the built pages' inline scripts"
    # Material sets styles through the CSSOM only, which style-src does not govern.
    assert "'unsafe-inline'" not in d["style-src"], d["style-src"]
    expected = {
        "default-src": ["'self'"], "object-src": ["'none'"], "base-uri": ["'self'"],
        "frame-ancestors": ["'none'"], "img-src": ["'self'", "data:"], "connect-src": ["'self'"],
        "worker-src": ["'self'"], "form-action": ["'self'"],
    }
    for name, value in expected.items():
        assert d.get(name) == value, f"{name}: {d.get(name)}"


def _gzip_cases(site_dir: Path) -> list[str]:
    assets = _some_fingerprinted(site_dir)
    return ["", "faq/", "assets/stylesheets/site.css", *assets, "search/search_index.json", "sitemap.xml"]


def test_gzip_for_html_css_js_json_xml_when_accepted(nginx_site):
    for path in _gzip_cases(nginx_site.dir):
        file = nginx_site.dir / (path + "index.html" if path == "" or path.endswith("/") else path)
        raw = file.read_bytes()
        response, body = nginx_site.request(path, headers={"Accept-Encoding": "gzip, deflate, br"})
        assert response.status == 200, f"/{path}: {response.status}"
        assert response.headers["Content-Encoding"] == "gzip", f"/{path} is not gzip-compressed"
        assert "Accept-Encoding" in (response.headers["Vary"] or ""), f"/{path}: no Vary: Accept-Encoding"
        assert gzip.decompress(body) == raw, f"/{path}: the compressed body is not the file"
        response, body = nginx_site.request(path)
        assert response.headers["Content-Encoding"] is None and body == raw, f"/{path} compressed unasked"


def test_caching_long_for_fingerprinted_assets_short_for_pages(nginx_site):
    for path in _some_fingerprinted(nginx_site.dir):
        response, _ = nginx_site.request(path)
        assert response.headers["Cache-Control"] == IMMUTABLE, f"/{path}: {response.headers['Cache-Control']!r}"
    for path in ["", "faq/", "faq/index.html", "search/search_index.json", "sitemap.xml", "no-such-page/"]:
        response, _ = nginx_site.request(path)
        assert response.headers["Cache-Control"] == "no-cache", f"/{path}: {response.headers['Cache-Control']!r}"
    for path in ["assets/stylesheets/site.css", "assets/images/favicon.png"]:
        response, _ = nginx_site.request(path)
        assert response.headers["Cache-Control"] == "public, max-age=3600", f"/{path}: {response.headers['Cache-Control']!r}"
    # Revalidation of a page is a cheap 304.
    response, _ = nginx_site.request("faq/")
    again, body = nginx_site.request("faq/", headers={"If-None-Match": response.headers["ETag"]})
    assert again.status == 304 and body == b""


def test_unknown_path_gets_the_custom_404_page(nginx_site):
    page = (nginx_site.dir / "404.html").read_bytes()
    for path in ["gradient-tape-guide/", "faq/no-such-question", "assets/javascripts/missing.js"]:
        response, body = nginx_site.request(path)
        assert response.status == 404, f"/{path}: {response.status}"
        assert response.headers["Content-Type"].startswith("text/html"), f"/{path}"
        assert body == page, f"/{path}: not the site's 404.html"
    response, _ = nginx_site.request("faq")
    assert response.status == 301 and response.headers["Location"] == "/faq/"


# ------------------------------------------------------------------ Chromium under the CSP

# Reports every CSP violation of every document to Python, before any page script runs.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (e) => {
  window.__tvkCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`
    + ` in ${e.sourceFile || location.href}:${e.lineNumber} ${e.sample || ""}`);
});
"""


@dataclass
class CspVisit:
    page: object
    violations: list  # securitypolicyviolation events and console lines about the CSP
    errors: list  # console errors and uncaught exceptions
    offsite: list  # requests to any other host (blocked)


@pytest.fixture
def csp_visit(browser, nginx_site):
    contexts = []

    def make(viewport=None) -> CspVisit:
        context = browser.new_context(viewport=viewport or {"width": 1280, "height": 900})
        contexts.append(context)
        v = CspVisit(None, [], [], [])
        own = urlsplit(nginx_site.url).netloc

        def route(r):
            if urlsplit(r.request.url).netloc == own or r.request.url.startswith(("data:", "blob:")):
                r.continue_()
            else:
                v.offsite.append(r.request.url)
                r.abort()

        context.set_default_timeout(10_000)
        context.route("**/*", route)
        context.expose_function("__tvkCspViolation", lambda text: v.violations.append(text))
        context.add_init_script(REPORT_VIOLATIONS)

        def console(m):
            if re.search(r"Content.Security.Policy|Permissions.Policy", m.text, re.I):
                v.violations.append(f"console {m.type}: {m.text}")
            elif m.type == "error":
                v.errors.append(m.text)

        page = context.new_page()
        page.on("console", console)
        page.on("pageerror", lambda e: v.errors.append(str(e)))
        v.page = page
        return v

    yield make
    for c in contexts:
        c.close()


def _assert_clean(v: CspVisit, where: str):
    assert v.violations == [], f"{where}: CSP violations: {v.violations}"
    assert v.errors == [], f"{where}: console errors: {v.errors}"
    assert v.offsite == [], f"{where}: requests to other hosts: {v.offsite}"


@pytest.mark.browser
@pytest.mark.parametrize("path", PATHS)
def test_every_page_loads_under_the_csp(nginx_site, csp_visit, path):
    v = csp_visit()
    response = v.page.goto(nginx_site.url + path)
    assert response.status == 200
    assert response.headers["content-security-policy"] == nginx_site.policy
    v.page.wait_for_load_state("networkidle")
    _assert_clean(v, f"/{path}")


@pytest.mark.browser
def test_search_works_under_the_csp(nginx_site, csp_visit):
    v = csp_visit()
    v.page.goto(nginx_site.url)
    v.page.locator(".md-search__input").click()
    v.page.locator(".md-search__input").press_sequentially("GradientTape")
    v.page.locator(".md-search-result__item").first.wait_for(state="attached")
    links = v.page.eval_on_selector_all(".md-search-result__list a", "els => els.map(a => a.href)")
    assert any("tensorflow/" in h and h.endswith("#gradienttape") for h in links), links[:5]
    # The share link (href="javascript:void(0)") copies the query address instead of navigating.
    v.page.locator("a[data-md-component='search-share']").click()
    v.page.wait_for_url(re.compile(r"\?q=GradientTape"))
    v.page.wait_for_load_state("networkidle")
    _assert_clean(v, "search")


@pytest.mark.browser
def test_instant_navigation_and_widgets_under_the_csp(nginx_site, csp_visit):
    """Instant navigation swaps pages in with fetch and re-runs their inline scripts."""
    v = csp_visit()
    v.page.goto(nginx_site.url)
    v.page.locator("label.md-header__button[for^='__palette']").first.click()  # dark palette
    for path in [p for p in PATHS if p]:
        v.page.locator(f"nav.md-nav--primary a.md-nav__link[href$='{path}']").first.click()
        v.page.wait_for_url(re.compile(re.escape(path) + "$"))
        v.page.wait_for_load_state("networkidle")
    v.page.goto(nginx_site.url + "differences/")
    v.page.locator("label[for='defining-a-model-tensorflow']").click()  # linked tabs
    block = v.page.locator("div.highlight:visible").first
    block.hover()
    block.locator("button.md-code__button").first.click()  # copy
    abbr = v.page.locator("abbr:visible").first
    if abbr.count():
        abbr.hover()  # glossary tooltip
    v.page.wait_for_timeout(300)
    _assert_clean(v, "instant navigation and widgets")


@pytest.mark.browser
def test_not_found_page_and_its_search_under_the_csp(nginx_site, csp_visit):
    v = csp_visit()
    response = v.page.goto(nginx_site.url + "gradient-tape-guide/")
    assert response.status == 404
    assert response.headers["content-security-policy"] == nginx_site.policy
    assert v.page.locator("h1#page-not-found").is_visible()
    v.page.wait_for_load_state("networkidle")
    # The browser logs the 404 status of the page itself; nothing else may be an error.
    v.errors[:] = [e for e in v.errors if "status of 404" not in e]
    v.page.locator("#tvk-notfound-query").press("Enter")  # form-action 'self'
    v.page.wait_for_url(re.compile(r"\?q=gradient\+tape\+guide"))
    v.page.locator(".md-search-result__item").first.wait_for(state="attached")
    _assert_clean(v, "404 page")


@pytest.mark.browser
def test_the_violation_check_catches_a_missing_hash(nginx_site, csp_visit):
    """The clean results above mean something: drop one inline-script hash and it is caught."""
    v = csp_visit()
    home = (nginx_site.dir / "index.html").read_text(encoding="utf-8")
    dropped = csp.sha256_source(csp.inline_scripts(home)[0])  # runs first, in <head>

    def strip_hash(route):
        response = route.fetch()
        headers = {**response.headers}
        headers["content-security-policy"] = headers["content-security-policy"].replace(" " + dropped, "")
        route.fulfill(response=response, headers=headers)

    v.page.route(nginx_site.url, strip_hash)
    v.page.goto(nginx_site.url)
    v.page.wait_for_load_state("networkidle")
    assert any("script-src" in line for line in v.violations), v.violations


# ------------------------------------------------------------------ first-visit weight


class _Refs(HTMLParser):
    """What a page makes the browser fetch on load: stylesheets, scripts, icons, and the
    JSON config Material reads (search worker, features)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []
        self.config = ""
        self._in_config = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        rels = set((a.get("rel") or "").lower().split())
        if tag == "link" and rels & {"stylesheet", "icon", "modulepreload", "preload"}:
            self.urls.append(a["href"])
        elif tag == "script" and a.get("src"):
            self.urls.append(a["src"])
        elif tag == "img" and a.get("src") and a.get("loading") != "lazy":
            self.urls.append(a["src"])
        elif tag == "script" and a.get("id") == "__config":
            self._in_config = True

    def handle_data(self, data):
        if self._in_config:
            self.config += data

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_config = False


def _transfer_size(file: Path) -> int:
    """Bytes on the wire for `file` from nginx: gzip level 6 for text types at 256 bytes or
    more (as configured), the file itself otherwise; headers not counted."""
    data = file.read_bytes()
    if file.suffix in GZIP_SUFFIXES and len(data) >= GZIP_MIN_LENGTH:
        return len(gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0))
    return len(data)


def first_visit(site_dir: Path, path: str) -> dict[str, int]:
    """{site file: gzip bytes} for everything a first visit to `path` loads without any
    interaction: the page, its CSS, JS, icon and images (the logo), and what Material
    fetches at start-up (sitemap.xml for instant navigation). The search index and worker
    are not part of it: scripts/hooks.py makes Material request the index only when the
    search box first gets focus, and assets/javascripts/search-words.js starts the worker
    only when the index is handed to it. Checked against Chromium's requests on the home
    page."""
    page_url = "http://site/" + path
    html_file = site_dir / (path + "index.html")
    refs = _Refs()
    refs.feed(html_file.read_text(encoding="utf-8"))
    config = json.loads(refs.config) if refs.config else {}
    base = urljoin(page_url, config.get("base", ".") + "/")
    urls = [urljoin(page_url, u) for u in refs.urls]
    if "navigation.instant" in config.get("features", []):
        urls.append(urljoin(base, "sitemap.xml"))
    files = {path + "index.html": html_file}
    for url in urls:
        parts = urlsplit(url)
        if parts.netloc != "site":
            continue
        rel = parts.path.lstrip("/")
        files[rel] = site_dir / rel
    return {rel: _transfer_size(f) for rel, f in files.items()}


@pytest.mark.browser
def test_first_visit_weight_matches_what_chromium_loads(nginx_site, browser):
    """The files the weight counts are the ones a browser really fetches on the home page."""
    context = browser.new_context()
    try:
        page = context.new_page()
        fetched = []
        page.on("requestfinished", lambda r: fetched.append(r.url))
        page.goto(nginx_site.url)
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(500)
    finally:
        context.close()
    seen = {u.removeprefix(nginx_site.url) or "index.html" for u in fetched if u.startswith(nginx_site.url)}
    counted = set(first_visit(nginx_site.dir, ""))
    assert seen == counted, f"Chromium fetched {sorted(seen - counted)} not counted; counted {sorted(counted - seen)} not fetched"


@pytest.mark.parametrize("path", PATHS)
def test_first_visit_weight_within_budget(nginx_site, path):
    sizes = first_visit(nginx_site.dir, path)
    total = sum(sizes.values())
    if total > FIRST_VISIT_BUDGET:
        breakdown = "\n".join(f"  {n:>7,} B  {rel}" for rel, n in sorted(sizes.items(), key=lambda kv: -kv[1]))
        pytest.fail(
            f"/{path}: a first visit transfers {total:,} bytes gzip-compressed, "
            f"{total - FIRST_VISIT_BUDGET:,} over the {FIRST_VISIT_BUDGET:,}-byte budget:\n{breakdown}"
        )
