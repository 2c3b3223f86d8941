"""Smoke journey: the home page renders, "Load more" appends, Accept hides the banner, and no
request leaves 127.0.0.1."""

import pytest
from playwright.sync_api import expect

from home.models import HomePage
from news.models import NewsIndexPage
from tests.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.browser


@pytest.fixture
def news_site(site):
    home = HomePage.objects.get(locale__language_code="en")
    index = NewsIndexPageFactory(parent=home, show_in_menus=True)
    for _ in range(NewsIndexPage.PAGE_SIZE + 3):
        NewsPageFactory(parent=index)
    return site


def test_home_load_more_and_consent(page, news_site, outside_requests):
    page.goto(news_site.url + "/en/")
    assert page.locator("html").get_attribute("dir") == "ltr"
    items = page.locator("[data-listing] > li")
    assert items.count() == NewsIndexPage.PAGE_SIZE

    page.get_by_role("link", name="Load more").click()
    page.wait_for_function(
        "n => document.querySelectorAll('[data-listing] > li').length > n",
        arg=NewsIndexPage.PAGE_SIZE,
    )
    assert items.count() == NewsIndexPage.PAGE_SIZE + 3
    assert page.locator("[data-load-more]").count() == 0  # nothing left to load
    assert page.evaluate("document.activeElement.closest('li') !== null")

    banner = page.locator("[data-cookie-banner]")
    expect(banner).to_be_visible()
    page.get_by_role("button", name="Accept").click()
    expect(banner).to_be_hidden()
    page.reload()
    assert page.locator("[data-cookie-banner]").count() == 0  # remembered by the server too
    assert outside_requests == []
