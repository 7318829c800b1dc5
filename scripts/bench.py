"""Performance budget report for the site served at --url (use ./scripts/bench.sh).

For every page: Lighthouse scores (mobile and desktop presets) and the bytes a first visit
transfers; for the search: milliseconds from a keypress to the first result on screen.
Prints one table and writes the numbers as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {
    "performance": 98,  # mobile; desktop is reported as well
    "accessibility": 100,
    "best-practices": 100,
    "seo": 100,
    "first_load_kb": 120,
    "search_ms": 50,
}
CHROMIUM_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync"
)
SEARCH_QUERIES = ["GradientTape", "tf.data", "KERAS_BACKEND", "LiteRT", "TPU", "from_logits",
                  "model.export", "tf_keras", "jit_compile", "train_step", "keras 3", "SavedModel"]


def pages(docs: Path) -> list[str]:
    return sorted("" if p.name == "index.md" else p.stem + "/" for p in docs.glob("*.md"))


def lighthouse(binary: str, chromium: str, url: str, preset: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        cmd = [
            binary, url, "--quiet", "--output=json", f"--output-path={out}",
            f"--chrome-flags={CHROMIUM_FLAGS} --user-data-dir={tmp}/profile",
            "--only-categories=" + ",".join(CATEGORIES),
        ]
        if preset == "desktop":
            cmd.append("--preset=desktop")
        env = {**os.environ, "CHROME_PATH": chromium}
        subprocess.run(cmd, check=True, env=env, timeout=300)
        report = json.loads(out.read_text())
    scores = {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}
    scores["first_load_kb"] = round(report["audits"]["total-byte-weight"]["numericValue"] / 1024, 1)
    failing = [
        f"{a['id']}" for a in report["audits"].values()
        if a.get("score") is not None and a["score"] < 1 and a.get("scoreDisplayMode") == "binary"
    ]
    scores["failing_audits"] = failing
    return scores


def search_latency(chromium: str, url: str) -> list[float]:
    from playwright.sync_api import sync_playwright

    timings = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS.split())
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(url)
        page.locator(".md-search__input").click()
        page.wait_for_function("document.querySelector('.md-search__form') !== null")
        page.wait_for_timeout(1500)  # the worker loads the index once, as for a reader
        for query in SEARCH_QUERIES:
            page.locator(".md-search__input").fill("")
            page.wait_for_timeout(200)
            page.evaluate(
                """() => {
                  window.__searchDone = new Promise(resolve => {
                    const list = document.querySelector('.md-search-result__list');
                    const observer = new MutationObserver(() => {
                      if (list.children.length) { observer.disconnect(); resolve(performance.now()); }
                    });
                    observer.observe(list, {childList: true});
                  });
                  window.__searchStart = null;
                  document.querySelector('.md-search__input').addEventListener(
                    'keydown', () => { window.__searchStart ??= performance.now(); }, {once: true});
                }"""
            )
            page.locator(".md-search__input").press_sequentially(query[:1])
            done = page.evaluate("window.__searchDone")
            timings.append(done - page.evaluate("window.__searchStart"))
        browser.close()
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", required=True)
    parser.add_argument("--lighthouse", required=True)
    parser.add_argument("--chromium", default=os.environ.get("CHROMIUM", "/usr/bin/chromium"))
    parser.add_argument("--docs", default="docs")
    parser.add_argument("--json", default="bench.json")
    args = parser.parse_args()

    rows = []
    for path in pages(Path(args.docs)):
        for preset in ("mobile", "desktop"):
            result = lighthouse(args.lighthouse, args.chromium, args.url + path, preset)
            rows.append({"page": "/" + path, "preset": preset, **result})
            print(f"  measured /{path} ({preset})", file=sys.stderr)
    timings = search_latency(args.chromium, args.url)
    search = {"median_ms": round(statistics.median(timings), 1), "max_ms": round(max(timings), 1),
              "runs": len(timings)}

    header = f"{'page':<22} {'preset':<8} {'perf':>5} {'a11y':>5} {'bp':>5} {'seo':>5} {'KB':>7}  failing"
    print(header)
    print("-" * len(header))
    for r in rows:
        print(f"{r['page']:<22} {r['preset']:<8} {r['performance']:>5} {r['accessibility']:>5} "
              f"{r['best-practices']:>5} {r['seo']:>5} {r['first_load_kb']:>7}  "
              f"{' '.join(r['failing_audits'])}")
    print(f"search: median {search['median_ms']} ms, max {search['max_ms']} ms "
          f"over {search['runs']} queries (keypress to first result)")

    mobile = [r for r in rows if r["preset"] == "mobile"]
    misses = []
    for r in mobile:
        for key in CATEGORIES:
            if r[key] < TARGETS[key]:
                misses.append(f"{r['page']} mobile {key} {r[key]} < {TARGETS[key]}")
        if r["first_load_kb"] > TARGETS["first_load_kb"]:
            misses.append(f"{r['page']} first load {r['first_load_kb']} KB > {TARGETS['first_load_kb']} KB")
    if search["median_ms"] > TARGETS["search_ms"]:
        misses.append(f"search median {search['median_ms']} ms > {TARGETS['search_ms']} ms")
    Path(args.json).write_text(json.dumps(
        {"targets": TARGETS, "pages": rows, "search": search, "misses": misses}, indent=2))
    print("targets met" if not misses else "targets missed:\n  " + "\n  ".join(misses))
    print(f"JSON written to {args.json}")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
