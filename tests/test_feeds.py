"""The news feeds, RSS and Atom, for all articles and each kind, in each language: parsed as XML."""

import datetime
from email.utils import parsedate_to_datetime

from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from .factories import (
    NewsPageFactory,
    ReadoutPageFactory,
    TopicFactory,
    VideoFeaturePageFactory,
)
from .publishing import add_topics, publish, share_sized_image, translate, xml

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
MEDIA = "{http://search.yahoo.com/mrss/}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
LONG_SUMMARY = (
    "Political directors of the Small Group met to review stabilisation in liberated areas, "
    "the return of displaced families, support for local police and the funding still needed "
    "to restore water, power and schools before the next meeting in the spring of next year."
)


@pytest.fixture
def articles(news_index):
    """One article of each kind, newest last; the news story has an image and a topic."""
    news = NewsPageFactory(
        parent=news_index,
        title="Stabilisation & recovery in Mosul",
        summary=LONG_SUMMARY,
        listing_image=share_sized_image(),
        date=datetime.date(2026, 3, 1),
    )
    add_topics(news, TopicFactory(name="Stabilisation", slug="stabilisation"))
    readout = ReadoutPageFactory(parent=news_index, date=datetime.date(2026, 3, 2))
    video = VideoFeaturePageFactory(parent=news_index, date=datetime.date(2026, 3, 3))
    return {"news": publish(news), "readout": publish(readout), "video": publish(video)}


def items(channel):
    return channel.findall("item")


def test_rss_lists_every_kind_newest_first(client, articles):
    response = client.get("/en/news/feed/")
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = xml(response).find("channel")
    assert channel.findtext("language") == "en"
    assert channel.findtext("link") == "http://testserver/en/news/"
    assert [item.findtext("title") for item in items(channel)] == [
        articles["video"].title,
        articles["readout"].title,
        articles["news"].title,
    ]


def test_rss_items_carry_full_summary_link_date_topics_and_image(client, articles):
    channel = xml(client.get("/en/news/feed/")).find("channel")
    item = next(i for i in items(channel) if i.findtext("title") == articles["news"].title)
    assert item.findtext("description") == LONG_SUMMARY  # whole, not cut to a teaser
    assert item.findtext("link") == f"http://testserver{articles['news'].url}"
    assert item.findtext("guid") == item.findtext("link")
    assert parsedate_to_datetime(item.findtext("pubDate")).date() == datetime.date(2026, 3, 1)
    assert [category.text for category in item.findall("category")] == ["Stabilisation"]
    image = item.find(f"{MEDIA}content")
    assert image.get("medium") == "image" and image.get("type") == "image/jpeg"
    assert (image.get("width"), image.get("height")) == ("1200", "630")
    assert image.get("url").startswith("http://testserver/media/")


def test_an_item_without_image_has_no_media(client, articles):
    channel = xml(client.get("/en/news/feed/")).find("channel")
    readout = next(i for i in items(channel) if i.findtext("title") == articles["readout"].title)
    assert readout.find(f"{MEDIA}content") is None


@pytest.mark.parametrize(
    "kind, article",
    [("stories", "news"), ("readouts", "readout"), ("videos", "video")],
)
def test_each_kind_has_its_own_feeds(client, articles, kind, article):
    channel = xml(client.get(f"/en/news/{kind}/feed/")).find("channel")
    assert [item.findtext("title") for item in items(channel)] == [articles[article].title]
    feed = xml(client.get(f"/en/news/{kind}/feed/atom/"))
    assert [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")] == [
        articles[article].title
    ]


def test_atom_feed(client, articles):
    response = client.get("/en/news/feed/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = xml(response)
    assert feed.tag == f"{ATOM}feed"
    assert feed.get(XML_LANG) == "en"
    assert feed.find(f"{ATOM}author/{ATOM}name").text == "Global Coalition"
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 3
    for entry in entries:
        assert entry.find(f"{ATOM}link").get("href").startswith("http://testserver/en/news/")
        assert entry.findtext(f"{ATOM}published") and entry.findtext(f"{ATOM}updated")
        assert entry.findtext(f"{ATOM}summary")
    news = next(e for e in entries if e.findtext(f"{ATOM}title") == articles["news"].title)
    assert news.find(f"{MEDIA}content").get("width") == "1200"


def test_drafts_and_unknown_kinds_are_not_feeds(client, articles, news_index):
    NewsPageFactory(parent=news_index, title="Not yet", live=False)
    channel = xml(client.get("/en/news/feed/")).find("channel")
    assert "Not yet" not in [item.findtext("title") for item in items(channel)]
    assert client.get("/en/news/podcasts/feed/").status_code == 404
    assert client.get(articles["news"].url + "feed/").status_code == 404


def test_feeds_per_language_follow_the_translated_index(client, home_page, news_index, articles):
    translate(home_page, "fr", prefix=False)
    french_index = translate(news_index, "fr")  # slug "fr-news"
    french_news = translate(articles["news"], "fr")
    channel = xml(client.get(f"{french_index.url}feed/")).find("channel")
    assert french_index.url == "/fr/fr-news/"
    assert channel.findtext("language") == "fr"
    assert [item.findtext("link") for item in items(channel)] == [
        f"http://testserver{french_news.url}"
    ]
    assert items(channel)[0].findtext("title") == french_news.title
    feed = xml(client.get(f"{french_index.url}feed/atom/"))
    assert feed.get(XML_LANG) == "fr"
    # The English feed keeps the English articles only.
    english = xml(client.get("/en/news/feed/")).find("channel")
    assert len(items(english)) == 3


def test_feed_queries_do_not_grow_with_items(client, news_index):
    def count_queries() -> int:
        client.get("/en/news/feed/")  # first: renditions are made once
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/en/news/feed/").status_code == 200
        return len(queries)

    for _ in range(2):
        NewsPageFactory(parent=news_index, listing_image=share_sized_image())
    few = count_queries()
    for _ in range(5):
        NewsPageFactory(parent=news_index, listing_image=share_sized_image())
        ReadoutPageFactory(parent=news_index)
    assert count_queries() == few


def test_an_article_cannot_take_the_feeds_address(news_index):
    article = NewsPageFactory.build(slug="feed")
    with pytest.raises(ValidationError) as error:
        article.clean()
    assert "slug" in error.value.message_dict
