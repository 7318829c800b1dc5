"""axe-core on every page of the built site in real Chromium: zero violations.

Each page is checked at desktop and phone size, in the light and the dark palette (the site
follows prefers-color-scheme), with axe's default rules: WCAG 2.0, 2.1 and 2.2 A and AA
plus axe's best practices. Nothing is disabled or excluded; a problem in the theme is fixed
in overrides/ or docs/assets/stylesheets/site.css. axe.min.js comes from the npm package
axe-core pinned in package-lock.json (./scripts/test.sh installs it with npm ci).
"""

from __future__ import annotations

from collections import Counter

import pytest

from conftest import PATHS, PHONE_DEVICE, ROOT, open_search, scroll_through, search_settled

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"

# The phone is a real one as Chromium emulates it: touch and no hover, not only its size.
# Material and the site behave differently there (code blocks' keyboard focus, link signs).
DEVICES = {
    "desktop": {"viewport": {"width": 1280, "height": 900}},
    "mobile": PHONE_DEVICE,
}
# Playwright's colour scheme -> the Material palette the page must end up in.
SCHEMES = {"light": "default", "dark": "slate"}

NOT_FOUND = "no-such-page/"


def _open(visit, site, path: str, viewport: str, scheme: str):
    """A fresh page at `path`, loaded and in the palette of `scheme`."""
    v = visit(**DEVICES[viewport])
    v.page.emulate_media(color_scheme=scheme)
    response = v.page.goto(site.url + path)
    assert response.status == (404 if path == NOT_FOUND else 200), f"/{path}: {response.status}"
    v.page.wait_for_load_state("networkidle")
    v.page.wait_for_function(
        "s => document.body.getAttribute('data-md-color-scheme') === s", arg=SCHEMES[scheme]
    )
    return v.page


def _scroll_through(page) -> None:
    """Material (content.lazy) equips a code block (copy button, keyboard focus) only when it
    scrolls into view. Scroll through the page as a reader would, wait until every visible
    block is equipped, and return to the top."""
    scroll_through(page)
    page.wait_for_function(
        """() => [...document.querySelectorAll('pre > code')]
                 .filter(c => c.offsetParent !== null)
                 .every(c => c.closest('pre').id.startsWith('__code_'))"""
    )
    page.evaluate("scrollTo(0, 0)")
    # The header swaps the page title back for the site name with a fade: let it finish.
    page.wait_for_timeout(50)
    page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")


def _axe(page, where: str) -> None:
    """Run axe with its default rules on the whole document; fail listing every violation."""
    if not AXE.is_file():
        pytest.fail(f"{AXE.relative_to(ROOT)} is missing: run ./scripts/test.sh, or npm ci")
    page.add_script_tag(path=str(AXE))
    # resultTypes only trims the detail kept for passing checks; every rule still runs.
    results = page.evaluate("() => axe.run(document, { resultTypes: ['violations'] })")
    violations = results["violations"]
    if not violations:
        return
    nodes = sum(len(v["nodes"]) for v in violations)
    counts = Counter({v["id"]: len(v["nodes"]) for v in violations})
    lines = [
        f"{where}: {len(violations)} axe rules violated on {nodes} elements "
        f"({', '.join(f'{rule} x{n}' for rule, n in counts.most_common())})"
    ]
    for v in violations:
        lines.append(f"\n[{v['impact']}] {v['id']}: {v['help']} ({v['helpUrl']})")
        for node in v["nodes"]:
            target = " ".join(" >> ".join(t) if isinstance(t, list) else t for t in node["target"])
            summary = " / ".join(
                line.strip() for line in node["failureSummary"].splitlines()[1:] if line.strip()
            )
            lines.append(f"  {target}\n      {summary}")
    pytest.fail("\n".join(lines), pytrace=False)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("viewport", DEVICES)
@pytest.mark.parametrize("path", PATHS + [NOT_FOUND])
def test_page_has_no_axe_violations(site, visit, path, viewport, scheme):
    """Both as the page loads (code blocks below the fold not equipped yet) and after the
    reader has scrolled through it (every block with its copy button)."""
    page = _open(visit, site, path, viewport, scheme)
    _axe(page, f"/{path} ({viewport}, {scheme}, as loaded)")
    _scroll_through(page)
    _axe(page, f"/{path} ({viewport}, {scheme}, scrolled through)")


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("viewport", DEVICES)
def test_search_with_results_has_no_axe_violations(site, visit, viewport, scheme):
    """The search open with a query typed: the dialog, the results, highlighted terms and
    code excerpts ("keras" matches pages with code in the result text)."""
    page = _open(visit, site, "", viewport, scheme)
    open_search(page)
    box = page.locator(".md-search__input")
    box.press_sequentially("keras")
    search_settled(page)
    page.locator(".md-search-result__item").first.wait_for(state="visible")
    assert page.locator(".md-search-result mark").count() > 0, "no highlighted terms to check"
    _axe(page, f"search for 'keras' ({viewport}, {scheme})")


@pytest.mark.parametrize("scheme", SCHEMES)
def test_open_navigation_drawer_has_no_axe_violations(site, visit, scheme):
    page = _open(visit, site, "differences/", "mobile", scheme)
    page.locator("label.md-header__button[for='__drawer']").click()
    link = page.locator("nav.md-nav--primary a.md-nav__link[href$='keras/']").first
    page.wait_for_function(
        "el => { const r = el.getBoundingClientRect(); return r.left >= 0 && r.right <= innerWidth }",
        arg=link.element_handle(),
    )
    _axe(page, f"navigation drawer on /differences/ (mobile, {scheme})")
