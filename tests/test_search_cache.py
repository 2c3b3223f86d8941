"""Search result cache, synonyms in the view, capped counts, and the counter behind analytics."""

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale

import pytest

from base import page_cache
from base.page_cache import Generation
from search import analytics, results, topk
from search.models import QueryLog, Synonym

from . import test_search_view
from .factories import TopicFactory
from .test_search_view import news, result_titles, search

pytestmark = pytest.mark.django_db
sections = test_search_view.sections  # the site tree in three languages, as a fixture
cached = override_settings(PAGE_CACHE_ENABLED=True, SEARCH_CACHE_SECONDS=60)
PAGE_STATUS = page_cache.STATUS_HEADER


@pytest.fixture(autouse=True)
def fresh_generation():
    Generation().bump()  # other tests' entries (local-memory cache) belong to an older one


@cached
def test_a_repeated_search_is_served_from_the_cache_and_still_counted(client, sections):
    news(sections, "en", "Water returns to Mosul")
    first = search(client, q="water")
    assert first["X-Search-Cache"] == "miss"
    with CaptureQueriesContext(connection) as context:
        second = search(client, q="water")
    assert second["X-Search-Cache"] == "hit"
    assert not [q for q in context.captured_queries if "wagtailsearch" in q["sql"]]
    assert result_titles(second) == result_titles(first) == ["Water returns to Mosul"]
    assert QueryLog.objects.get().searches == 2


@cached
@override_settings(SEARCH_COUNT_FLUSH_SECONDS=0)
def test_a_repeated_address_is_answered_before_the_view_and_still_counted(client, sections):
    news(sections, "en", "Water returns to Mosul")
    first = search(client, q="water")
    assert PAGE_STATUS not in first  # rendered by the view, which stored it
    with CaptureQueriesContext(connection) as context:
        replayed = [client.get("/en/search/", {"q": "water"}) for _ in range(2)]
    # No session, locale or page lookup ran: only the counter's one write per flush.
    assert all(response[PAGE_STATUS] == "hit" for response in replayed)
    assert all(response["X-Search-Cache"] == "hit" for response in replayed)
    assert all(result_titles(response) == ["Water returns to Mosul"] for response in replayed)
    assert not [q for q in context.captured_queries if "wagtailcore_page" in q["sql"]]
    assert QueryLog.objects.get().searches == 3


@cached
@override_settings(SEARCH_COUNT_FLUSH_SECONDS=0)
def test_replayed_pages_of_results_are_not_counted_again(client, sections):
    for number in range(results.RESULTS_PER_PAGE + 1):
        news(sections, "en", f"Water report {number}")
    search(client, q="water")
    assert PAGE_STATUS not in search(client, q="water", page="2")
    assert search(client, q="water", page="2")[PAGE_STATUS] == "hit"
    assert QueryLog.objects.get().searches == 1


@cached
@override_settings(SEARCH_COUNT_FLUSH_SECONDS=0)
def test_without_its_counting_hook_a_stored_address_goes_to_the_view(client, sections, monkeypatch):
    news(sections, "en", "Water returns to Mosul")
    search(client, q="water")
    monkeypatch.setattr(page_cache, "REPLAY_HOOKS", {})
    response = search(client, q="water")
    assert PAGE_STATUS not in response and response["X-Search-Cache"] == "hit"
    assert QueryLog.objects.get().searches == 2


@cached
def test_publishing_stops_replaying_a_stored_address(client, sections):
    news(sections, "en", "Water returns to Mosul")
    search(client, q="water")
    news(sections, "en", "Water for Raqqa")
    Generation().bump()  # what publishing does (base/purge.py)
    response = search(client, q="water")
    assert PAGE_STATUS not in response and response["X-Search-Cache"] == "miss"
    assert len(result_titles(response)) == 2


@cached
def test_a_new_generation_drops_cached_results(client, sections):
    news(sections, "en", "Water returns to Mosul")
    search(client, q="water")
    news(sections, "en", "Water for Raqqa")
    Generation().bump()  # what publishing does (base/purge.py)
    response = search(client, q="water")
    assert response["X-Search-Cache"] == "miss"
    assert len(result_titles(response)) == 2


@cached
def test_the_cache_never_serves_another_languages_results(client, sections):
    news(sections, "en", "Coalition meeting")
    news(sections, "fr", "Coalition réunion")
    assert result_titles(search(client, "en", q="coalition")) == ["Coalition meeting"]
    french = search(client, "fr", q="coalition")
    assert french["X-Search-Cache"] == "miss"
    assert result_titles(french) == ["Coalition réunion"]


@cached
def test_signed_in_editors_are_never_served_cached_results(admin_client, sections):
    news(sections, "en", "Coalition meeting")
    search(admin_client, q="coalition")
    assert "X-Search-Cache" not in search(admin_client, q="coalition")


@override_settings(SEARCH_COUNT_FLUSH_SECONDS=3600)
def test_searches_are_counted_in_memory_and_written_in_one_update(sections):
    english = Locale.objects.get(language_code="en")
    analytics.flush()
    for _ in range(5):
        analytics.count_search("Mosul", english.pk, 3)
    assert not QueryLog.objects.exists()
    analytics.flush()
    assert list(QueryLog.objects.values_list("query", "searches", "results")) == [("mosul", 5, 3)]


def test_synonyms_apply_at_query_time_and_are_shown(client, sections):
    news(sections, "en", "Partners stand together against Daesh")
    assert result_titles(search(client, q="ISIS")) == []
    Synonym.objects.create(
        locale=Locale.objects.get(language_code="en"), names="Daesh\nISIS\nISIL\nIS\nIslamic State"
    )
    for query in ("ISIS", "isis", "Islamic State", "IS"):
        response = search(client, q=query)
        assert result_titles(response) == ["Partners stand together against Daesh"], query
        assert "Daesh" in response.content.decode()
    shown = search(client, q="isil").content.decode()
    assert "Also searching for:" in shown and "<bdi>Daesh</bdi>" in shown
    # "is" alone is the synonym; inside a sentence it stays a common word.
    assert result_titles(search(client, q="what is the coalition")) == []


def test_french_synonyms_ignore_case_and_accents(client, sections):
    news(sections, "fr", "Douze ans face à Daech")
    Synonym.objects.create(
        locale=Locale.objects.get(language_code="fr"), names="Daech\nDaesh\nEI\nÉtat islamique"
    )
    for query in ("daesh", "DAESH", "etat islamique", "EI"):
        assert result_titles(search(client, "fr", q=query)) == ["Douze ans face à Daech"], query


def test_counts_past_the_cap_are_shown_as_lower_bounds(client, sections, monkeypatch):
    monkeypatch.setattr(results, "COUNT_CAP", 3)
    for number in range(5):
        news(sections, "en", f"Stabilisation report {number}")
    page = search(client, q="stabilisation").content.decode()
    assert "More than 3 results" in page
    assert "Counts stop at 3" in page
    assert len(result_titles(search(client, q="stabilisation"))) == 3


def test_every_counted_result_is_reachable_past_the_ranking_window(client, sections, monkeypatch):
    monkeypatch.setattr(topk, "CANDIDATE_CAP", 2)
    monkeypatch.setattr(topk, "TITLE_CAP", 1)
    topic = TopicFactory(name="Water", slug="water")
    for number in range(6):
        page = news(sections, "en", f"Report {number}", "Stabilisation in Mosul.")
        if number < 2:  # the oldest two, outside the newest matches the index ranks
            page.topic_links.create(topic=topic)
            page.save_revision().publish()
    assert len(result_titles(search(client, q="stabilisation"))) == 6
    on_topic = result_titles(search(client, q="stabilisation", topic="water"))
    assert sorted(on_topic) == ["Report 0", "Report 1"]
