"""Scheduled publishing and unpublishing: a page waits for its time, then `publish_scheduled`
(run every minute in production) publishes or withdraws it everywhere it is listed."""

import datetime
from unittest import mock

from django.core.management import call_command
from django.utils import timezone

import pytest

from base.scheduling import is_scheduled, schedule_publication
from news.models import NewsPage

from .factories import NewsPageFactory
from .publishing import publish, xml

pytestmark = pytest.mark.django_db

NOW = timezone.now()


def run_publish_scheduled(at: datetime.datetime) -> None:
    """Move the clock to `at` and run the command as cron would."""
    with mock.patch("django.utils.timezone.now", return_value=at):
        call_command("publish_scheduled")


def visible_everywhere(client, page) -> dict[str, bool]:
    feed = client.get("/en/news/feed/").content.decode()
    return {
        "page": client.get(f"/en/news/{page.slug}/").status_code == 200,
        "listing": page.title in client.get("/en/news/").content.decode(),
        "feed": page.title in feed,
        "sitemap": f"/en/news/{page.slug}/" in client.get("/sitemap.xml").content.decode(),
    }


@pytest.fixture
def scheduled(news_index):
    """A new article, never published, scheduled for tomorrow morning."""
    page = NewsPageFactory(parent=news_index, title="Ministers to meet in Rome", live=False)
    schedule_publication(page, go_live_at=NOW + datetime.timedelta(days=1))
    return NewsPage.objects.get(pk=page.pk)


def test_a_scheduled_article_waits_for_its_time(client, scheduled):
    assert not scheduled.live
    assert is_scheduled(scheduled)
    assert not any(visible_everywhere(client, scheduled).values())
    run_publish_scheduled(NOW + datetime.timedelta(hours=23))  # not yet
    scheduled.refresh_from_db()
    assert not scheduled.live


def test_a_scheduled_article_appears_when_its_time_comes(client, scheduled):
    run_publish_scheduled(NOW + datetime.timedelta(days=1, minutes=1))
    scheduled.refresh_from_db()
    assert scheduled.live and not is_scheduled(scheduled)
    assert all(visible_everywhere(client, scheduled).values())
    titles = [i.findtext("title") for i in xml(client.get("/en/news/feed/")).iter("item")]
    assert titles[0] == "Ministers to meet in Rome"


def test_a_live_page_keeps_its_content_until_the_new_version_is_due(client, news_index):
    page = publish(NewsPageFactory(parent=news_index, summary="The meeting is planned."))
    page.summary = "The meeting agreed five decisions."
    schedule_publication(page, go_live_at=NOW + datetime.timedelta(hours=2))
    assert "The meeting is planned." in client.get(page.url).content.decode()
    run_publish_scheduled(NOW + datetime.timedelta(hours=3))
    assert "The meeting agreed five decisions." in client.get(page.url).content.decode()


def test_an_expired_article_is_withdrawn(client, news_index):
    page = publish(NewsPageFactory(parent=news_index, title="Registration is open"))
    schedule_publication(page, go_live_at=NOW, expire_at=NOW + datetime.timedelta(days=7))
    page.refresh_from_db()
    assert page.live and all(visible_everywhere(client, page).values())
    run_publish_scheduled(NOW + datetime.timedelta(days=8))
    page.refresh_from_db()
    assert not page.live and page.expired
    assert not any(visible_everywhere(client, page).values())


def test_a_time_in_the_past_publishes_at_once(news_index):
    page = NewsPageFactory(parent=news_index, live=False)
    schedule_publication(page, go_live_at=NOW - datetime.timedelta(minutes=5))
    page.refresh_from_db()
    assert page.live and not is_scheduled(page)
