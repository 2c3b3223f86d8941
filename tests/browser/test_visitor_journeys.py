"""Visitor journeys on the demo site, in English and Arabic, on a laptop and a phone.

Locators use ids and data attributes rather than visible text, so the same journey runs in both
languages; what a visitor reads is checked against what the previous step showed.
"""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [
    pytest.mark.browser,
    pytest.mark.parametrize("lang", ["en", "ar"]),
    pytest.mark.parametrize("screen", ["desktop", "mobile"], indirect=True),
]

CARD_LINKS = "[data-listing] .card__title a"
VIDEO_FEATURE = "news/eu-non-military-support/"
ARTICLE_WITH_POST = "news/twelve-years-together/"  # holds a stored post from X
TOPIC_WITH_TWO_PAGES = "stabilisation"  # more articles than one page of the index holds
PAGE_SIZE = 9  # NewsIndexPage.PAGE_SIZE
SEARCH_WORD = {"en": "Mosul", "ar": "الموصل"}
X_WIDGET = "https://platform.twitter.com/widgets.js"


def open_page(page, demo, lang: str, path: str = ""):
    page.goto(f"{demo.url}/{lang}/{path}")
    expect(page.locator("html")).to_have_attribute("lang", lang)
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if lang == "ar" else "ltr")


def open_menu_on_a_phone(page) -> None:
    """On a phone the menu, the search box and the languages are behind the menu button."""
    toggle = page.locator(".site-menu__toggle")
    if toggle.is_visible():
        toggle.click()


def current_language(page):
    """The switcher's entry for the page's own language (its lang is on the list item)."""
    return page.locator(".language-switcher li").filter(has=page.locator("[aria-current]"))


def follow(page, link) -> str:
    """Click a link to a page and wait for that page; returns the link's text."""
    title = link.inner_text().strip()
    href = link.get_attribute("href")
    link.click()
    page.wait_for_url(f"**{href}")
    expect(page.locator("h1")).to_have_text(title)
    return title


def test_home_to_article_to_related_article(page, demo, lang, outside_requests):
    open_page(page, demo, lang)
    first = follow(page, page.locator(CARD_LINKS).first)
    article_url = page.url
    related = page.locator(".related-articles .card__title a").first
    second = follow(page, related)
    assert page.url != article_url and second != first
    assert outside_requests == []


def test_news_filter_load_more_reload_and_back(page, demo, lang):
    open_page(page, demo, lang, "news/")
    page.locator("#filter-topic").select_option(TOPIC_WITH_TWO_PAGES)
    page.locator(".filters button[type=submit]").click()
    page.wait_for_url(re.compile(rf"topic={TOPIC_WITH_TWO_PAGES}"))
    items = page.locator("[data-listing] > li")
    expect(items).to_have_count(PAGE_SIZE)

    page.locator("[data-load-more]").click()
    # Focus moves to the first new article, so keyboard and screen-reader users carry on there.
    expect(items.nth(PAGE_SIZE).locator("a").first).to_be_focused()
    shown = items.count()
    # The address keeps the filter and says which pages are shown.
    expect(page).to_have_url(re.compile(rf"topic={TOPIC_WITH_TWO_PAGES}&from=1&page=2$"))
    titles = page.locator(CARD_LINKS).all_inner_texts()

    page.reload()
    expect(items).to_have_count(shown)
    assert page.locator(CARD_LINKS).all_inner_texts() == titles
    expect(page.locator("#filter-topic")).to_have_value(TOPIC_WITH_TWO_PAGES)

    follow(page, page.locator(CARD_LINKS).last)
    page.go_back()
    expect(page).to_have_url(re.compile(r"&from=1&page=2$"))
    expect(items).to_have_count(shown)
    assert page.locator(CARD_LINKS).all_inner_texts() == titles


def test_search_filter_and_open_a_result(page, demo, lang):
    open_page(page, demo, lang)
    open_menu_on_a_phone(page)  # the search box is in the menu there
    page.locator("#site-search-q").fill(SEARCH_WORD[lang])
    page.locator("#site-search-q").press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q="))
    results = page.locator(".search-result__title a")
    expect(results.first).to_be_visible()
    everything = results.count()

    page.locator("#search-topic").select_option(TOPIC_WITH_TWO_PAGES)
    page.locator(".search-page .filters button[type=submit]").click()
    page.wait_for_url(re.compile(rf"topic={TOPIC_WITH_TWO_PAGES}"))
    expect(results.first).to_be_visible()
    assert results.count() <= everything
    expect(page.locator("#search-q")).to_have_value(SEARCH_WORD[lang])

    follow(page, results.first)
    assert f"/{lang}/" in page.url


def test_switch_language_on_an_article(page, demo, lang):
    other = "en" if lang == "ar" else "ar"
    open_page(page, demo, lang, VIDEO_FEATURE)
    title = page.locator("h1").inner_text()
    expect(current_language(page)).to_have_attribute("lang", lang)
    open_menu_on_a_phone(page)
    page.locator(f".language-switcher a[hreflang={other}]").click()
    page.wait_for_url(f"**/{other}/{VIDEO_FEATURE}")
    expect(page.locator("html")).to_have_attribute("lang", other)
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if other == "ar" else "ltr")
    expect(page.locator("h1")).not_to_have_text(title)
    expect(current_language(page)).to_have_attribute("lang", other)


def test_watch_a_video(page, demo, lang, outside_requests):
    open_page(page, demo, lang, VIDEO_FEATURE)
    page.wait_for_load_state("networkidle")
    # Before the click: a poster, no player, and not one request to the provider.
    assert page.locator(".video-facade iframe").count() == 0
    assert outside_requests == []

    with page.expect_request(re.compile(r"^https://www\.youtube-nocookie\.com/")) as request:
        page.locator("[data-video-play]").click()
    assert request.value.url.startswith("https://www.youtube-nocookie.com/embed/")
    iframe = page.locator(".video-facade iframe")
    expect(iframe).to_have_attribute("src", re.compile(r"^https://www\.youtube-nocookie\.com/"))
    assert all("youtube-nocookie.com" in url for url in outside_requests)


@pytest.mark.parametrize("choice", ["accepted", "rejected"])
def test_cookie_banner_choice(page, demo, lang, choice, outside_requests):
    open_page(page, demo, lang, ARTICLE_WITH_POST)
    page.wait_for_load_state("networkidle")
    banner = page.locator("[data-cookie-banner]")
    expect(banner).to_be_visible()
    # The post from X is our own snapshot: nothing is fetched from X before consent.
    assert outside_requests == []

    banner.locator(f"button[value={choice}]").click()
    expect(banner).to_be_hidden()
    cookies = {cookie["name"]: cookie["value"] for cookie in page.context.cookies()}
    assert cookies["cookie_consent"] == choice

    if choice == "accepted":
        # With consent the page may load X's script to upgrade the post (aborted here).
        with page.expect_request(X_WIDGET):
            page.reload()
    else:
        page.reload()
        page.wait_for_load_state("networkidle")
        assert outside_requests == []
    # The choice survives the reload: the server no longer renders the banner at all.
    expect(page.locator("[data-cookie-banner]")).to_have_count(0)
    assert all(url.startswith("https://platform.twitter.com/") for url in outside_requests)
