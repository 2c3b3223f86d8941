"""The layout as visitors get it, on every page type in English, Arabic and French at 320, 390
and 1366 CSS px: no horizontal scrolling, a one-row header on a laptop, a header of at most 72 px
on a phone with a menu that opens without JavaScript, no flag emoji, and no serious axe finding.

One load per page type, language and width: every check reads the same page.
"""

import re

import pytest
from playwright.sync_api import expect

from . import axe
from .test_accessibility import pages_to_check

pytestmark = pytest.mark.browser

LANGS = ["en", "ar", "fr"]
WIDTHS = [320, 390, 1366]
PHONE_HEADER_MAX = 72
REGIONAL_INDICATOR = re.compile("[\U0001f1e6-\U0001f1ff]")
# tests/browser/test_accessibility.py runs axe in English and Arabic at 390 px already.
AXE_DONE_ELSEWHERE = {("en", 390), ("ar", 390)}

# Elements wider than the window, for the failure message.
OVERFLOW = """() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > width + 1
            || el.getBoundingClientRect().left < -1)
        .slice(-5).map((el) => el.outerHTML.slice(0, 100));
}"""
# Whether the logo, every menu link, the search and the languages share one row.
ONE_ROW = """() => {
    const parts = [...document.querySelectorAll(
        '.site-logo, .main-menu a, .site-search, .language-switcher li')];
    const rects = parts.map((el) => el.getBoundingClientRect());
    return {count: parts.length,
            row: Math.max(...rects.map((r) => r.top)) < Math.min(...rects.map((r) => r.bottom))};
}"""


def context_for(new_context, width: int, **options):
    phone = width < 800
    return new_context(
        viewport={"width": width, "height": 844 if phone else 900},
        is_mobile=phone,
        has_touch=phone,
        **options,
    )


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", LANGS)
def test_every_page_fits_the_screen_with_a_compact_header(new_context, demo, lang, width):
    page = context_for(new_context, width).new_page()
    problems = []
    for kind, paths in pages_to_check(demo).items():
        if lang not in paths:
            continue
        path = paths[lang]
        page.goto(demo.url + path)
        if overflowing := page.evaluate(OVERFLOW):
            problems.append(f"{path} overflows {width} px: {overflowing}")
        header = page.locator(".site-header").bounding_box()
        if width < 800 and header["height"] > PHONE_HEADER_MAX:
            problems.append(f"{path}: the header is {header['height']:.0f} px tall")
        # Error pages render without the database, so with the logo but no menu.
        if width >= 1366 and "404" not in kind:
            row = page.evaluate(ONE_ROW)
            if not row["row"] or row["count"] < 6:
                problems.append(f"{path}: the header is not one row ({row})")
        if REGIONAL_INDICATOR.search(page.content()):
            problems.append(f"{path}: a flag emoji in the HTML")
        checked_elsewhere = (lang, width) in AXE_DONE_ELSEWHERE
        if not checked_elsewhere and (blocking := axe.blocking(axe.audit(page))):
            problems.append(f"{path} ({kind}):\n{axe.describe(blocking)}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_the_phone_menu_opens_without_javascript_and_by_keyboard(new_context, demo, lang):
    page = context_for(new_context, 390, java_script_enabled=False).new_page()
    page.goto(f"{demo.url}/{lang}/")
    toggle = page.locator(".site-menu__toggle")
    first_link = page.locator(".main-menu a").first
    expect(toggle).to_be_visible()
    expect(first_link).to_be_hidden()
    toggle.focus()
    page.keyboard.press("Enter")
    expect(first_link).to_be_visible()
    expect(page.locator(".site-search input")).to_be_visible()
    expect(page.locator(".language-switcher a").first).to_be_visible()
    # The menu opens over the page, below a header that stays compact.
    assert page.locator(".site-header").bounding_box()["height"] <= PHONE_HEADER_MAX
    page.keyboard.press("Enter")
    expect(first_link).to_be_hidden()


def test_the_desktop_menu_needs_no_toggle(page, demo):
    page.goto(f"{demo.url}/fr/")
    expect(page.locator(".site-menu__toggle")).to_be_hidden()
    expect(page.locator(".main-menu a").first).to_be_visible()
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Tab")  # the logo
    page.keyboard.press("Tab")
    expect(page.locator(".main-menu a").first).to_be_focused()


@pytest.mark.parametrize("lang", LANGS)
def test_members_page_lists_85_with_flags_and_the_map_shows_every_state(page, demo, lang):
    page.goto(demo.url + demo.pages["members page"][lang][0])
    members = page.locator("[data-member]")
    expect(members).to_have_count(85)
    for item in members.all():
        item.scroll_into_view_if_needed()
        flag = item.locator("img.member-flag, .member-emblem")
        expect(flag).to_have_count(1)
        if flag.evaluate("el => el.tagName") == "IMG":
            expect(flag).to_have_js_property("complete", True)
            assert flag.evaluate("img => img.naturalWidth") > 0
            assert flag.get_attribute("src").endswith(".svg")
    states = page.locator("[data-member][id^=member-]")
    codes = {item.get_attribute("id").removeprefix("member-") for item in states.all()}
    on_map = set(
        page.eval_on_selector_all("[data-map-member]", "a => a.map(x => x.dataset.mapMember)")
    )
    assert len(codes) == 81 and codes == on_map
    # Each state on the map leads to its profile or its entry in the list, by keyboard too.
    iraq = page.locator('[data-map-member="iq"]')
    assert "/" in iraq.get_attribute("href")
    japan = page.locator('[data-map-member="jp"]')
    assert japan.get_attribute("href") == "#member-jp"
    japan.focus()
    page.keyboard.press("Enter")
    # The hash changes after the key event is handled: wait for it rather than read at once.
    expect(page).to_have_url(re.compile(r"#member-jp$"))


@pytest.mark.parametrize("javascript", [False, True], ids=["without-js", "with-js"])
def test_posts_wall_pages_through_every_post(new_context, demo, javascript):
    page = context_for(new_context, 1366, java_script_enabled=javascript).new_page()
    page.goto(f"{demo.url}/ar/")
    posts = page.locator(".posts-wall__item")
    seen = posts.count()
    assert seen == 6
    for _ in range(10):
        more = page.locator('[data-load-more="posts"]')
        if not more.count():
            break
        more.click()
        expect(posts).not_to_have_count(seen)
        assert posts.count() > seen
        seen = posts.count()
    ids = posts.evaluate_all("items => items.map((item) => item.id)")
    assert len(ids) == len(set(ids)) == 12
    times = posts.evaluate_all(
        "items => items.map((item) => item.querySelector('time').getAttribute('datetime'))"
    )
    assert times == sorted(times, reverse=True)  # newest first
    expect(page).to_have_url(re.compile(r"posts=2"))
