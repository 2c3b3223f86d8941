"""Search analytics: queries logged per locale with their result counts, and the admin report."""

import datetime

from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale

import pytest

from search.models import QueryLog

from .factories import NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles(news_index):
    NewsPageFactory(parent=news_index, title="Coalition partners meet in Rome")
    NewsPageFactory(parent=news_index, title="Coalition statement on Mosul")


def logged() -> list[tuple[str, str, int, int]]:
    return sorted(
        (row.query, row.locale.language_code, row.searches, row.results)
        for row in QueryLog.objects.select_related("locale")
    )


def test_each_search_is_logged_with_its_locale_and_result_count(client, articles):
    client.get("/en/search/", {"q": "Coalition"})
    client.get("/en/search/", {"q": "  coalition "})
    client.get("/en/search/", {"q": "xylophone"})
    client.get("/ar/search/", {"q": "coalition"})
    assert logged() == [
        ("coalition", "ar", 1, 0),
        ("coalition", "en", 2, 2),
        ("xylophone", "en", 1, 0),
    ]


def test_paging_and_filtering_do_not_count_again(client, articles):
    client.get("/en/search/", {"q": "coalition"})
    client.get("/en/search/", {"q": "coalition", "page": "2"})
    client.get("/en/search/", {"q": "coalition", "kind": "news"})
    client.get("/en/search/", {"q": "coalition", "from": "2026-01-01"})
    assert logged() == [("coalition", "en", 1, 2)]


def test_empty_and_unsearchable_queries_are_not_logged(client, articles):
    for query in ("", "   ", "***", "\x00", "🇮🇹"):
        client.get("/en/search/", {"q": query})
    assert logged() == []


def test_record_adds_to_the_day_and_keeps_the_latest_result_count(home_page):
    english = Locale.objects.get(language_code="en")
    QueryLog.record("Mosul", english, 3)
    QueryLog.record("mosul", english, 4)
    QueryLog.objects.update(date=timezone.localdate() - datetime.timedelta(days=1))
    QueryLog.record("mosul", english, 5)
    assert sorted(QueryLog.objects.values_list("searches", "results")) == [(1, 5), (2, 4)]


# --- The admin report ---------------------------------------------------------------------------


@pytest.fixture
def analyst(django_user_model):
    """An editor allowed into the admin and given the report, without being a superuser."""
    user = django_user_model.objects.create_user(username="analyst", password="x" * 16)
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="search", codename="view_querylog"),
    )
    return user


@pytest.fixture
def history(home_page):
    english = Locale.objects.get(language_code="en")
    arabic = Locale.objects.get(language_code="ar")
    today = timezone.localdate()
    for days_ago, query, locale, searches, results in [
        (0, "mosul", english, 5, 3),
        (3, "mosul", english, 7, 2),
        (0, "budget 2027", english, 2, 0),
        (40, "orchestra", english, 9, 1),
        (0, "التحالف", arabic, 4, 6),
        (1, "قائمة", arabic, 1, 0),
    ]:
        QueryLog.objects.create(
            query=query,
            locale=locale,
            date=today - datetime.timedelta(days=days_ago),
            searches=searches,
            results=results,
        )


def report_rows(response) -> list[tuple[str, str, int, int]]:
    return [
        (row["query"], row["locale__language_code"], row["searches_total"], row["max_results"])
        for row in response.context["object_list"]
    ]


def test_report_lists_popular_searches_first(client, analyst, history):
    client.force_login(analyst)
    response = client.get(reverse("search_queries_report"))
    assert response.status_code == 200
    assert report_rows(response) == [
        ("mosul", "en", 12, 3),
        ("orchestra", "en", 9, 1),
        ("التحالف", "ar", 4, 6),
        ("budget 2027", "en", 2, 0),
        ("قائمة", "ar", 1, 0),
    ]
    assert "التحالف" in response.content.decode()


def test_report_filters_zero_result_searches_language_and_dates(client, analyst, history):
    client.force_login(analyst)
    url = reverse("search_queries_report")
    zero = client.get(url, {"no_results": "true"})
    assert [row[0] for row in report_rows(zero)] == ["budget 2027", "قائمة"]
    arabic = client.get(url, {"locale": "ar"})
    assert [row[0] for row in report_rows(arabic)] == ["التحالف", "قائمة"]
    since = (timezone.localdate() - datetime.timedelta(days=2)).isoformat()
    recent = client.get(url, {"date_from": since})
    assert report_rows(recent)[0] == ("mosul", "en", 5, 3)
    assert "orchestra" not in [row[0] for row in report_rows(recent)]


def test_report_exports_a_spreadsheet(client, analyst, history):
    client.force_login(analyst)
    response = client.get(reverse("search_queries_report"), {"export": "csv"})
    assert response.status_code == 200
    content = (
        b"".join(response.streaming_content).decode()
        if response.streaming
        else response.content.decode()
    )
    assert "mosul" in content and "Searches" in content


def test_report_needs_the_permission(client, django_user_model, home_page):
    user = django_user_model.objects.create_user(username="editor", password="x" * 16)
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    client.force_login(user)
    response = client.get(reverse("search_queries_report"))
    assert response.status_code in (302, 403)


def test_wagtail_search_terms_report_is_hidden():
    from wagtail.admin.menu import MenuItem

    from search.wagtail_hooks import hide_wagtail_search_terms_report

    items = [
        MenuItem("Search terms", "/terms/", name="search-terms"),
        MenuItem("Search queries", "/queries/", name="search-queries"),
    ]
    hide_wagtail_search_terms_report(None, items)
    assert [item.name for item in items] == ["search-queries"]
