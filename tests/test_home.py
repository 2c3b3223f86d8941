"""The home page: its sections, and a query count that does not grow with the content."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from bs4 import BeautifulSoup

from .factories import (
    CampaignPageFactory,
    ImageFactory,
    NewsPageFactory,
    TopicFactory,
    VideoFeaturePageFactory,
)

pytestmark = pytest.mark.django_db

TWEET = {
    "url": "https://x.com/coalition/status/1790000000000000001",
    "author_name": "Global Coalition",
    "handle": "coalition",
    "text": "معاً أقوى #StrongerTogether 🇮🇶",
    "posted_at": "2026-05-12T10:30:00",
}


@pytest.fixture
def full_home(home_page, news_index, campaign_index):
    lead = NewsPageFactory(parent=news_index, title="Ministers meet in Rome")
    for _ in range(3):
        VideoFeaturePageFactory(parent=news_index)
        CampaignPageFactory(parent=campaign_index)
    TopicFactory(name="Countering propaganda", slug="propaganda")
    home_page.lead_story = lead
    home_page.about_text = "<p>85 members since September 2014.</p>"
    home_page.key_figures = [("figure", {"figure": "85", "label": "members"})]
    home_page.posts = [("tweet", TWEET)]
    home_page.save_revision().publish()
    return home_page


def test_home_sections(client, full_home):
    soup = BeautifulSoup(client.get("/en/").content, "html.parser")
    assert soup.select_one(".lead-story__title").get_text(strip=True) == "Ministers meet in Rome"
    assert soup.select_one(".lead-story a.button")["href"] == full_home.lead_story.url
    assert soup.select_one("#about-title").get_text(strip=True) == "What is the Coalition?"
    assert soup.select_one(".key-figures__item dt").get_text(strip=True) == "85"
    assert "Countering propaganda" in soup.select_one(".lines-of-effort").get_text()
    assert len(soup.select("[data-listing] > li")) == 4  # the lead story and three videos
    assert len(soup.select(".campaign-tiles .tile")) == 3
    assert len(soup.select(".video-features .card")) == 3
    tweet = soup.select_one(".posts-strip [data-tweet]")
    assert "🇮🇶" in tweet.get_text()
    assert tweet.select_one(".tweet__text")["dir"] == "auto"


def test_every_section_reachable_from_home(client, full_home, news_index, campaign_index):
    for page in (news_index, campaign_index):
        page.show_in_menus = True
        page.save_revision().publish()
    soup = BeautifulSoup(client.get("/en/").content, "html.parser")
    menu = {a["href"] for a in soup.select(".main-menu a")}
    assert {news_index.url, campaign_index.url} <= menu


def test_home_queries_do_not_grow_with_articles(client, home_page, news_index):
    def count_queries(total: int) -> int:
        while news_index.get_children().count() < total:
            NewsPageFactory(parent=news_index, listing_image=ImageFactory())
        client.get("/en/")
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/en/").status_code == 200
        return len(queries)

    assert count_queries(5) == count_queries(50)


def test_html_follows_language(client, home_page):
    soup = BeautifulSoup(client.get("/en/").content, "html.parser")
    assert soup.html["lang"] == "en" and soup.html["dir"] == "ltr"
    assert soup.select_one('meta[name="viewport"]')["content"].startswith("width=device-width")
