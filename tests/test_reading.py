"""Reading, searching and sharing, tried in Chromium as a reader does: code that fits, search
that takes a paste, copy buttons that copy what runs, links to a section or tab that can be
copied and that open where they point, on desktops and on a real phone (touch, no hover)."""

from __future__ import annotations

import re
import threading
from functools import partial
from urllib.parse import parse_qs, urlsplit

import pytest

from conftest import (
    PATHS,
    PHONE_DEVICE,
    QuietServer,
    SiteHandler,
    open_search,
    scroll_through,
    search_settled,
)

pytestmark = pytest.mark.browser

DESKTOP_WIDTHS = (1220, 1280, 1440, 1600, 1920)
# The monospace fonts readers have, all about 0.6 em per character: the site's own stack
# (whatever this machine resolves it to), and the two that Linux desktops ship.
CODE_FONTS = (None, "DejaVu Sans Mono", "Liberation Mono")
CLIPBOARD = {"permissions": ["clipboard-read", "clipboard-write"]}

# Every code block's overflow (scrollWidth - clientWidth), hidden tabs included: their
# blocks are shown for the measurement, which changes no width.
MEASURE_CODE = """font => {
  document.documentElement.style.setProperty('--md-code-font', font || '');
  if (!document.getElementById('tvk-show-tabs')) {
    const s = document.createElement('style');
    s.id = 'tvk-show-tabs';
    s.textContent = '.md-typeset .tabbed-content > .tabbed-block { display: block !important }';
    document.head.append(s);
  }
  return [...document.querySelectorAll('article pre > code')].map((c, i) => ({
    index: i,
    over: c.scrollWidth - c.clientWidth,
    first: c.innerText.split('\\n')[0].slice(0, 60),
  }));
}"""


@pytest.mark.parametrize("width", DESKTOP_WIDTHS)
def test_code_blocks_fit_at_desktop_widths(site, visit, width):
    """With both sidebars showing, no code block scrolls or hides its line ends, in any of
    the monospace fonts readers have."""
    v = visit({"width": width, "height": 900})
    overflowing = []
    for path in PATHS:
        v.page.goto(site.url + path)
        for font in CODE_FONTS:
            for block in v.page.evaluate(MEASURE_CODE, font):
                if block["over"] > 0:
                    overflowing.append(
                        f"/{path} block {block['index']} ({font or 'default font'}): "
                        f"{block['over']}px too wide, starting {block['first']!r}"
                    )
    assert not overflowing, f"at {width}px:\n  " + "\n  ".join(overflowing)


@pytest.mark.parametrize("path", [p for p in PATHS if p in ("differences/", "troubleshooting/", "together/")])
def test_code_that_scrolls_on_a_phone_is_focusable_and_shows_it_scrolls(site, visit, path):
    """A real phone (touch, no hover): Material leaves scrolling blocks out of keyboard
    reach there; every one must take the focus, before and after it is scrolled to, and
    show a shadow at the edge that hides code."""
    v = visit(**PHONE_DEVICE)
    v.page.goto(site.url + path)
    assert v.page.evaluate("matchMedia('(hover: none)').matches"), "the phone can hover"
    check = """() => [...document.querySelectorAll('article pre > code')]
        .filter(c => c.offsetParent !== null && c.scrollWidth > c.clientWidth)
        .map(c => [c.getAttribute('tabindex'), getComputedStyle(c).backgroundImage.includes('gradient')])"""
    v.page.wait_for_timeout(100)
    for when in ("as loaded", "scrolled through"):
        blocks = v.page.evaluate(check)
        assert blocks, f"/{path}: no code scrolls on a phone; pick a page where some does"
        assert all(t == "0" for t, _ in blocks), f"/{path} {when}: {blocks.count(None)} of {len(blocks)} unfocusable"
        assert all(cue for _, cue in blocks), f"/{path} {when}: a scrolling block has no edge shadow"
        scroll_through(v.page)
        v.page.wait_for_timeout(100)


@pytest.mark.parametrize("device", ["desktop", "phone"])
def test_pasted_query_searches_without_a_key(site, visit, device):
    """A paste from a context menu or a long press sends no key. fill() is that: it sets the
    text and fires `input`, nothing else. The search is ready first (a typed query has been
    answered), so only the paste itself can start the new search."""
    v = visit(**PHONE_DEVICE) if device == "phone" else visit()
    v.page.goto(site.url)
    open_search(v.page)
    box = v.page.locator(".md-search__input")
    box.press_sequentially("keras")
    search_settled(v.page)
    sent = v.page.evaluate("__search.sent")
    box.fill("ModuleNotFoundError: No module named 'tf_keras'")
    v.page.wait_for_function("n => __search.sent > n", arg=sent, timeout=3000)
    search_settled(v.page)
    first = v.page.locator(".md-search-result__item").first
    first.wait_for(state="visible")
    assert "ModuleNotFoundError" in first.inner_text()
    assert v.errors == []


def _copied_text(page):
    return page.evaluate("navigator.clipboard.readText()")


def test_copy_button_copies_commands_without_prompts_or_output(site, visit):
    v = visit(**CLIPBOARD)
    v.page.goto(site.url + "faq/")
    block = v.page.locator("div.language-console.highlight").filter(has_text="pip show").first
    block.scroll_into_view_if_needed()
    shown = block.inner_text()
    assert shown.startswith("$ "), shown
    block.hover()
    block.locator("button.md-code__button[data-md-type='copy']").click()
    v.page.wait_for_function("navigator.clipboard.readText().then(t => t.length > 0)")
    copied = _copied_text(v.page)
    assert copied == "python -m pip show tensorflow keras tf-keras\npython -m pip install --upgrade keras"


def test_copy_text_leaves_out_output_lines():
    from tvk_docs.copy_text import commands

    html = (
        '<span class="gp">$ </span>pip<span class="w"> </span>install<span class="w"> </span>keras\n'
        '<span class="go">Successfully installed keras-3.15.1</span>\n'
        '<span class="gp">$ </span>python<span class="w"> </span>-c<span class="w"> </span>'
        '<span class="s1">&#39;import keras&#39;</span>\n'
    )
    assert commands(html) == "pip install keras\npython -c 'import keras'"
    assert commands('<span class="n">x</span> = 1\n') is None


def test_every_prompted_block_copies_without_prompts(site):
    """Every console block on the site has its command-only copy text."""
    missing = []
    for page in site.pages():
        html = page.read_text(encoding="utf-8")
        for m in re.finditer(r'<div class="language-console highlight"([^>]*)>', html):
            if "data-copy=" not in m.group(1):
                missing.append(page.relative_to(site.dir).as_posix())
    assert not missing, f"console blocks whose copy button would copy the $ prompt: {missing}"


def test_not_found_search_stays_on_the_site_being_read(site, browser):
    """The same build served from another address (a preview, a fork, another domain): the
    404 page's search must go to that address's home page, not to site_url."""
    server = QuietServer(("127.0.0.1", 0), partial(SiteHandler, directory=str(site.dir)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        other = f"http://127.0.0.1:{server.server_address[1]}/"
        context = browser.new_context()
        page = context.new_page()
        assert page.goto(other + "docs/old/gradient-tape/").status == 404
        assert page.title().startswith("Page not found")
        page.locator("#tvk-notfound-query").press("Enter")
        page.wait_for_url(re.compile(r"\?q="))
        assert page.url.startswith(other), f"left {other} for {page.url}"
        page.locator(".md-search-result__item").first.wait_for(state="attached")
        context.close()
    finally:
        server.shutdown()
        server.server_close()


# Linking a colleague to a section or a tab.


def _status(page) -> str:
    page.wait_for_function("(document.querySelector('.tvk-status') || {}).textContent")
    return page.locator(".tvk-status").inner_text()


def test_heading_link_sign_copies_the_section_address(site, visit):
    v = visit(**CLIPBOARD)
    v.page.goto(site.url + "differences/")
    link = v.page.locator("h2#training-loop a.headerlink")
    assert "Copy link" in link.get_attribute("aria-label")
    link.focus()  # keyboard reachable, and shown when focused (after Material's fade-in)
    v.page.wait_for_function("a => getComputedStyle(a).opacity === '1'", arg=link.element_handle())
    # Focusing scrolled the page; Material points the address at the section in view a
    # quarter second later. A reader takes longer than that to press Enter.
    v.page.wait_for_timeout(400)
    v.page.keyboard.press("Enter")
    assert "copied" in _status(v.page)
    assert _copied_text(v.page) == site.url + "differences/#training-loop"
    assert v.page.url.endswith("#training-loop")


def test_heading_link_signs_show_on_touch_screens(site, visit):
    v = visit(**PHONE_DEVICE)
    v.page.goto(site.url + "differences/")
    link = v.page.locator("h2#training-loop a.headerlink")
    assert link.evaluate("a => getComputedStyle(a).opacity") == "1"


def test_tab_link_button_copies_the_open_tab(site, visit):
    v = visit(**CLIPBOARD)
    v.page.goto(site.url + "differences/")
    tabs = v.page.locator("#training-loop ~ .tabbed-set").first
    tabs.locator("label", has_text="TensorFlow").click()
    button = tabs.locator("button.tvk-tab-link")
    assert button.get_attribute("aria-label") == "Copy link to the TensorFlow tab in section Training loop"
    button.focus()
    v.page.keyboard.press("Enter")
    assert "TensorFlow tab" in _status(v.page)
    assert _copied_text(v.page) == site.url + "differences/#training-loop-tensorflow"


def test_chosen_tab_stays_in_the_address_while_reading_its_section(site, visit):
    v = visit()
    v.page.goto(site.url + "differences/")
    tabs = v.page.locator("#training-loop ~ .tabbed-set").first
    tabs.scroll_into_view_if_needed()
    tabs.locator("label", has_text="TensorFlow").click()
    v.page.wait_for_function("location.hash === '#training-loop-tensorflow'")
    # Read on: Material's tracking rewrites the address to the section in view after each
    # scroll (a quarter second later), and must not lose the tab.
    for _ in range(3):
        v.page.mouse.wheel(0, 150)
        v.page.wait_for_timeout(600)
        assert v.page.url.endswith("#training-loop-tensorflow"), v.page.url
    # Leave the section: the address follows the reader again.
    v.page.locator("h2#debugging").scroll_into_view_if_needed()
    v.page.mouse.wheel(0, 60)
    v.page.wait_for_function("!location.hash.startsWith('#training-loop')", timeout=5000)


LINKS = {
    "section": ("differences/#saving-and-loading", "h2#saving-and-loading", None),
    "subsection": ("faq/#custom-objects", "h3#custom-objects", None),
    "tab": ("differences/#training-loop-tensorflow", "h2#training-loop", "training-loop-tensorflow"),
    "glossary term": ("glossary/#savedmodel", "#savedmodel", None),
}


@pytest.mark.parametrize("device", ["desktop", "phone"])
@pytest.mark.parametrize("kind", LINKS)
def test_opened_link_lands_on_its_target_below_the_header(site, visit, kind, device):
    path, target, tab = LINKS[kind]
    v = visit(**PHONE_DEVICE) if device == "phone" else visit()
    v.page.goto(site.url + path)
    v.page.wait_for_load_state("networkidle")
    v.page.wait_for_timeout(300)
    if tab:
        assert v.page.locator(f"#{tab}").is_checked(), f"{path}: tab not selected"
        shown = v.page.locator(f"label[for='{tab}']")
    else:
        shown = v.page.locator(target)
    header = v.page.locator("header.md-header").bounding_box()
    box = shown.bounding_box()
    height = v.page.viewport_size["height"]
    assert box and header["y"] + header["height"] <= box["y"] < height * 0.75, (
        f"{path} ({device}): {target} at y={box and box['y']}, header ends at "
        f"{header['y'] + header['height']}, window {height}"
    )


# Searching and browsing.


def test_search_box_shows_its_shortcut(site, visit):
    v = visit()
    v.page.goto(site.url)
    hint = v.page.locator(".tvk-search-key")
    assert hint.is_visible() and hint.inner_text() == "/"
    assert v.page.locator(".md-search__input").get_attribute("aria-keyshortcuts") == "/"
    v.page.keyboard.press("/")
    v.page.locator(".md-search__input").wait_for(state="visible")
    assert not hint.is_visible()


def test_search_count_says_how_many_pages_are_listed(site, visit):
    v = visit()
    v.page.goto(site.url)
    open_search(v.page)
    v.page.locator(".md-search__input").fill("keras")
    search_settled(v.page)
    meta = v.page.locator(".md-search-result__meta").inner_text()
    m = re.fullmatch(r"(\d+) pages match", meta)
    assert m, meta
    # Material lists ten results and the rest as the list scrolls: scroll to its end.
    v.page.evaluate(
        """async () => {
          const box = document.querySelector('.md-search__scrollwrap');
          for (let i = 0; i < 20; i++) {
            box.scrollTop = box.scrollHeight;
            await new Promise(r => setTimeout(r, 50));
          }
        }"""
    )
    assert v.page.locator(".md-search-result__list > li").count() == int(m.group(1))


def test_reference_pages_are_one_tap_from_the_phone_menu(site, visit):
    v = visit(**PHONE_DEVICE)
    v.page.goto(site.url + "keras/")
    v.page.locator("label.md-header__button[for='__drawer']").tap()
    faq = v.page.locator("nav.md-nav--primary a.md-nav__link[href$='faq/']").first
    v.page.wait_for_function(
        "el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.left >= 0 && r.right <= innerWidth }",
        arg=faq.element_handle(),
    )
    faq.tap()
    v.page.wait_for_url(re.compile(r"faq/$"))


def test_home_page_title_is_the_site_name_once(site, visit):
    v = visit()
    v.page.goto(site.url)
    assert v.page.title() == "TensorFlow vs Keras"


def test_tabs_look_like_tabs_and_show_focus(site, visit):
    v = visit()
    v.page.goto(site.url + "differences/")
    label = v.page.locator("#training-loop ~ .tabbed-set").first.locator(".tabbed-labels > label").first
    assert "underline" not in label.locator("a").evaluate("a => getComputedStyle(a).textDecorationLine")
    label.click()
    v.page.keyboard.press("ArrowRight")
    focused = v.page.locator("#training-loop ~ .tabbed-set").first.locator(".tabbed-labels > label").nth(1)
    assert focused.evaluate("l => getComputedStyle(l).outlineStyle") != "none"


def test_abbreviations_explain_themselves_on_a_tap(site, visit):
    v = visit(**PHONE_DEVICE)
    v.page.goto(site.url + "tensorflow/")
    abbr = v.page.locator("article abbr[title='Tensor Processing Unit, Google\\'s accelerator for machine learning']").first
    abbr.scroll_into_view_if_needed()
    abbr.tap()
    tip = v.page.locator(".tvk-abbr-tip")
    tip.wait_for(state="visible")
    assert tip.inner_text().startswith("Tensor Processing Unit")


def test_printed_pages_keep_source_addresses(site, visit):
    v = visit()
    v.page.goto(site.url + "versions/")
    v.page.emulate_media(media="print")
    link = v.page.locator("article a[href^='https://']").first
    after = link.evaluate("a => getComputedStyle(a, '::after').content")
    assert link.get_attribute("href") in after


@pytest.mark.parametrize("path", PATHS)
def test_every_page_offers_edit_and_report_links(site, path):
    html = site.html(path + "index.html")
    edit = re.search(r'<a href="([^"]+)" rel="edit">Edit this page</a>', html)
    report = re.search(r'<a href="([^"]+/issues/new\?[^"]+)">Report a problem', html)
    assert edit and report, f"/{path}: missing Edit this page or Report a problem"
    query = parse_qs(urlsplit(report.group(1).replace("&amp;", "&")).query)
    body = query["body"][0]
    assert f"Page: {site.url}{path}" in body
    assert re.search(r"Tested with: TensorFlow \d", body), body


@pytest.mark.parametrize("query", ["GradientTape", "PyDataset", "section names"])
def test_search_results_do_not_show_the_hidden_names_list(site, visit, query):
    """Sections carry a hidden list of their names for the index (tvk_docs/search_terms.py);
    results show the section's own text, never that list."""
    v = visit()
    v.page.goto(site.url)
    open_search(v.page)
    v.page.locator(".md-search__input").fill(query)
    search_settled(v.page)
    v.page.locator(".md-search-result__item").first.wait_for(state="visible")
    shown = v.page.locator(".md-search-result").inner_text()
    assert "in this section:" not in shown, shown[:500]
