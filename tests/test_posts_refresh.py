"""Refreshing stored posts from X: the per-page admin action and the refresh_posts command."""

import datetime
from io import StringIO

from django.core.management import call_command
from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from base.post_refresh import has_posts

from .factories import NewsPageFactory
from .fake_oembed import POST_TEXT, FakeOEmbed

POST_URL = "https://x.com/coalition/status/1790000000000000000"
GONE_URL = "https://x.com/coalition/status/1790000000000000001"


@pytest.fixture
def fake_x(settings):
    server = FakeOEmbed().start()
    settings.TWEET_OEMBED_ENDPOINT = server.endpoint
    settings.TWEET_OEMBED_TIMEOUT = 0.5
    yield server
    server.stop()


def stored_post(url=POST_URL, **overrides) -> dict:
    return {
        "url": url,
        "author_name": "Old name",
        "handle": "coalition",
        "text": "What the post said when it was saved",
        "posted_at": "2024-05-01T09:00:00Z",
        "image": None,
        "image_alt": "",
        "translation": "Traduction gardée",
        **overrides,
    }


def article_with_posts(news_index, *urls):
    page = NewsPageFactory(parent=news_index, title="Partners in Rome")
    page.body = [("paragraph", "<p>Before the posts</p>")] + [
        ("tweet", stored_post(url)) for url in urls
    ]
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def live_posts(page):
    page.refresh_from_db()
    return [block.value for block in page.specific.body if block.block_type == "tweet"]


@pytest.mark.django_db
def test_the_editor_offers_refresh_only_on_pages_with_posts(editor, news_index):
    with_posts = article_with_posts(news_index, POST_URL)
    without = NewsPageFactory(parent=news_index, title="No posts")
    refresh_url = reverse("base_refresh_posts", args=[with_posts.pk])

    response = editor.get(reverse("wagtailadmin_pages:edit", args=[with_posts.pk]))
    assert refresh_url in response.content.decode()
    response = editor.get(reverse("wagtailadmin_pages:edit", args=[without.pk]))
    assert "refresh-posts" not in response.content.decode()
    assert has_posts(with_posts) and not has_posts(without)


@pytest.mark.django_db
def test_refresh_lists_the_posts_and_refreshes_the_one_chosen(fake_x, editor, news_index):
    page = article_with_posts(news_index, POST_URL, GONE_URL)
    url = reverse("base_refresh_posts", args=[page.pk])
    soup = BeautifulSoup(editor.get(url).content, "html.parser")
    block_ids = [field["value"] for field in soup.find_all("input", attrs={"name": "block_id"})]
    assert len(block_ids) == 2

    response = editor.post(url, {"block_id": block_ids[0]}, follow=True)
    assert f"Refreshed from X: {POST_URL}" in response.content.decode()
    first, second = live_posts(page)
    assert first["author_name"] == "Global Coalition"
    assert first["text"] == POST_TEXT
    assert first["posted_at"] == datetime.datetime(2024, 5, 13, 12, 43, 51, tzinfo=datetime.UTC)
    # What the site added is kept; the other post was not asked for.
    assert first["translation"] == "Traduction gardée"
    assert second["text"] == "What the post said when it was saved"
    assert len(fake_x.oembed_requests) == 1
    # Live without other changes: published again, nothing left in draft.
    page.refresh_from_db()
    assert page.live and not page.has_unpublished_changes


@pytest.mark.django_db
def test_a_refresh_waits_in_the_draft_of_a_page_being_edited(fake_x, editor, news_index):
    page = article_with_posts(news_index, POST_URL)
    page.title = "Draft title"
    page.save_revision()
    block_id = next(block.id for block in page.body if block.block_type == "tweet")
    editor.post(reverse("base_refresh_posts", args=[page.pk]), {"block_id": block_id})
    assert live_posts(page)[0]["author_name"] == "Old name"
    draft = page.get_latest_revision_as_object()
    assert draft.title == "Draft title"
    assert draft.body[1].value["author_name"] == "Global Coalition"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("mode", "message"),
    [
        ("404", "X says this post does not exist: it may have been deleted."),
        ("slow", "X did not answer within 0.5 seconds."),
    ],
)
def test_a_failed_refresh_says_why_and_keeps_the_snapshot(
    fake_x, editor, news_index, mode, message
):
    fake_x.mode = mode
    page = article_with_posts(news_index, POST_URL)
    revisions = page.revisions.count()
    block_id = next(block.id for block in page.body if block.block_type == "tweet")
    response = editor.post(
        reverse("base_refresh_posts", args=[page.pk]), {"block_id": block_id}, follow=True
    )
    assert message in response.content.decode()
    assert live_posts(page)[0]["text"] == "What the post said when it was saved"
    assert page.revisions.count() == revisions


@pytest.mark.django_db
def test_the_command_refreshes_every_post_and_reports_deleted_ones(fake_x, news_index):
    fake_x.by_status = {"1790000000000000001": "404"}
    first = article_with_posts(news_index, POST_URL)
    second = article_with_posts(news_index, GONE_URL)
    out = StringIO()
    call_command("refresh_posts", delay=0, stdout=out)
    lines = out.getvalue().splitlines()
    assert f"updated: {POST_URL} on Partners in Rome (page {first.pk}, en)" in lines
    assert f"deleted upstream: {GONE_URL} on Partners in Rome (page {second.pk}, en)" in lines
    assert lines[-1] == "1 updated, 1 deleted, 0 failed, 0 unchanged"
    assert live_posts(first)[0]["text"] == POST_TEXT
    assert live_posts(second)[0]["text"] == "What the post said when it was saved"


@pytest.mark.django_db
def test_the_command_stops_at_its_limit(fake_x, news_index):
    article_with_posts(news_index, POST_URL, GONE_URL)
    out = StringIO()
    call_command("refresh_posts", delay=0, limit=1, stdout=out)
    assert len(fake_x.oembed_requests) == 1
    assert out.getvalue().splitlines()[-1].endswith("(limit reached: run again for the rest)")
