"""The built site in real Chromium, as a reader uses it: search, tabs, deep links, phones."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}

# A query a reader types, and the section that must come up for it.
SEARCHES = {
    "GradientTape": "tensorflow/#gradienttape",
    "tf.function": "tensorflow/#eager-and-graph",
    "from_logits": "keras/#training",
    "KERAS_BACKEND": "keras/#keras-3-backends",
    "model.export": "keras/#saving-and-export",
    "tf.data": "tensorflow/#data-pipelines",
    "TPU": "tensorflow/#hardware",
    "windows gpu": "tensorflow/#hardware",
    "TFSMLayer": "keras/#saving-and-export",
    "train_step": "together/#custom-train-step-with-gradienttape",
    "jit_compile": "differences/#performance",
}
TOP = 3  # the expected section must be among the first TOP results


def _search(page, site, query: str) -> list[str]:
    """Type `query` as a reader does; return the result links in order, as site-relative
    addresses without the ?h= highlight parameter, each once."""
    box = page.locator(".md-search__input")
    box.fill("")
    box.press_sequentially(query)
    page.locator(".md-search-result__item").first.wait_for(state="attached")
    hrefs = page.eval_on_selector_all(
        ".md-search-result__list a.md-search-result__link", "els => els.map(e => e.href)"
    )
    ordered = []
    for href in hrefs:
        href = re.sub(r"\?h=[^#]*", "", href.removeprefix(site.url))
        if href not in ordered:
            ordered.append(href)
    return ordered


def _open_search(page):
    """Phones show a search button; wider screens show the search box itself."""
    button = page.locator("label.md-header__button[for='__search']")
    if button.is_visible():
        button.click()
    else:
        page.locator(".md-search__input").click()
    page.locator(".md-search__input").wait_for(state="visible")


def test_home_page_loads_cleanly_and_stays_on_its_own_host(site, visit):
    v = visit()
    response = v.page.goto(site.url)
    assert response.status == 200
    v.page.wait_for_load_state("networkidle")
    # Exercise what loads lazily: the search worker and index, and a page switch.
    _open_search(v.page)
    assert _search(v.page, site, "Keras")
    v.page.keyboard.press("Escape")
    v.page.locator("a.md-nav__link[href$='differences/']").first.click()
    v.page.wait_for_url(re.compile(r"differences/$"))
    v.page.wait_for_load_state("networkidle")
    assert v.offsite == [], f"requests to other hosts: {v.offsite}"
    assert v.errors == [], f"console errors: {v.errors}"


@pytest.mark.parametrize("path", ["tensorflow/", "keras/", "differences/", "together/"])
def test_every_page_loads_cleanly_and_stays_on_its_own_host(site, visit, path):
    v = visit()
    assert v.page.goto(site.url + path).status == 200
    v.page.wait_for_load_state("networkidle")
    assert v.offsite == [], f"/{path} asked other hosts for: {v.offsite}"
    assert v.errors == [], f"/{path} console errors: {v.errors}"


@pytest.mark.parametrize("query", SEARCHES)
def test_search_finds_the_section(site, visit, query):
    v = visit()
    v.page.goto(site.url)
    _open_search(v.page)
    hrefs = _search(v.page, site, query)
    assert SEARCHES[query] in hrefs[:TOP], f"{query!r}: expected {SEARCHES[query]} in top {TOP}, got {hrefs[:8]}"


def test_clicking_a_search_result_lands_on_its_anchor(site, visit):
    v = visit()
    v.page.goto(site.url)
    _open_search(v.page)
    _search(v.page, site, "GradientTape")
    v.page.locator(".md-search-result__list a.md-search-result__link[href$='#gradienttape']").first.click()
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


def test_phone_search(site, visit):
    v = visit(PHONE)
    v.page.goto(site.url)
    _open_search(v.page)
    hrefs = _search(v.page, site, "LiteRT")
    assert any(h.startswith("tensorflow/#deployment") for h in hrefs[:TOP]), hrefs[:8]
    result = v.page.locator(".md-search-result__list a.md-search-result__link[href$='#deployment']").first
    # The search panel slides in; once it settles the result fits the screen.
    v.page.wait_for_function(
        "el => { const r = el.getBoundingClientRect(); return r.left >= 0 && r.right <= innerWidth }",
        arg=result.element_handle(),
    )
    result.click()
    v.page.wait_for_url(re.compile(r"tensorflow/(\?h=litert)?#deployment$"))
    assert v.offsite == [] and v.errors == []


@pytest.mark.parametrize("path", ["", "tensorflow/", "keras/", "differences/", "together/"])
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
