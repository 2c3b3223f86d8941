"""Values and fragments kept under the page cache's token (base/fragments.py): looked up once per
content generation, and looked up again after any change, so never shown stale."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale, PageViewRestriction, Site

import pytest

from base.fragments import find_site_for_request
from base.models import SiteIdentity
from base.page_cache import Generation
from news.models import ArticlePartner, ArticleTopic

from .factories import (
    ImageFactory,
    MemberFactory,
    NewsPageFactory,
    ReadoutPageFactory,
    StandardPageFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fragments_on(settings):
    settings.FRAGMENT_CACHE_ENABLED = True


def sql_of(client, url: str) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200, url
    return [query["sql"] for query in captured]


def reading(table: str, sql: list[str]) -> list[str]:
    return [query for query in sql if f'FROM "{table}"' in query]


def test_the_site_and_its_identity_are_looked_up_once_per_generation(client, home_page):
    first = sql_of(client, "/en/")
    assert reading("wagtailcore_site", first)
    again = sql_of(client, "/en/")
    assert not reading("wagtailcore_site", again)
    assert not reading("base_siteidentity", again)
    assert not [query for query in again if '"home_homepage"' in query]  # kept with the site
    Generation().bump()
    assert reading("wagtailcore_site", sql_of(client, "/en/"))


def test_a_changed_setting_shows_on_the_next_render(
    client, home_page, django_capture_on_commit_callbacks
):
    identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
    identity.x_handle = "before"
    identity.save()
    Generation().bump()
    assert 'content="@before"' in client.get("/en/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        identity.x_handle = "after"
        identity.save()
    assert 'content="@after"' in client.get("/en/").content.decode()


def test_a_changed_site_is_found_on_the_next_request(
    client, home_page, django_capture_on_commit_callbacks
):
    assert client.get("/en/", HTTP_HOST="news.example.org").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        Site.objects.filter(is_default_site=True).update(is_default_site=False)
        site = Site.objects.get(root_page=home_page)
        site.save()  # update() sends no signal; the save does, as the admin's would
    assert client.get("/en/", HTTP_HOST="news.example.org").status_code == 404


def home_lookups(sql: list[str]) -> list[str]:
    """Queries for the home page's translation (base.i18n.localized)."""
    return [q for q in reading("wagtailcore_page", sql) if '"translation_key" =' in q]


def test_the_home_page_in_the_visitors_language_is_looked_up_once_per_generation(client, home_page):
    french = home_page.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.save_revision().publish()
    Generation().bump()
    first = sql_of(client, "/fr/search/")
    assert home_lookups(first)
    again = sql_of(client, "/fr/search/")
    assert not home_lookups(again)
    assert f'href="{french.url}"' in client.get("/fr/search/").content.decode()
    Generation().bump()
    assert home_lookups(sql_of(client, "/fr/search/"))


@pytest.mark.parametrize(("host", "lookups"), [("testserver", 1), ("evil.example.org", 2)])
def test_only_allowed_hosts_are_remembered(rf, home_page, settings, host, lookups):
    settings.ALLOWED_HOSTS = ["testserver"]
    request = rf.get("/", HTTP_HOST=host)
    site = Site.objects.get(is_default_site=True)
    with CaptureQueriesContext(connection) as captured:
        for _ in range(2):
            assert find_site_for_request(request) == site
    assert len(reading("wagtailcore_site", [query["sql"] for query in captured])) == lookups


def restricted(page) -> PageViewRestriction:
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )


def test_view_restrictions_are_not_queried_for_public_pages(client, news_index):
    article = NewsPageFactory(parent=news_index)
    client.get(article.url)
    sql = sql_of(client, article.url)
    assert not reading("wagtailcore_pageviewrestriction", sql)


@pytest.mark.parametrize("fragments", [True, False])
def test_restricted_pages_stay_restricted(client, news_index, settings, fragments):
    settings.FRAGMENT_CACHE_ENABLED = fragments
    private = NewsPageFactory(parent=news_index)
    below = StandardPageFactory(parent=private)
    public = NewsPageFactory(parent=news_index)
    alias = private.create_alias(parent=news_index, update_slug="alias-of-private")
    alias_child = StandardPageFactory(parent=alias)
    restricted(private)
    Generation().bump()
    for page in (private, below, alias, alias_child):
        assert page.specific.get_view_restrictions().exists(), page
        assert client.get(page.url).status_code == 200  # the password form
        assert 'name="password"' in client.get(page.url).content.decode(), page
    assert not public.get_view_restrictions().exists()
    assert 'name="password"' not in client.get(public.url).content.decode()


def test_cached_cards_need_no_listing_images_or_topics(client, news_index):
    for _ in range(3):
        article = NewsPageFactory(parent=news_index, listing_image=ImageFactory())
        ArticleTopic.objects.create(page=article, topic=TopicFactory())
    first = client.get("/en/").content
    sql = sql_of(client, "/en/")
    assert client.get("/en/").content == first
    for table in ("wagtailimages_image", "wagtailimages_rendition", "news_articletopic"):
        assert not reading(table, sql), table
    Generation().bump()  # cards rendered again, their images fetched for the whole listing
    sql = sql_of(client, "/en/")
    assert len(reading("wagtailimages_rendition", sql)) == 1
    assert client.get("/en/").content == first


def test_related_articles_come_from_the_cached_cards(client, news_index):
    topic = TopicFactory()
    pages = [NewsPageFactory(parent=news_index, listing_image=ImageFactory()) for _ in range(3)]
    for page in pages:
        ArticleTopic.objects.create(page=page, topic=topic)
    first = client.get(pages[0].url).content
    sql = sql_of(client, pages[0].url)
    assert client.get(pages[0].url).content == first
    assert b"related-articles" in first
    assert not reading("wagtailimages_rendition", sql)
    assert not [query for query in sql if query.startswith('SELECT 1 AS "a"')]  # no exists()
    assert not [query for query in sql if '"news_articlepage"."date" DESC' in query]


def test_the_home_page_sections_are_cached_and_previews_are_not(client, news_index, home_page):
    lead = NewsPageFactory(parent=news_index, listing_image=ImageFactory())
    home_page.lead_story = lead
    home_page.about_heading = "Who we are"
    home_page.save_revision().publish()
    Generation().bump()
    first = client.get("/en/").content.decode()
    sql = sql_of(client, "/en/")
    assert client.get("/en/").content.decode() == first
    assert "Who we are" in first and "lead-story" in first
    assert not reading("wagtailimages_image", sql)  # the lead's, the campaigns' and the videos'
    assert not [query for query in sql if '"campaigns_campaignpage"' in query]
    assert not [query for query in sql if '"news_newsindexpage"' in query]
    assert len(sql) <= 5
    client.get("/en/", HTTP_HOST="localhost")  # the host Wagtail's preview request names
    home_page.about_heading = "A heading in draft"
    preview = home_page.make_preview_request().content.decode()
    assert "A heading in draft" in preview
    assert "A heading in draft" not in client.get("/en/").content.decode()


def test_alternates_and_topics_are_looked_up_once_per_generation(client, news_index):
    article = NewsPageFactory(parent=news_index)
    ArticleTopic.objects.create(page=article, topic=TopicFactory(name="Stabilisation"))
    first = client.get(article.url).content
    sql = sql_of(client, article.url)
    assert client.get(article.url).content == first
    assert 'hreflang="en"' in first.decode() and "Stabilisation" in first.decode()
    assert not [query for query in sql if 'JOIN "wagtailcore_locale"' in query]  # translations
    assert not [query for query in sql if 'WHERE "base_topic"."locale_id" =' in query]


def test_article_partners_are_cached_until_a_member_changes(
    client, news_index, django_capture_on_commit_callbacks
):
    article = NewsPageFactory(parent=news_index)
    member = MemberFactory(name="Iraq")
    ArticlePartner.objects.create(page=article, member=member)
    assert "<bdi>Iraq</bdi>" in client.get(article.url).content.decode()
    assert not reading("news_articlepartner", sql_of(client, article.url))
    with django_capture_on_commit_callbacks(execute=True):
        member.name = "Republic of Iraq"
        member.save()
    assert "<bdi>Republic of Iraq</bdi>" in client.get(article.url).content.decode()


@pytest.mark.parametrize("listing_first", [True, False])
def test_a_card_shows_what_its_listing_knows_whichever_renders_first(
    client, news_index, listing_first
):
    # Listings annotate a readout's document type; related articles do not, and say "Readout or
    # statement" as they always have: one card each, never the other's.
    topic = TopicFactory()
    readout = ReadoutPageFactory(parent=news_index, document_type="communique")
    article = NewsPageFactory(parent=news_index)
    for page in (readout, article):
        ArticleTopic.objects.create(page=page, topic=topic)
    urls = [news_index.url, article.url] if listing_first else [article.url, news_index.url]
    pages = {url: client.get(url).content.decode() for url in urls}
    assert "Communiqué" in pages[news_index.url]
    assert "Readout or statement" in pages[article.url]
