"""Take the review screenshots of a built site (called by scripts/screenshots.sh).

Usage: python scripts/screenshots.py SITE_DIR OUT_DIR
Serves SITE_DIR on a free local port (unknown paths get its 404.html, as on the real host)
and writes OUT_DIR/<view>-<device>-<palette>.png for every view, device and palette below.
"""

from __future__ import annotations

import os
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from playwright.sync_api import sync_playwright

DEVICES = {
    "desktop": {"viewport": {"width": 1280, "height": 900}},
    "phone": {
        "viewport": {"width": 390, "height": 844},
        "is_mobile": True,
        "has_touch": True,
        "device_scale_factor": 2,
    },
}
PALETTES = ("light", "dark")
# view -> (address, what to do once the page has loaded)
VIEWS = {
    "home": ("", None),
    "tabbed-section": ("differences/#training-loop-tensorflow", None),
    "wide-table": ("versions/#version-matrix", None),
    "search": ("?q=GradientTape", "search"),
    "not-found": ("no-such-page/", None),
}
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


class Handler(SimpleHTTPRequestHandler):
    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def main(site: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        for device, options in DEVICES.items():
            for palette in PALETTES:
                context = browser.new_context(color_scheme=palette, **options)
                page = context.new_page()
                for view, (address, action) in VIEWS.items():
                    page.goto(base + address)
                    page.wait_for_load_state("networkidle")
                    if action == "search":
                        page.locator(".md-search-result__item").first.wait_for(state="visible")
                    page.wait_for_timeout(400)  # let fades and the tab indicator settle
                    path = out / f"{view}-{device}-{palette}.png"
                    page.screenshot(path=str(path))
                    print(path)
                context.close()
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]))
