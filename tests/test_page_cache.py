"""The anonymous page cache: what is never cached, what the key holds, and every change that
must drop cached pages (publish, unpublish, move, delete, translation, snippet, setting,
scheduled publication), including the CDN purge list."""

import datetime
import time
from unittest import mock

from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Locale, PageViewRestriction, Site

import pytest
from bs4 import BeautifulSoup

from base import page_cache
from base.models import SiteIdentity
from localisation.translate import translate_object
from news.models import NewsPage

from .factories import NewsIndexPageFactory, NewsPageFactory, TopicFactory

pytestmark = pytest.mark.django_db
STATUS = page_cache.STATUS_HEADER


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


def fetch(client, url: str, consent: str = "", **cookies):
    client.cookies.clear()
    if consent:
        client.cookies["cookie_consent"] = consent
    for name, value in cookies.items():
        client.cookies[name] = value
    return client.get(url)


def text(response, selector: str) -> str:
    found = BeautifulSoup(response.content, "html.parser").select(selector)
    return " ".join(element.get_text(" ", strip=True) for element in found)


@pytest.fixture
def article(news_index):
    return NewsPageFactory(parent=news_index, title="Ministers meet in Rome")


def assert_cached(client, url: str, **kwargs):
    """The first request renders and stores the page; the next one is served from the cache."""
    first = fetch(client, url, **kwargs)
    assert first[STATUS] == "miss", url
    assert fetch(client, url, **kwargs)[STATUS] == "hit", url


def publish(page):
    page.save_revision().publish()


# --- What is cached, and under which key --------------------------------------------------------


def test_anonymous_page_is_served_from_the_cache(client, article):
    assert_cached(client, article.url)
    hit = fetch(client, article.url)
    assert hit.status_code == 200
    assert "Ministers meet in Rome" in text(hit, "h1")


def test_an_uncached_page_reads_the_generation_token_once(client, article, settings):
    """The page cache, and every fragment of the page, key on one read of the token."""
    settings.FRAGMENT_CACHE_ENABLED = True
    reads = []
    read = page_cache.Generation.current
    with mock.patch.object(
        page_cache.Generation, "current", lambda self: reads.append(1) or read(self)
    ):
        response = fetch(client, article.url)
    assert response[STATUS] == "miss"
    assert "Ministers meet in Rome" in text(response, "h1")
    assert len(reads) == 1


def test_each_consent_state_has_its_own_entry(client, article):
    for consent in ("", "accepted", "rejected"):
        assert_cached(client, "/en/", consent=consent)
    assert text(fetch(client, "/en/"), "[data-cookie-banner]")
    assert not text(fetch(client, "/en/", consent="accepted"), "[data-cookie-banner]")
    assert not text(fetch(client, "/en/", consent="rejected"), "[data-cookie-banner]")
    # An unknown consent value is the same as none: the banner is shown again.
    assert fetch(client, "/en/", consent="maybe")[STATUS] == "hit"


def test_headers_are_cached_with_the_page(client, article):
    stored = fetch(client, article.url)
    hit = fetch(client, article.url)
    for name in ("Content-Type", "Content-Language", "X-Frame-Options"):
        assert hit.get(name) == stored.get(name), name
    if "Content-Security-Policy" in stored:
        assert hit["Content-Security-Policy"] == stored["Content-Security-Policy"]


def test_other_cookies_do_not_split_the_cache(client, article):
    assert_cached(client, article.url)
    assert fetch(client, article.url, csrftoken="x" * 32, _ga="GA1.2.3")[STATUS] == "hit"


def test_languages_and_query_strings_are_separate_entries(client, article, news_index):
    assert_cached(client, news_index.url)
    assert fetch(client, news_index.url + "?kind=news")[STATUS] == "miss"
    assert fetch(client, news_index.url)[STATUS] == "hit"


# --- Never cached ------------------------------------------------------------------------------


def test_logged_in_visitors_are_never_served_cached_pages(client, article, django_user_model):
    fetch(client, article.url)  # an anonymous copy exists
    user = django_user_model.objects.create_superuser("editor", "e@example.org", "x" * 16)
    client.force_login(user)
    response = client.get(article.url)
    assert response.status_code == 200 and STATUS not in response


def test_admin_and_previews_are_never_cached(client, article, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "e@example.org", "x" * 16)
    client.force_login(user)
    for url in (
        "/admin/",
        f"/admin/pages/{article.pk}/edit/preview/?mode=",
        f"/admin/pages/{article.pk}/view_draft/",
    ):
        assert STATUS not in client.get(url), url
    client.logout()
    # The admin's login page sets a CSRF cookie and is never stored either.
    assert STATUS not in fetch(client, "/admin/login/")


def test_the_middleware_never_stores_search_pages_itself(client, article, settings):
    # Only the search view stores its answers, counted on replay (tests/test_search_cache.py).
    settings.SEARCH_CACHE_SECONDS = 0
    for _ in range(2):
        response = fetch(client, "/en/search/?q=rome")
        assert response.status_code == 200 and STATUS not in response


def test_responses_that_set_cookies_are_never_cached(client, article):
    # A password-protected page shows a form with a CSRF token, which sets the CSRF cookie.
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    for _ in range(2):
        response = fetch(client, article.url)
        assert response.cookies and STATUS not in response


def test_posts_errors_and_the_consent_form_are_never_cached(client, article):
    assert STATUS not in fetch(client, "/en/no-such-page/")
    assert fetch(client, "/en/no-such-page/").status_code == 404
    response = client.post("/consent/", {"choice": "accepted", "next": "/en/"})
    assert response.status_code == 302 and STATUS not in response


def test_the_consent_form_works_on_a_cached_page(client, article):
    """The banner's form carries no CSRF token, so a cached copy posts as well as a fresh one."""
    assert_cached(client, "/en/")
    page = BeautifulSoup(fetch(client, "/en/").content, "html.parser")
    form = page.select_one("[data-cookie-banner] form")
    assert not form.select("[name=csrfmiddlewaretoken]")
    response = client.post(form["action"], {"choice": "accepted", "next": "/en/"})
    assert response.cookies["cookie_consent"].value == "accepted"


# --- Invalidation ------------------------------------------------------------------------------


def test_publishing_a_new_article_drops_its_index_and_the_home_page(client, article, news_index):
    for url in ("/en/", news_index.url):
        assert_cached(client, url)
    NewsPageFactory(
        parent=news_index, title="Water returns to Mosul", live=False
    ).save_revision().publish()
    for url in ("/en/", news_index.url):
        response = fetch(client, url)
        assert response[STATUS] == "miss" and "Water returns to Mosul" in text(response, ".card")


def test_editing_and_republishing_drops_the_page(client, article):
    assert_cached(client, article.url)
    article.title = "Ministers meet in Baghdad"
    publish(article)
    assert text(fetch(client, article.url), "h1") == "Ministers meet in Baghdad"


def test_saving_a_draft_changes_nothing_visible(client, article):
    assert_cached(client, article.url)
    article.title = "A draft title"
    article.save_revision()
    assert "A draft title" not in text(fetch(client, article.url), "h1")


def test_unpublishing_drops_the_page_and_its_listings(client, article, news_index):
    assert_cached(client, news_index.url)
    assert_cached(client, article.url)
    article.unpublish()
    assert fetch(client, article.url).status_code == 404
    assert "Ministers meet in Rome" not in text(fetch(client, news_index.url), ".card")


def test_moving_a_page_drops_both_places(client, article, news_index, home_page):
    archive = NewsIndexPageFactory(parent=home_page, title="Archive", slug="archive")
    old_url = article.url
    for url in (old_url, news_index.url, archive.url):
        assert_cached(client, url)
    article.move(archive, pos="last-child")
    assert fetch(client, old_url).status_code != 200  # Wagtail redirects the old address
    assert "Ministers meet in Rome" not in text(fetch(client, news_index.url), ".card")
    assert "Ministers meet in Rome" in text(fetch(client, archive.url), ".card")


def test_deleting_a_page_drops_it(client, article, news_index):
    assert_cached(client, news_index.url)
    url = article.url
    article.delete()
    assert fetch(client, url).status_code == 404
    assert "Ministers meet in Rome" not in text(fetch(client, news_index.url), ".card")


def test_publishing_a_translation_updates_the_language_switcher(client, article, home_page):
    french = Locale.objects.get(language_code="fr")
    for page in (home_page, article.get_parent()):
        translate_object(page.specific, french, lambda s: None, fallback=True)
    assert_cached(client, article.url)
    # Until the article is translated, its French link is marked as leading elsewhere.
    assert text(fetch(client, article.url), "[hreflang=fr] .language-switcher__note")
    translate_object(article, french, lambda s: None, fallback=True)
    assert not text(fetch(client, article.url), "[hreflang=fr] .language-switcher__note")


def test_editing_a_topic_drops_every_page(client, article):
    topic = TopicFactory(name="Countering propaganda", slug="propaganda")
    assert_cached(client, "/en/")
    topic.name = "Countering Daesh's propaganda"
    topic.save()
    assert "Countering Daesh's propaganda" in text(fetch(client, "/en/"), ".lines-of-effort")


def test_editing_a_site_setting_drops_every_page(client, article):
    assert_cached(client, article.url)
    identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
    identity.x_handle = "coalition_news"
    identity.save()
    assert "@coalition_news" in text(fetch(client, article.url), ".site-footer")


def test_a_scheduled_publication_coming_due_drops_the_listings(client, article, news_index):
    scheduled = NewsPageFactory(parent=news_index, title="Scheduled statement", live=False)
    scheduled.go_live_at = timezone.now() + datetime.timedelta(seconds=2)
    scheduled.save_revision().publish()  # with go_live_at ahead, this only schedules it
    assert_cached(client, news_index.url)
    assert "Scheduled statement" not in text(fetch(client, news_index.url), ".card")
    time.sleep(2.1)
    call_command("publish_scheduled")
    assert "Scheduled statement" in text(fetch(client, news_index.url), ".card")


def test_a_change_from_another_process_drops_this_workers_pages(client, article, settings):
    """Workers share the token file: one rewritten by any process makes every copy stale."""
    assert_cached(client, article.url)
    settings.PAGE_CACHE_GENERATION_FILE.write_text("written-by-another-process")
    assert fetch(client, article.url)[STATUS] == "miss"


def test_a_page_rendered_during_a_change_is_not_kept(client, article, monkeypatch):
    """A render that straddles a change is stored under the old token and never served."""
    real_serve = NewsPage.serve

    def serve_while_publishing(self, request, *args, **kwargs):
        response = real_serve(self, request, *args, **kwargs)
        page_cache.Generation().bump()  # a publish lands while this page renders
        return response

    monkeypatch.setattr(NewsPage, "serve", serve_while_publishing)
    assert fetch(client, article.url)[STATUS] == "miss"
    monkeypatch.undo()
    assert fetch(client, article.url)[STATUS] == "miss"
    assert fetch(client, article.url)[STATUS] == "hit"


# --- CDN ---------------------------------------------------------------------------------------


class RecordingBackend(BaseBackend):
    """Stands in for a CDN: remembers what it was asked to purge."""

    purged: list[str] = []

    def __init__(self, params):
        super().__init__(params)

    def purge(self, url: str) -> None:
        RecordingBackend.purged.append(url)

    def purge_batch(self, urls) -> None:
        RecordingBackend.purged.extend(urls)


CDN = {"test": {"BACKEND": "tests.test_page_cache.RecordingBackend"}}


@override_settings(WAGTAILFRONTENDCACHE=CDN, PAGE_CACHE_CDN_MAX_AGE=300)
def test_publishing_purges_the_page_its_index_home_feed_and_sitemap(
    client, article, news_index, django_capture_on_commit_callbacks
):
    RecordingBackend.purged = []
    with django_capture_on_commit_callbacks(execute=True):
        article.title = "Ministers meet in Baghdad"
        publish(article)
    root = "http://localhost"
    expected = {root + article.url, root + news_index.url, root + "/en/", root + "/sitemap.xml"}
    if isinstance(news_index, RoutablePageMixin):  # the index serves the language's feeds
        expected.add(root + news_index.url + "feed/")
    assert expected <= set(RecordingBackend.purged)


@override_settings(WAGTAILFRONTENDCACHE=CDN, PAGE_CACHE_CDN_MAX_AGE=300)
def test_a_setting_change_purges_every_live_page(
    client, article, news_index, django_capture_on_commit_callbacks
):
    RecordingBackend.purged = []
    identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
    with django_capture_on_commit_callbacks(execute=True):
        identity.x_handle = "coalition_news"
        identity.save()
    assert {"http://localhost" + url for url in ("/en/", news_index.url, article.url)} <= set(
        RecordingBackend.purged
    )


@override_settings(WAGTAILFRONTENDCACHE=CDN, PAGE_CACHE_CDN_MAX_AGE=300)
def test_cached_pages_tell_the_cdn_how_long_to_keep_them(client, article):
    response = fetch(client, article.url)
    assert "s-maxage=300" in response["Cache-Control"] and "public" in response["Cache-Control"]


def test_the_proxy_may_keep_only_what_this_cache_would_store(client, article, settings):
    settings.PAGE_CACHE_PROXY_SECONDS = 5
    expires = page_cache.PROXY_EXPIRES_HEADER
    assert fetch(client, article.url)[expires] == "5"
    assert fetch(client, article.url)[expires] == "5"  # replayed from the page cache
    assert expires not in fetch(client, "/en/search/?q=rome")
    assert expires not in fetch(client, "/en/no-such-page/")


def test_the_proxy_never_keeps_a_signed_in_visitors_page(client, article, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "e@example.org", "x" * 16)
    client.force_login(user)
    assert page_cache.PROXY_EXPIRES_HEADER not in client.get(article.url)


def test_an_unwritable_token_file_is_reported_by_the_checks(settings, tmp_path):
    from django.core.checks import run_checks

    def errors() -> list[str]:
        return [message.id for message in run_checks(tags=["caches"])]

    settings.PAGE_CACHE_ENABLED = True
    blocker = tmp_path / "a-file"
    blocker.write_text("")  # a file where the token's folder should be
    settings.PAGE_CACHE_GENERATION_FILE = blocker / "page-cache-generation"
    assert "base.E001" in errors()
    settings.PAGE_CACHE_GENERATION_FILE = tmp_path / "var" / "page-cache-generation"
    assert "base.E001" not in errors()
