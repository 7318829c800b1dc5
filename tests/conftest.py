"""Shared fixtures: the project, a strict build of it, a local server and a browser."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
# The site's own build code (tvk_docs/), importable by the tests as by the build.
sys.path.insert(0, str(ROOT))
DOCS = ROOT / "docs"
# What a build reads; fault-injection tests copy these into a temporary project.
PROJECT_PARTS = (
    "mkdocs.yml", "requirements.txt", "requirements-test.txt",
    "docs", "overrides", "examples", "scripts", "tvk_docs",
)

REGISTRY = Path(__file__).with_name("permanent_ids.txt")

# Every page of the site, as a path under the site root ("" is the home page).
PATHS = sorted(
    "" if p.name == "index.md" else p.relative_to(DOCS).with_suffix("").as_posix() + "/"
    for p in DOCS.glob("*.md")
)


def built_path(src: str) -> str:
    """Where a source page lands with directory URLs: keras.md -> keras/index.html."""
    stem = src.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem + ".html"
    return stem + "/index.html"


def permanent_ids() -> set[str]:
    """page.md#id entries of tests/permanent_ids.txt: published link targets."""
    lines = REGISTRY.read_text(encoding="utf-8").splitlines()
    return {l.strip() for l in lines if l.strip() and not l.startswith("#")}


QUESTIONS = Path(__file__).with_name("reader_questions.yml")


@dataclass(frozen=True)
class ReaderQuestion:
    """One entry of tests/reader_questions.yml: a real question and where it is answered."""

    theme: str
    q: str
    source: str
    search: str
    answers: tuple[str, ...]  # page.md#id, best first

    def urls(self) -> tuple[str, ...]:
        """The answers as site-relative result links: faq.md#x -> faq/#x, index.md#x -> #x,
        index.md (a whole page, its title section) -> ""."""
        out = []
        for answer in self.answers:
            page, hash_, anchor = answer.partition("#")
            path = "" if page == "index.md" else page.removesuffix(".md") + "/"
            out.append(f"{path}{hash_}{anchor}")
        return tuple(out)


def reader_questions() -> list[ReaderQuestion]:
    """The question bank, in file order. Every field is checked by test_content."""
    data = yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))
    bank = []
    for theme, entries in data.items():
        for e in entries or []:
            answer = e.get("answer", ())
            bank.append(ReaderQuestion(
                theme=theme,
                q=str(e.get("q", "")),
                source=str(e.get("source", "")),
                search=str(e.get("search", "")),
                answers=tuple([answer] if isinstance(answer, str) else answer),
            ))
    return bank


def pinned(package: str) -> str:
    """The exact version requirements-test.txt pins for `package`."""
    for line in (ROOT / "requirements-test.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(rf"{re.escape(package)}==([^\s#]+)", line.strip())
        if m:
            return m.group(1)
    raise LookupError(f"requirements-test.txt pins no {package}")


def section_pins(pin_file_text: str) -> list[str]:
    """The pins ("keras==3.15.1") between the tested-with markers of a pin file's text, in
    order, comments dropped ([] when the section is missing)."""
    lines = pin_file_text.splitlines()
    try:
        start = lines.index("# --8<-- [start:tested-with]")
        end = lines.index("# --8<-- [end:tested-with]")
    except ValueError:
        return []
    return [l.split("#")[0].strip() for l in lines[start + 1 : end] if l.split("#")[0].strip()]


def pins_in_tested_with_section() -> set[str]:
    """The pins in the tested-with section of requirements-test.txt, the section the home
    page includes (scripts/hooks.py checks it names the main packages)."""
    return set(section_pins((ROOT / "requirements-test.txt").read_text(encoding="utf-8")))


def verified_date(page: Path) -> str | None:
    """The `verified: YYYY-MM-DD` of a page's front matter (the day its claims were last
    checked against the newest releases), or None."""
    text = page.read_text(encoding="utf-8")
    front = text.split("\n---\n", 1)[0] if text.startswith("---\n") else ""
    m = re.search(r"^verified:\s*(\d{4}-\d{2}-\d{2})\s*$", front, re.M)
    return m.group(1) if m else None


def verified_line(html: str) -> str:
    """The text of the line a built page shows under its title ('' if there is none)."""
    m = re.search(r'<p class="tvk-verified">(.*?)</p>', html, re.S)
    return " ".join(re.sub(r"<[^>]+>", "", m.group(1)).replace("&nbsp;", " ").split()) if m else ""


def pins_shown_in_tested_with(html: str) -> set[str]:
    """The pins the tested-with block of a built home page shows (empty if there is none)."""
    section = html[html.index('id="tested-with"'):] if 'id="tested-with"' in html else ""
    block = re.search(r"<code>(.*?)</code>", section, re.S)
    if not block:
        return set()
    lines = re.sub(r"<[^>]+>", "", block.group(1)).splitlines()
    return {l.split("#")[0].strip() for l in lines} - {""}


# A phone as Chromium emulates a real one: its screen size, touch and no hover (so the
# site's (hover: none) styles and Material's touch behaviour apply), its pixel density.
PHONE_DEVICE = {
    "viewport": {"width": 390, "height": 844},
    "is_mobile": True,
    "has_touch": True,
    "device_scale_factor": 3,
}

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def mkdocs_build(project: Path, site_dir: Path, **env: str) -> subprocess.CompletedProcess:
    """Run the strict build of `project` into `site_dir`; output is in .stdout."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=600,
    )


def copy_project(dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, dest / part, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, dest / part)
    return dest


class SiteHandler(SimpleHTTPRequestHandler):
    """Serves the built site the way static hosts do: 404.html for unknown paths."""

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, *args):
        pass


class QuietServer(ThreadingHTTPServer):
    """A browser that drops a connection mid-response is normal, not an error to print."""

    daemon_threads = True

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


@dataclass
class BuiltSite:
    dir: Path
    url: str  # http://127.0.0.1:PORT/
    output: str  # what the build printed

    def html(self, path: str) -> str:
        return (self.dir / path).read_text(encoding="utf-8")

    def pages(self) -> list[Path]:
        return sorted(p for p in self.dir.rglob("*.html"))


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> BuiltSite:
    """The strict build, served on 127.0.0.1 with site_url set to that address."""
    site_dir = tmp_path_factory.mktemp("site")
    server = QuietServer(("127.0.0.1", 0), partial(SiteHandler, directory=str(site_dir)))
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    result = mkdocs_build(ROOT, site_dir, SITE_URL=url)
    if result.returncode != 0:
        server.server_close()
        pytest.fail(f"strict build failed:\n{result.stdout}")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield BuiltSite(site_dir, url, result.stdout)
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    launch = {"args": CHROMIUM_ARGS}
    if chromium != "playwright":
        if not os.access(chromium, os.X_OK):
            pytest.fail(f"no Chromium at {chromium}; run ./scripts/test.sh or set CHROMIUM")
        launch["executable_path"] = chromium
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(**launch)
        yield b
        b.close()


# Counts the queries Material's page script sends to its search worker (message type 2) and
# the result lists the worker sends back (type 3), so a test can wait for the answer to the
# last keypress instead of guessing how long the worker takes (search_settled()).
SEARCH_WATCH = """
(() => {
  const Native = window.Worker;
  window.__search = { sent: 0, answered: 0 };
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", e => { if (e.data && e.data.type === 3) __search.answered++; });
    }
    postMessage(message, ...rest) {
      if (message && message.type === 2) __search.sent++;
      return super.postMessage(message, ...rest);
    }
  };
})();
"""


def search_settled(page) -> None:
    """Wait until the search worker has answered every query sent so far and the page has
    drawn the last answer (needs SEARCH_WATCH in the page's context)."""
    page.wait_for_function("window.__search && __search.sent > 0 && __search.answered >= __search.sent")
    page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


def open_search(page) -> None:
    """Open the search as a reader does: phones show a search button, wider screens the box."""
    button = page.locator("label.md-header__button[for='__search']")
    if button.is_visible():
        button.click()
    else:
        page.locator(".md-search__input").click()
    page.locator(".md-search__input").wait_for(state="visible")


def scroll_through(page) -> None:
    """Scroll from top to bottom half a screen at a time, two frames per step, as a reader
    does; Material (content.lazy) equips each code block as it comes into view."""
    page.evaluate(
        """async () => {
          const frame = () => new Promise(r => requestAnimationFrame(() => r()));
          for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
            scrollTo(0, y); await frame(); await frame();
          }
        }"""
    )


@dataclass
class Visit:
    """A browser page with what it asked of other hosts and what it logged as errors."""

    page: object
    offsite: list
    errors: list


@pytest.fixture
def visit(browser, site):
    """A fresh context (empty storage). Requests to any host but the test server are
    blocked and recorded; console errors and uncaught exceptions are recorded."""

    def make(viewport=None, **options) -> Visit:
        """`options` go to Playwright's new_context (has_touch, is_mobile, permissions...)."""
        context = browser.new_context(viewport=viewport or {"width": 1280, "height": 900}, **options)
        contexts.append(context)
        offsite, errors = [], []
        own = urlsplit(site.url).netloc

        def route(r):
            if urlsplit(r.request.url).netloc == own or r.request.url.startswith(("data:", "blob:")):
                r.continue_()
            else:
                offsite.append(r.request.url)
                r.abort()

        context.set_default_timeout(10_000)
        context.route("**/*", route)
        context.add_init_script(SEARCH_WATCH)
        page = context.new_page()
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        return Visit(page, offsite, errors)

    contexts = []
    yield make
    for c in contexts:
        c.close()
