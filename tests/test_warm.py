"""The warm-up after a publish (base/warm.py): queued once per committed change through Django's
task framework, it renders each language's home page and menu and the changed page with its
ancestors into the page cache, under the key a visitor's request looks up."""

from contextlib import contextmanager

from django.test import Client

from wagtail.models import Locale

import pytest

from base import page_cache, purge, warm
from localisation.translate import translate_object

from .factories import NewsPageFactory

pytestmark = pytest.mark.django_db
STATUS = page_cache.STATUS_HEADER


@pytest.fixture(autouse=True)
def warming_on(settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_WARM_ENABLED = True
    settings.PAGE_WARM_BASE_URL = "http://testserver"
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@contextmanager
def committed(capture):
    """The block as its own committed transaction: what came before it in the test's
    transaction (which never commits) counts as committed already."""
    purge.pending.page_ids = None
    with capture(execute=True):
        yield


@pytest.fixture
def article(news_index, django_capture_on_commit_callbacks):
    # Committed, as an editor's earlier work would be: its own warm-up has run.
    with committed(django_capture_on_commit_callbacks):
        news_index.show_in_menus = True
        news_index.save_revision().publish()
        page = NewsPageFactory(parent=news_index, title="Ministers meet in Rome")
    # A later version of the site, so a test's own warm-up is not a repeat of that one.
    page_cache.Generation().bump()
    return page


class RecordingTask:
    def __init__(self, queued: list):
        self.enqueue = lambda **kwargs: queued.append(kwargs)


def publish(page, capture):
    page.title += " (updated)"
    with committed(capture):
        page.save_revision().publish()


def test_publishing_warms_home_index_and_the_page_in_each_language(
    article, news_index, home_page, django_capture_on_commit_callbacks
):
    french_locale = Locale.objects.get(language_code="fr")
    with committed(django_capture_on_commit_callbacks):
        for page in (home_page, news_index, article):
            french = translate_object(page.specific, french_locale, lambda s: None, fallback=True)
    publish(article, django_capture_on_commit_callbacks)
    anonymous = Client()
    for page in (home_page, news_index, article, french, french.get_parent()):
        response = anonymous.get(page.url)
        assert response[STATUS] == "hit", page.url
    anonymous.cookies["cookie_consent"] = "accepted"
    assert anonymous.get(article.url)[STATUS] == "hit"


def test_one_publish_queues_one_warm_up(article, django_capture_on_commit_callbacks, monkeypatch):
    queued = []
    monkeypatch.setattr(warm, "warm_pages", RecordingTask(queued))
    publish(article, django_capture_on_commit_callbacks)
    assert queued == [{"page_ids": [article.pk]}]


def test_nothing_is_queued_without_a_shared_cache(
    article, settings, django_capture_on_commit_callbacks, monkeypatch
):
    settings.PAGE_WARM_ENABLED = False
    queued = []
    monkeypatch.setattr(warm, "warm_pages", RecordingTask(queued))
    publish(article, django_capture_on_commit_callbacks)
    assert queued == []


def test_the_paths_cover_menus_and_ancestors_once_each(article, news_index, home_page):
    paths = warm.paths_to_warm([article.pk])
    # The published page first: readers open a new statement before anything else.
    assert paths[:3] == [article.url, home_page.url, news_index.url]
    assert len(paths) == len(set(paths))


def test_a_newer_change_stops_an_older_warm_up(article, monkeypatch):
    rendered = []

    def render_then_change(path, state, client=None):
        rendered.append(path)
        page_cache.Generation().bump()  # another publish lands meanwhile
        return 200

    monkeypatch.setattr(warm, "render", render_then_change)
    warm.warm_pages.call(page_ids=[article.pk])
    assert len(rendered) == 1


def test_identical_warm_ups_of_one_version_render_once(article, monkeypatch):
    # One admin publish queues a warm-up per commit (revision, then page): same paths, same site.
    rendered = []
    monkeypatch.setattr(warm, "render", lambda path, state, client=None: rendered.append(path))
    warm.warm_pages.call(page_ids=[article.pk])
    first = len(rendered)
    assert first and warm.warm_pages.call(page_ids=[article.pk]) == {}
    assert len(rendered) == first
    page_cache.Generation().bump()  # a later change: its warm-up renders again
    warm.warm_pages.call(page_ids=[article.pk])
    assert len(rendered) == 2 * first


def test_a_warm_up_uses_one_client_and_still_fetches_each_page_in_each_state(article, monkeypatch):
    # A client per page loaded the middleware per page, and WhiteNoise rescans the static files
    # whenever it loads: tens of seconds per warm-up.
    clients, fetched = [], []

    class CountingClient(Client):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            clients.append(self)

        def get(self, path, *args, **kwargs):
            consent = self.cookies.get("cookie_consent")
            fetched.append((consent.value if consent else "none", path))
            return super().get(path, *args, **kwargs)

    monkeypatch.setattr(warm, "Client", CountingClient)
    paths = warm.paths_to_warm([article.pk])
    expected = [(state, path) for path in paths for state in warm.CONSENT_STATES]
    rendered = warm.warm_pages.call(page_ids=[article.pk])
    assert len(clients) == 1
    assert fetched == expected  # each request with its own consent state, none carried over
    assert rendered == {f"{state} {path}": 200 for state, path in expected}
    assert len(paths) >= 3
