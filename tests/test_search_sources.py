"""What keeps an uncached search's cost flat: result sources, promotions, synonyms, topics and
view restrictions read from the fragment cache until content changes, and counts that read a
bounded window of the index."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.query import PageQuerySet

import pytest
from bs4 import BeautifulSoup

from base.page_cache import Generation
from search import highlight, results, topk
from search.models import Synonym
from search.query import clean_query
from search.synonyms import expand

from . import test_search_view
from .factories import StandardPageFactory
from .test_search_view import news, result_titles, search

pytestmark = pytest.mark.django_db
sections = test_search_view.sections  # the site tree in three languages, as a fixture


@pytest.fixture(autouse=True)
def fragments_on(settings):
    settings.FRAGMENT_CACHE_ENABLED = True
    Generation().bump()  # other tests' fragments (local-memory cache) belong to an older one


def results_html(response) -> str:
    return str(BeautifulSoup(response.content, "html.parser").select_one(".search-results"))


def sql_of(client, **params) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        search(client, **params)
    return [query["sql"] for query in captured]


def test_a_result_page_reads_its_results_from_the_cache_until_content_changes(
    client, sections, settings
):
    article = news(sections, "en", "Water returns to Mosul", "Engineers repaired the water plant.")
    first = search(client, q="water")
    queries = sql_of(client, q="water")
    # The page itself, its specific fields, promotions, synonyms, topics, restrictions: cached.
    for table in ("news_newspage", "wagtailsearchpromotions_searchpromotion", "search_synonym"):
        assert not [sql for sql in queries if f'"{table}"' in sql], table
    assert not [sql for sql in queries if 'FROM "base_topic"' in sql]
    assert not [sql for sql in queries if 'FROM "wagtailcore_pageviewrestriction"' in sql]
    second = search(client, q="water")
    assert results_html(second) == results_html(first)
    assert "<mark>water</mark> plant" in results_html(second)
    settings.FRAGMENT_CACHE_ENABLED = False
    assert results_html(search(client, q="water")) == results_html(first)

    settings.FRAGMENT_CACHE_ENABLED = True
    article.title = "Clean water returns to Mosul"
    article.save_revision().publish()
    assert result_titles(search(client, q="water")) == ["Clean water returns to Mosul"]


def test_results_missing_from_the_cache_are_loaded_by_the_kind_the_index_gave(
    client, sections, monkeypatch
):
    """Wagtail's specific() reads every page first to learn its kind: the ranked results'
    kinds are known, so each kind's pages are read in one query and nothing else."""
    news(sections, "en", "Water returns to Mosul", "Engineers repaired the water plant.")
    StandardPageFactory(parent=sections["en"]["home"], title="Water for schools")
    uncached = results_html(search(client, q="water"))
    Generation().bump()

    def no_lookup(*args, **kwargs):
        raise AssertionError("a ranked result's kind was looked up")

    monkeypatch.setattr(PageQuerySet, "specific", no_lookup)
    queries = sql_of(client, q="water")
    assert len([sql for sql in queries if 'FROM "news_newspage"' in sql]) == 1
    assert len([sql for sql in queries if 'FROM "home_standardpage"' in sql]) == 1
    assert results_html(search(client, q="water")) == uncached
    assert "<mark>water</mark> plant" in uncached
    assert "<mark>Water</mark> for schools" in uncached


def test_the_cached_results_are_never_another_hosts_urls(client, sections, settings):
    settings.ALLOWED_HOSTS = ["testserver", "other.example"]
    article = news(sections, "en", "Water returns to Mosul")
    search(client, q="water")
    other = client.get("/en/search/", {"q": "water"}, HTTP_HOST="other.example")
    links = [
        a["href"]
        for a in BeautifulSoup(other.content, "html.parser").select(".search-result__title a")
    ]
    assert links == [article.get_url(other.wsgi_request)]


def test_a_new_promotion_shows_at_once(client, sections):
    page = StandardPageFactory(parent=sections["en"]["home"], title="Who we are")
    assert search(client, q="security").context["promotions"] == []
    promotion = SearchPromotion.objects.create(query=Query.get("security"), page=page, sort_order=0)
    assert [p.title for p in search(client, q="security").context["promotions"]] == ["Who we are"]
    promotion.delete()
    assert search(client, q="security").context["promotions"] == []


def test_a_new_synonym_applies_at_once(client, sections):
    news(sections, "en", "Partners stand together against Daesh")
    assert result_titles(search(client, q="ISIL")) == []
    Synonym.objects.create(locale=Locale.objects.get(language_code="en"), names="Daesh\nISIL")
    assert result_titles(search(client, q="ISIL")) == ["Partners stand together against Daesh"]


def test_a_page_made_private_leaves_the_results_at_once(client, sections):
    article = news(sections, "en", "Water returns to Mosul")
    assert result_titles(search(client, q="water")) == ["Water returns to Mosul"]
    PageViewRestriction.objects.create(page=article, restriction_type="password", password="x")
    assert result_titles(search(client, q="water")) == []


def kind_counts(response) -> dict[str, int]:
    return {kind["key"]: kind["count"] for kind in response.context["kinds"] if kind["count"]}


def test_counts_take_only_the_candidates_among_the_matches(client, sections, monkeypatch):
    news(sections, "en", "Water returns to Mosul")
    news(sections, "en", "Water for Raqqa")
    StandardPageFactory(parent=sections["en"]["home"], title="Water projects")
    private = news(sections, "en", "Water plant reopens")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    news(sections, "en", "Water talks postponed").unpublish()
    news(sections, "fr", "Water : les travaux reprennent")
    response = search(client, q="water")
    assert kind_counts(response) == {"news": 2, "page": 1}
    assert response.context["total"] == 3 and not response.context["capped"]
    # Counting stops at the first COUNT_CAP + 1 candidates; the other matches do not count
    # towards them.
    monkeypatch.setattr(results, "COUNT_CAP", 2)
    capped = search(client, q="water")
    assert sum(kind_counts(capped).values()) == 3
    assert capped.context["total"] == 2 and capped.context["capped"]


def test_counts_past_the_counting_window_are_lower_bounds(client, sections, monkeypatch):
    monkeypatch.setattr(results, "COUNT_WINDOW", 3)
    for number in range(5):
        news(sections, "en", f"Stabilisation report {number}")
    page = search(client, q="stabilisation").content.decode()
    assert "More than 3 results" in page
    assert "Counts stop at 3" in page
    # With room left in the window the count is exact, and says so.
    monkeypatch.setattr(results, "COUNT_WINDOW", 6)
    page = search(client, q="stabilisation").content.decode()
    assert "5 results for" in page and "Counts stop" not in page


def test_a_snippet_reads_only_as_far_as_it_looks():
    def texts():
        yield "word " * (highlight.MAX_WORDS_SCANNED - 1)
        yield "two words"
        raise AssertionError("read past the words a snippet looks into")

    kept = highlight.texts_to_scan(texts())
    assert len(kept) == 2
    assert highlight.texts_to_scan(["", "  ", "Summary."]) == ("Summary.",)


def top(text: str) -> list[topk.Match]:
    query = clean_query(text, "en")
    expansion = expand(query.text, query.terms, "en", [])
    types = list(results.kind_content_types().values())
    english = Locale.objects.get(language_code="en").pk
    return topk.top_matches(expansion, types, english, 10, results.ARTICLE_DATE)


def top_ids(text: str) -> list[int]:
    return [match.page_id for match in top(text)]


def test_the_ranked_matches_carry_the_dates_listings_use(client, sections):
    """An article's own date, another page's first publication day in the site's time zone,
    read with the matches: an unfiltered search needs no query for its results' dates."""
    article = news(sections, "en", "Water returns to Mosul", date=datetime.date(2024, 3, 1))
    page = StandardPageFactory(parent=sections["en"]["home"], title="Water for schools")
    late_evening = datetime.datetime(2025, 5, 31, 22, 30, tzinfo=datetime.UTC)
    Page.objects.filter(pk=page.pk).update(first_published_at=late_evening)
    with timezone.override("Asia/Baghdad"):  # already 1 June there
        found = {match.page_id: match.date for match in top("water")}
        listed = Page.objects.filter(pk__in=found).annotate(listing_date=results.LISTING_DATE)
        assert found == dict(listed.values_list("pk", "listing_date"))
    assert found == {article.pk: datetime.date(2024, 3, 1), page.pk: datetime.date(2025, 6, 1)}
    reads_dates = 'COALESCE("news_articlepage"."date"'
    assert not [sql for sql in sql_of(client, q="water") if reads_dates in sql]
    # A private page narrows the candidates (so would a topic or dates): the ranked matches are
    # checked against them, dates included, in a query more.
    campaigns = sections["en"]["campaigns"]
    PageViewRestriction.objects.create(page=campaigns, restriction_type="password", password="x")
    assert [sql for sql in sql_of(client, q="water") if reads_dates in sql]
    assert set(result_titles(search(client, q="water"))) == {
        "Water returns to Mosul",
        "Water for schools",
    }


def test_the_newest_matches_are_ranked_even_when_the_newest_entries_do_not_match(
    sections, monkeypatch
):
    """On PostgreSQL the newest matches are looked for among the newest entries first, then
    further back (topk.POSTGRES_FIRST_SPAN): a match behind many newer non-matching pages is
    found."""
    matching = [news(sections, "en", f"Report {n}", "Stabilisation in Mosul.") for n in range(3)]
    markets = [
        news(sections, "en", f"Market day {n}", "Bread and fruit.", summary="Prices fell.")
        for n in range(6)
    ]
    monkeypatch.setattr(topk, "CANDIDATE_CAP", 2)
    monkeypatch.setattr(topk, "TITLE_CAP", 1)
    monkeypatch.setattr(topk, "POSTGRES_FIRST_SPAN", 1)
    assert sorted(top_ids("stabilisation")) == sorted(page.id for page in matching[1:])
    monkeypatch.setattr(topk, "POSTGRES_FIRST_SPAN", 1000)
    assert sorted(top_ids("stabilisation")) == sorted(page.id for page in matching[1:])
    # One match among the newest entries: the search widens by the matches it has seen.
    latest = news(sections, "en", "Report 3", "Stabilisation in Raqqa.")
    monkeypatch.setattr(topk, "POSTGRES_FIRST_SPAN", 1)
    assert sorted(top_ids("stabilisation")) == sorted([matching[2].id, latest.id])
    assert sorted(top_ids("bread")) == sorted(page.id for page in markets[-2:])


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's planner settings")
def test_postgresql_sessions_plan_for_ssds_without_parallel_workers():
    with connection.cursor() as cursor:
        cursor.execute("SHOW random_page_cost")
        assert cursor.fetchone()[0] == "1.1"
        cursor.execute("SHOW max_parallel_workers_per_gather")
        assert cursor.fetchone()[0] == "0"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's storage")
def test_postgresql_keeps_the_index_entries_text_vectors_in_their_rows():
    """Ranking reads every candidate's vectors: kept out of the row (TOAST), each read went
    through another index (search/migrations/0005)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attname, attstorage FROM pg_attribute WHERE attrelid = "
            "'wagtailsearch_indexentry'::regclass AND attname IN ('title', 'body')"
        )
        assert dict(cursor.fetchall()) == {"title": "m", "body": "m"}


def test_a_search_that_finds_nothing_ranks_nothing_and_reads_its_news_link_from_the_cache(
    client, sections
):
    news(sections, "en", "Water returns to Mosul")
    first = search(client, q="xylophone").content.decode()
    assert sections["en"]["news"].url in first
    queries = sql_of(client, q="xylophone")
    assert [sql for sql in queries if "wagtailsearch_indexentry" in sql]  # it was counted
    assert not [sql for sql in queries if "ts_rank" in sql or "bm25(" in sql]
    assert not [sql for sql in queries if '"news_newsindexpage"' in sql]
    assert sections["en"]["news"].url in search(client, q="xylophone").content.decode()
