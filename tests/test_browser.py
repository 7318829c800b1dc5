"""The built site in real Chromium, as a reader uses it: search, tabs, deep links, phones."""

from __future__ import annotations

import re

import pytest

from conftest import PATHS, SEARCH_WATCH, open_search, reader_questions, search_settled

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


# Search lands on the answer. Every entry of tests/reader_questions.yml is a real question
# with the words a reader types for it (an identifier, a pasted error, a whole question) and
# the sections that answer it. One of them must be among the first TOP results, a result
# being what Material shows for one page: its best-matching section.
TOP = 3
BANK = reader_questions()


def _search(page, site, query: str) -> list[str]:
    """Type `query` as a reader does; return, in order, the section each result shows
    first (site-relative, without the ?h= highlight parameter)."""
    box = page.locator(".md-search__input")
    # The whole query but its last character at once, then that character as a key press:
    # the search runs once, on the keyup, as it does for a reader who types.
    box.fill(query[:-1])
    box.press(query[-1])
    search_settled(page)
    page.locator(".md-search-result__item").first.wait_for(state="attached")
    hrefs = page.evaluate(
        """() => Array.from(document.querySelectorAll('.md-search-result__list > li'))
          .map(li => {
            const shown = Array.from(li.querySelectorAll('a.md-search-result__link'))
              .filter(a => !a.closest('details'));
            const section = shown.find(a => a.getAttribute('href').includes('#'));
            return (section || shown[0]).href;
          })"""
    )
    return [re.sub(r"\?h=[^#]*", "", h.removeprefix(site.url)) for h in hrefs]


def test_home_page_loads_cleanly_and_stays_on_its_own_host(site, visit):
    v = visit()
    response = v.page.goto(site.url)
    assert response.status == 200
    v.page.wait_for_load_state("networkidle")
    # Exercise what loads lazily: the search worker and index, and a page switch.
    open_search(v.page)
    assert _search(v.page, site, "Keras")
    v.page.keyboard.press("Escape")
    v.page.locator("a.md-nav__link[href$='differences/']").first.click()
    v.page.wait_for_url(re.compile(r"differences/$"))
    v.page.wait_for_load_state("networkidle")
    assert v.offsite == [], f"requests to other hosts: {v.offsite}"
    assert v.errors == [], f"console errors: {v.errors}"


@pytest.mark.parametrize("path", [p for p in PATHS if p])
def test_every_page_loads_cleanly_and_stays_on_its_own_host(site, visit, path):
    v = visit()
    assert v.page.goto(site.url + path).status == 200
    v.page.wait_for_load_state("networkidle")
    assert v.offsite == [], f"/{path} asked other hosts for: {v.offsite}"
    assert v.errors == [], f"/{path} console errors: {v.errors}"


@pytest.fixture(scope="module")
def search_page(browser, site):
    """One page with the search open, shared by the ranking tests (the index loads once)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    context.add_init_script(SEARCH_WATCH)
    page = context.new_page()
    page.goto(site.url)
    open_search(page)
    yield page
    context.close()


@pytest.mark.parametrize("entry", BANK, ids=[e.search for e in BANK])
def test_search_lands_on_the_answer(site, search_page, entry):
    results = _search(search_page, site, entry.search)
    assert set(entry.urls()) & set(results[:TOP]), (
        f"{entry.search!r} ({entry.theme}: {entry.q}): none of {list(entry.answers)} "
        f"in the first {TOP} results {results[:TOP]}"
    )


def test_clicking_a_search_result_lands_on_its_anchor(site, visit):
    v = visit()
    v.page.goto(site.url)
    open_search(v.page)
    _search(v.page, site, "GradientTape")
    v.page.locator(
        ".md-search-result__list a.md-search-result__link[href*='tensorflow/'][href$='#gradienttape']"
    ).first.click()
    v.page.wait_for_url(re.compile(r"tensorflow/(\?h=gradienttape)?#gradienttape$"))
    heading = v.page.locator("h3#gradienttape")
    heading.wait_for(state="visible")
    box = heading.bounding_box()
    assert box and 0 <= box["y"] < v.page.viewport_size["height"] / 2, f"heading not scrolled to: {box}"


def test_tab_anchor_opens_with_that_tab_selected(site, visit):
    v = visit()
    v.page.goto(site.url + "differences/#training-loop-tensorflow")
    assert v.page.locator("#training-loop-tensorflow").is_checked()
    assert not v.page.locator("#training-loop-keras").is_checked()
    panel = v.page.locator("#training-loop ~ .tabbed-set .tabbed-block").nth(1)
    assert panel.is_visible() and "GradientTape" in panel.inner_text()


def test_chosen_tab_is_kept_on_the_next_page(site, visit):
    v = visit()
    v.page.goto(site.url + "differences/")
    v.page.locator("label[for='defining-a-model-tensorflow']").click()
    # Linked tabs: every set on this page switches with it...
    assert v.page.locator("#training-loop-tensorflow").is_checked()
    # ...and the choice follows the reader, by link and by a fresh load.
    v.page.locator("a.md-nav__link[href$='together/']").first.click()
    v.page.wait_for_url(re.compile(r"together/$"))
    v.page.locator("#export-for-serving-tensorflow").wait_for(state="attached")
    assert v.page.locator("#export-for-serving-tensorflow").is_checked()
    v.page.goto(site.url + "together/")
    assert v.page.locator("#export-for-serving-tensorflow").is_checked()


def test_phone_navigation_drawer(site, visit):
    v = visit(PHONE)
    v.page.goto(site.url)
    keras_link = v.page.locator("nav.md-nav--primary a.md-nav__link[href$='keras/']").first
    assert not v.page.locator("#__drawer").is_checked()
    assert keras_link.bounding_box()["x"] < 0, "the drawer is open before it is asked for"
    v.page.locator("label.md-header__button[for='__drawer']").click()
    assert v.page.locator("#__drawer").is_checked()
    v.page.wait_for_function(
        "el => { const r = el.getBoundingClientRect(); return r.left >= 0 && r.right <= innerWidth }",
        arg=keras_link.element_handle(),
    )
    keras_link.click()
    v.page.wait_for_url(re.compile(r"keras/$"))
    v.page.locator("h1#keras").wait_for(state="visible")
    assert v.offsite == [] and v.errors == []


@pytest.mark.parametrize("leave", ["reload", "back"])
def test_drawer_and_search_are_closed_when_the_reader_comes_back(site, visit, leave):
    """A browser restores form state on reload and on a back navigation that misses its cache;
    Material's checkboxes for the drawer and the search must not come back open
    (scripts/hooks.py: close_toggles_on_leave, which replaces an invalid autocomplete="off")."""
    v = visit(PHONE)
    for toggle in ("__drawer", "__search"):
        v.page.goto(site.url + "keras/")
        v.page.locator(f"label.md-header__button[for='{toggle}']").click()
        assert v.page.locator(f"#{toggle}").is_checked()
        if leave == "reload":
            v.page.reload()
        else:
            v.page.goto(site.url + "faq/")
            v.page.go_back()
        v.page.wait_for_load_state("load")
        v.page.wait_for_timeout(300)  # a restore lands after parsing; give it time
        assert not v.page.locator("#__drawer").is_checked(), f"drawer open after {leave}"
        assert not v.page.locator("#__search").is_checked(), f"search open after {leave}"
    assert v.offsite == [] and v.errors == []


def test_phone_search(site, visit):
    v = visit(PHONE)
    v.page.goto(site.url)
    open_search(v.page)
    results = _search(v.page, site, "LiteRT")
    litert = next(e for e in BANK if e.search == "LiteRT")  # the same answers as on desktop
    assert set(results[:TOP]) & set(litert.urls()), results[:TOP]
    first = v.page.locator(".md-search-result__list > li").first.locator(
        f"a.md-search-result__link[href*='{results[0].split('#')[1]}']"
    ).first
    # The search panel slides in; once it settles the result fits the screen.
    v.page.wait_for_function(
        "el => { const r = el.getBoundingClientRect(); return r.left >= 0 && r.right <= innerWidth }",
        arg=first.element_handle(),
    )
    first.click()
    page_path, anchor = results[0].split("#")
    v.page.wait_for_url(re.compile(re.escape(page_path) + r"(\?h=[^#]*)?#" + re.escape(anchor) + "$"))
    assert v.offsite == [] and v.errors == []


@pytest.mark.parametrize("path", PATHS)
def test_phone_pages_do_not_scroll_sideways(site, visit, path):
    v = visit(PHONE)
    v.page.goto(site.url + path)
    width = v.page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"/{path} is {width}px wide on a {PHONE['width']}px screen"


def test_unknown_address_shows_the_not_found_page_with_search(site, visit):
    v = visit()
    response = v.page.goto(site.url + "gradient-tape-guide/")
    assert response.status == 404
    assert v.page.locator("h1#page-not-found").is_visible()
    box = v.page.locator("#tvk-notfound-query")
    assert box.input_value() == "gradient tape guide"
    box.press("Enter")
    v.page.wait_for_url(re.compile(r"\?q=gradient\+tape\+guide"))
    v.page.locator(".md-search-result__item").first.wait_for(state="attached")
    assert v.offsite == []


def test_search_index_loads_only_when_the_reader_searches(site, visit):
    """scripts/hooks.py defers Material's index download (the largest file of a first visit)
    to the first focus of the search box."""
    v = visit()
    requested = []
    v.page.on("request", lambda r: requested.append(r.url))
    v.page.goto(site.url + "keras/")
    v.page.wait_for_load_state("networkidle")
    assert not any(u.endswith("search_index.json") for u in requested), "index loaded eagerly"
    open_search(v.page)
    assert _search(v.page, site, "TFSMLayer"), "no results once the index loaded"
    assert any(u.endswith("search_index.json") for u in requested)
    assert v.errors == []


def test_code_blocks_get_their_copy_button_when_scrolled_to(site, visit):
    """content.lazy: Material equips a code block (copy button, scroll focus) when it comes
    into view, not all 70 on load. A block far down the page works once the reader gets
    there, and its button sits in a plain container, not a navigation landmark."""
    v = visit({"width": 390, "height": 844})
    v.page.goto(site.url + "troubleshooting/")
    v.page.wait_for_load_state("networkidle")
    blocks = v.page.locator("div.highlight:visible")
    last = blocks.last
    assert last.locator(".md-code__button").count() == 0, "off-screen block mounted on load"
    last.scroll_into_view_if_needed()
    button = last.locator("button.md-code__button[data-md-type='copy']")
    button.wait_for(state="attached")
    assert button.evaluate("b => b.closest('nav') === null"), "copy button inside a <nav>"
    assert v.page.locator("nav.md-code__nav").count() == 0
    assert v.errors == []

