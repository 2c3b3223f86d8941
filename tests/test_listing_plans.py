"""Listings read the newest articles in date order and stop once a page is full, so their cost
does not grow with the archive (base/listings.py: newest_first). Checked on SQLite's query plans:
a plan that sorts ("TEMP B-TREE FOR ORDER BY") reads every article of the language first.
PostgreSQL chooses by table statistics, which a test database of a few rows does not have; the
benchmark measures it at 20 000 articles instead."""

from django.db import connection

import pytest

from news.feeds import ArticleFeed, FeedSource

from .factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    NewsPageFactory,
    TopicFactory,
    VideoFeaturePageFactory,
)

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's query plans"),
]


def plan(queryset) -> str:
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        return "\n".join(row[-1] for row in cursor.fetchall())


def assert_read_newest_first(queryset):
    steps = plan(queryset)
    assert "article_newest_first" in steps, steps
    assert "TEMP B-TREE FOR ORDER BY" not in steps, steps


@pytest.fixture
def articles(news_index):
    topic = TopicFactory(name="Stabilisation", slug="stabilisation")
    pages = [NewsPageFactory(parent=news_index, title=f"Update {n}") for n in range(3)]
    pages.append(VideoFeaturePageFactory(parent=news_index, title="Video"))
    for page in pages:
        page.topic_links.create(topic=topic)
    return pages


def test_news_index_listing_every_filter(news_index, articles):
    for kind, topic in [("", ""), ("news", ""), ("", "stabilisation"), ("video", "stabilisation")]:
        assert_read_newest_first(news_index.articles(kind, topic)[:9])


def test_related_articles(articles):
    related, siblings = articles[0].related_pages()
    for pages in (related, siblings):
        assert_read_newest_first(articles[0].newest_articles(pages, 3))


def test_campaign_latest_news(articles, home_page):
    campaigns = CampaignIndexPageFactory(parent=home_page)
    campaign = CampaignPageFactory(parent=campaigns, topic=articles[0].topic_links.first().topic)
    assert_read_newest_first(campaign.latest_news())


def test_feed_items(news_index, articles, rf):
    feed = ArticleFeed(rf.get("/"))
    assert_read_newest_first(feed.items(FeedSource(news_index, "")))


def test_counting_a_listing_reads_only_an_index(news_index, articles):
    steps = plan(news_index.article_pages().values("pk"))  # what count() reads
    assert "COVERING INDEX base_page_tree_listing" in steps, steps
