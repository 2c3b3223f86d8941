"""Pages are found by their URL path in one query (home/models.py: HomePage.route), with the
answers Wagtail's level-by-level walk gives; and what a request looks up for its chrome is
looked up once (base/per_request.py)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale, Page

import pytest

from .factories import NewsPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def test_a_deep_page_is_served(client, news_index):
    page = NewsPageFactory(parent=news_index, title="Partners meet", slug="partners-meet")
    response = client.get("/en/news/partners-meet/")
    assert response.status_code == 200
    assert response.context["page"].specific == page


def test_routes_a_page_makes_itself_still_work(client, news_index):
    NewsPageFactory(parent=news_index)
    assert client.get("/en/news/feed/").status_code == 200
    assert client.get("/en/news/stories/feed/atom/").status_code == 200


def test_a_page_route_wins_over_a_child_of_the_same_name(client, news_index):
    # As in Wagtail's own routing: the news index's feed, not an article called "feed" (which
    # editors cannot name so today, but older or imported pages might be).
    page = NewsPageFactory(parent=news_index, slug="feed-story")
    Page.objects.filter(pk=page.pk).update(slug="feed", url_path=news_index.url_path + "feed/")
    response = client.get("/en/news/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")


@pytest.mark.parametrize("path", ["/en/news/nothing-here/", "/en/nothing/", "/en/news/x/y/"])
def test_unknown_paths_are_not_found(client, news_index, path):
    NewsPageFactory(parent=news_index, slug="x")
    assert client.get(path).status_code == 404


def test_a_draft_is_not_served(client, news_index):
    page = NewsPageFactory(parent=news_index, slug="draft")
    page.unpublish()
    assert client.get("/en/news/draft/").status_code == 404


def test_a_page_of_another_language_tree_is_not_served_under_this_one(client, home_page):
    french_home = home_page.copy_for_translation(Locale.objects.get(language_code="fr"))
    french_home.save_revision().publish()
    StandardPageFactory(parent=french_home, slug="a-propos")
    assert client.get("/fr/a-propos/").status_code == 200
    assert client.get("/en/a-propos/").status_code == 404


def test_moved_pages_are_found_at_their_new_path(client, home_page, news_index):
    page = NewsPageFactory(parent=news_index, slug="moving")
    page.move(home_page, pos="last-child")
    assert client.get("/en/moving/").status_code == 200
    # Wagtail keeps the old address as a redirect to the new one.
    assert client.get("/en/news/moving/")["Location"] == "/en/moving/"


def test_one_query_finds_a_page_however_deep(client, home_page):
    level_1 = StandardPageFactory(parent=home_page, slug="one")
    level_2 = StandardPageFactory(parent=level_1, slug="two")
    StandardPageFactory(parent=level_2, slug="three")
    client.get("/en/one/")  # warm the per-process caches (site, content types)
    counts = []
    for path in ("/en/one/", "/en/one/two/three/"):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(path).status_code == 200
        counts.append(len(captured))
    # A deeper page costs its own ancestors (menu, breadcrumbs) at most, not a walk per level.
    assert counts[1] - counts[0] <= 1, counts


def test_the_locale_is_looked_up_once_per_request(client, news_index):
    page = NewsPageFactory(parent=news_index)
    client.get(page.url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(page.url).status_code == 200
    locale_queries = [q for q in captured if 'FROM "wagtailcore_locale"' in q["sql"]]
    # Once for Wagtail's routing (the localised root), once for everything the site renders.
    assert len(locale_queries) <= 2, [q["sql"] for q in locale_queries]


def test_a_routed_page_knows_its_parent_without_asking_again(client, news_index):
    NewsPageFactory(parent=news_index, title="Partners meet", slug="partners-meet")
    page = client.get("/en/news/partners-meet/").context["page"]
    with CaptureQueriesContext(connection) as captured:
        parent = page.get_parent()
    assert len(captured) == 0
    assert type(parent) is Page
    assert parent.pk == news_index.pk
    assert parent.url_path == Page.objects.get(pk=news_index.pk).url_path
