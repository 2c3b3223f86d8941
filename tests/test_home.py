"""The home page: its sections, its wall of posts, and a query count that does not grow with
the content."""

import json
from pathlib import Path

from django.contrib.staticfiles import finders
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from .factories import (
    CampaignPageFactory,
    ImageFactory,
    NewsPageFactory,
    PostFactory,
    TopicFactory,
    VideoFeaturePageFactory,
)

pytestmark = pytest.mark.django_db

TWEET = {
    "url": "https://x.com/coalition/status/1790000000000000001",
    "author_name": "Global Coalition",
    "handle": "coalition",
    "text": "معاً أقوى #StrongerTogether 🇮🇶",
    "posted_at": "2026-05-12T10:30:00Z",
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
    home_page.save_revision().publish()
    PostFactory(**TWEET)
    return home_page


def test_home_sections(client, full_home):
    soup = BeautifulSoup(client.get("/en/").content, "html.parser")
    assert soup.select_one(".lead-story__title").get_text(strip=True) == "Ministers meet in Rome"
    assert soup.select_one(".lead-story a.button")["href"] == full_home.lead_story.url
    assert soup.select_one("#about-title").get_text(strip=True) == "What is the Coalition?"
    assert soup.select_one(".key-figures__item dt").get_text(strip=True) == "85"
    assert "Countering propaganda" in soup.select_one(".lines-of-effort").get_text()
    assert len(soup.select(".latest-news [data-listing] > li")) == 4  # the lead and three videos
    assert len(soup.select(".campaign-tiles .tile")) == 3
    assert len(soup.select(".video-features .card")) == 3
    tweet = soup.select_one(".posts-wall [data-tweet]")
    # The flag emoji is drawn as an SVG flag named in the page's language.
    flag = tweet.select_one("img.inline-flag")
    assert flag["src"] == "/static/flags/iq.svg" and flag["alt"] == "Iraq"
    assert "\U0001f1ee" not in tweet.get_text()
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


@pytest.fixture
def wall(home_page):
    """Fourteen posts in English, one in French: three pages of the English wall."""
    PostFactory(locale=Locale.objects.get(language_code="fr"), text="Publication en français")
    return [PostFactory() for _ in range(14)]


def wall_of(client, query: str = "") -> BeautifulSoup:
    return BeautifulSoup(client.get(f"/en/{query}").content, "html.parser").select_one(
        ".posts-wall"
    )


def test_posts_wall_shows_the_newest_first_and_loads_more_by_a_plain_link(client, wall):
    newest_first = sorted(wall, key=lambda post: post.posted_at, reverse=True)
    section = wall_of(client)
    items = section.select("[data-listing=posts] > li")
    assert [item["id"] for item in items] == [f"post-{post.pk}" for post in newest_first[:6]]
    link = section.select_one("[data-load-more=posts]")
    # The next page is the first two together, scrolled to the first new post.
    assert link["href"] == f"?posts=2#post-{newest_first[6].pk}"
    section = wall_of(client, "?posts=2")
    assert len(section.select("[data-listing=posts] > li")) == 12
    section = wall_of(client, "?posts=3")
    assert len(section.select("[data-listing=posts] > li")) == 14
    assert section.select_one("[data-load-more]") is None
    assert "Publication en français" not in str(section)


@pytest.mark.parametrize("pages", ["abc", "-4", "0", "99999999999999999999", ""])
def test_posts_wall_takes_any_page_number(client, wall, pages):
    response = client.get("/en/", {"posts": pages})
    assert response.status_code == 200
    shown = BeautifulSoup(response.content, "html.parser").select(".posts-wall__item")
    assert len(shown) == (14 if pages.startswith("9") else 6)


def test_an_empty_wall_is_not_shown(client, home_page):
    assert b"posts-wall" not in client.get("/en/").content


def test_favicon_and_manifest_are_served(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"] == "/static/favicon.ico"
    assert client.head("/favicon.ico").status_code == 301
    assert finders.find("favicon.ico")


def test_pages_name_their_icons_and_manifest(client, home_page):
    head = BeautifulSoup(client.get("/en/").content, "html.parser").head
    linked = {link["href"] for link in head.select("link[rel=icon], link[rel=apple-touch-icon]")}
    assert linked == {
        "/static/favicon.ico",
        "/static/favicon.svg",
        "/static/icons/apple-touch-icon.png",
    }
    manifest = head.select_one("link[rel=manifest]")["href"]
    data = json.loads(Path(finders.find(manifest.removeprefix("/static/"))).read_text())
    assert data["short_name"] == "Global Coalition"
    for icon in data["icons"]:
        assert finders.find(icon["src"]), icon["src"]
