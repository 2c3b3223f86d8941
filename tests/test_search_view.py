"""The public search view: language rules end to end, locale isolation, filters, counts, sort,
pagination, promotions, hostile input and the number of SQL queries per result page."""

import datetime
import json

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from search.results import RESULTS_PER_PAGE

from .factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ReadoutPageFactory,
    StandardPageFactory,
    TopicFactory,
    VideoFeaturePageFactory,
)

pytestmark = pytest.mark.django_db


def stream(*blocks: tuple[str, object]) -> str:
    """A StreamField value as stored JSON, so that tests need no block objects."""
    return json.dumps([{"type": name, "value": value} for name, value in blocks])


def paragraph(text: str) -> tuple[str, str]:
    return ("paragraph", f"<p>{text}</p>")


@pytest.fixture
def sections(home_page) -> dict:
    """For each language: its home page, news index and campaign index."""
    result = {}
    for code in ("en", "ar", "fr"):
        locale = Locale.objects.get(language_code=code)
        if code == "en":
            home = home_page
        else:
            home = home_page.copy_for_translation(locale)
            home.save_revision().publish()
        result[code] = {
            "home": home,
            "news": NewsIndexPageFactory(parent=home),
            "campaigns": CampaignIndexPageFactory(parent=home),
        }
    return result


def search(client, language: str = "en", **params):
    response = client.get(f"/{language}/search/", params)
    assert response.status_code == 200
    return response


def result_titles(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text() for a in soup.select(".search-result__title a")]


def news(sections, language: str, title: str, body: str = "", **fields):
    if body:
        fields["body"] = stream(paragraph(body))
    return NewsPageFactory(parent=sections[language]["news"], title=title, **fields)


# --- Language rules, end to end -----------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    ["التحالف", "تحالف", "والتحالف", "التَّحالُفُ", "بالتحالف", "للتحالف", "التحالـــف"],
)
def test_arabic_forms_of_a_word_find_the_same_page(client, sections, query):
    news(sections, "ar", "اجتماع المديرين السياسيين", "اجتمع شركاء التحالف الدولي في روما.")
    news(sections, "ar", "ندوة عن التعليم", "افتتحت مدرسة جديدة في الموصل.")
    assert result_titles(search(client, "ar", q=query)) == ["اجتماع المديرين السياسيين"]


def test_arabic_hamza_taa_marbuta_alef_maqsura_and_digits_are_folded(client, sections):
    news(
        sections, "ar", "بيان المسؤولين", "أكد المسؤولون على إعادة الاستقرار إلى المدينة عام ٢٠١٤."
    )
    for query in ["المسئولين", "اعاده", "الي المدينه", "2014", "۲۰۱۴", "الأستقرار"]:
        assert result_titles(search(client, "ar", q=query)) == ["بيان المسؤولين"], query


def test_arabic_preposition_li_does_not_hide_the_word(client, sections):
    news(sections, "ar", "تمويل داعش", "تعمل الدول معا لمكافحة تمويل داعش.")
    assert result_titles(search(client, "ar", q="مكافحة")) == ["تمويل داعش"]


def test_french_accents_and_plurals(client, sections):
    news(sections, "fr", "Réunion des directeurs politiques", "La sécurité des zones libérées.")
    for query in ["securite", "sécurités", "réunions", "REUNION", "zone liberee"]:
        assert result_titles(search(client, "fr", q=query)) == [
            "Réunion des directeurs politiques"
        ], query


def test_english_stemming(client, sections):
    news(sections, "en", "Small Group meeting in Rome", "Partners are stabilising liberated areas.")
    for query in ["meetings", "meeting", "stabilise", "liberating area", "what is the meeting"]:
        assert result_titles(search(client, "en", q=query)) == ["Small Group meeting in Rome"], (
            query
        )


def test_every_kind_of_text_is_searched(client, sections):
    topic = TopicFactory(name="Countering financing", slug="financing")
    tweet = {
        "url": "https://x.com/coalition/status/1790000000000000000",
        "author_name": "Global Coalition",
        "handle": "coalition",
        "text": "Partners met today in Rome 🇮🇹 #DefeatDaesh",
        "posted_at": "2026-05-12T10:30:00",
    }
    quote = {"text": "We act together.", "attribution": "Special Rapporteur", "role": "Co-chair"}
    article = NewsPageFactory(
        parent=sections["en"]["news"],
        title="Partners review progress",
        summary="An overview of the year.",
        body=stream(
            ("tweet", tweet), ("quote", quote), ("heading", {"text": "Orchestra", "level": "h2"})
        ),
    )
    article.topic_links.create(topic=topic)
    article.save_revision().publish()
    ReadoutPageFactory(
        parent=sections["en"]["news"], title="Readout", meeting_name="Political directors"
    )
    VideoFeaturePageFactory(
        parent=sections["en"]["news"], title="Video", speaker_name="Anna Lindqvist"
    )
    CampaignPageFactory(
        parent=sections["en"]["campaigns"], title="Deny Daesh Cash", tagline="Follow the money"
    )
    expectations = {
        "overview": "Partners review progress",
        "DefeatDaesh": "Partners review progress",
        "rapporteurs": "Partners review progress",
        "orchestra": "Partners review progress",
        "financing": "Partners review progress",
        "directors": "Readout",
        "Lindqvist": "Video",
        "money": "Deny Daesh Cash",
    }
    for query, title in expectations.items():
        assert result_titles(search(client, q=query)) == [title], query


# --- One language per locale ---------------------------------------------------------------------


def test_each_locale_searches_only_its_own_pages(client, sections):
    # The same words on pages in every language: only the visitor's language comes back.
    for language in ("en", "ar", "fr"):
        news(sections, language, f"Daesh {language} التحالف coalition", "Daesh التحالف coalition")
    for language in ("en", "ar", "fr"):
        for query in ("Daesh", "التحالف", "coalition"):
            titles = result_titles(search(client, language, q=query))
            assert titles == [f"Daesh {language} التحالف coalition"], (language, query)


def test_draft_and_private_pages_are_not_found(client, sections):
    draft = news(sections, "en", "Unpublished plans for Mosul")
    draft.unpublish()
    assert result_titles(search(client, q="Mosul")) == []


# --- Results: snippets, filters, counts, sort, pagination -----------------------------------------


def test_snippet_marks_the_matching_words_and_escapes_the_rest(client, sections):
    news(
        sections,
        "en",
        "Budget <b>talks</b>",
        summary="Ministers discussed the <script>alert(1)</script> budget at their meetings.",
    )
    html = search(client, q="meetings").content.decode()
    assert "<mark>meetings</mark>" in html
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>talks</b>" not in html and "Budget &lt;b&gt;talks&lt;/b&gt;" in html


def test_title_matches_are_marked(client, sections):
    news(sections, "fr", "La sécurité avant tout")
    assert "<mark>sécurité</mark>" in search(client, "fr", q="securite").content.decode()


def test_results_page_is_noindex(client, sections):
    assert (
        '<meta name="robots" content="noindex">' in search(client, q="coalition").content.decode()
    )


def test_kind_filter_and_counts(client, sections):
    news(sections, "en", "Coalition news")
    ReadoutPageFactory(parent=sections["en"]["news"], title="Coalition readout")
    VideoFeaturePageFactory(parent=sections["en"]["news"], title="Coalition video")
    CampaignPageFactory(parent=sections["en"]["campaigns"], title="Coalition campaign")
    StandardPageFactory(parent=sections["en"]["home"], title="About the coalition")
    response = search(client, q="coalition")
    counts = {kind["key"]: kind["count"] for kind in response.context["kinds"]}
    assert counts == {
        "news": 1,
        "readout": 1,
        "video": 1,
        "digest": 0,
        "campaign": 1,
        "partner": 0,
        "page": 1,
    }
    assert response.context["total"] == 5
    filtered = search(client, q="coalition", kind="readout")
    assert result_titles(filtered) == ["Coalition readout"]
    # The counts stay those of every kind, so that the visitor sees where else to look.
    assert filtered.context["total"] == 5


def test_topic_filter_uses_the_topic_in_any_language(client, sections):
    topic = TopicFactory(name="Stabilisation", slug="stabilisation")
    on_topic = news(sections, "en", "Water restored in Mosul")
    on_topic.topic_links.create(topic=topic)
    on_topic.save_revision().publish()
    news(sections, "en", "Water conference in Rome")
    campaign = CampaignPageFactory(
        parent=sections["en"]["campaigns"], title="Water for all", topic=topic
    )
    titles = result_titles(search(client, q="water", topic="stabilisation"))
    assert sorted(titles) == sorted(["Water restored in Mosul", campaign.title])


def test_renamed_topic_is_found_under_its_new_name(
    client, sections, django_capture_on_commit_callbacks
):
    topic = TopicFactory(name="Governance", slug="governance")
    article = news(sections, "en", "Water restored in Mosul", summary="Pumps are running.")
    article.topic_links.create(topic=topic)
    article.save_revision().publish()
    campaign = CampaignPageFactory(parent=sections["en"]["campaigns"], title="Wells", topic=topic)
    assert sorted(result_titles(search(client, q="governance"))) == [
        "Water restored in Mosul",
        "Wells",
    ]
    assert result_titles(search(client, q="demining")) == []
    topic.name = "Demining"
    with django_capture_on_commit_callbacks(execute=True):
        topic.save()
    found = result_titles(search(client, q="demining"))
    assert sorted(found) == sorted(["Water restored in Mosul", campaign.title])
    assert result_titles(search(client, q="governance")) == []


def test_date_range_filter(client, sections):
    for day in (1, 15, 28):
        news(sections, "en", f"Report of {day} March", date=datetime.date(2026, 3, day))
    response = search(client, q="report", **{"from": "2026-03-10", "to": "2026-03-20"})
    assert result_titles(response) == ["Report of 15 March"]
    # A reversed range is read the right way round.
    response = search(client, q="report", **{"from": "2026-03-20", "to": "2026-03-10"})
    assert result_titles(response) == ["Report of 15 March"]


def test_sort_by_relevance_and_by_newest(client, sections):
    news(sections, "en", "Funding", "A note on training.", date=datetime.date(2026, 5, 1))
    news(
        sections,
        "en",
        "Training of police forces",
        "Training, training and more training.",
        date=datetime.date(2026, 1, 1),
    )
    assert result_titles(search(client, q="training"))[0] == "Training of police forces"
    assert result_titles(search(client, q="training", sort="newest")) == [
        "Funding",
        "Training of police forces",
    ]


def test_pagination(client, sections):
    for number in range(RESULTS_PER_PAGE + 3):
        news(
            sections,
            "en",
            f"Coalition update {number}",
            date=datetime.date(2026, 1, 1) + datetime.timedelta(days=number),
        )
    first = search(client, q="coalition update", sort="newest")
    second = search(client, q="coalition update", sort="newest", page="2")
    assert len(result_titles(first)) == RESULTS_PER_PAGE
    assert len(result_titles(second)) == 3
    assert not set(result_titles(first)) & set(result_titles(second))
    assert 'rel="next"' in first.content.decode()
    assert (
        "sort=newest"
        in BeautifulSoup(first.content, "html.parser").select_one('a[rel="next"]')["href"]
    )


def test_relevance_ranking_pages_through_every_result_once(client, sections):
    for number in range(RESULTS_PER_PAGE + 3):
        news(sections, "en", f"Update {number}", " ".join(["coalition"] * (1 + number % 4)))
    with CaptureQueriesContext(connection) as context:
        first = result_titles(search(client, q="coalition"))
    # Read before the next request, which empties the connection's query log.
    statements = [query["sql"] for query in context.captured_queries]
    second = result_titles(search(client, q="coalition", page="2"))
    assert len(first) == RESULTS_PER_PAGE
    assert len(second) == 3
    assert not set(first) & set(second)
    if connection.vendor == "sqlite":
        # Ranked inside FTS5 (the newest matches, then the title matches): Wagtail's own query
        # ran MATCH again for every candidate page, 20 s per search at 20 000 articles.
        assert max(sql.count(" MATCH ") for sql in statements) == 2


def test_the_database_backend_is_the_ranked_one_on_sqlite():
    from wagtail.search.backends import get_search_backend

    ranked = type(get_search_backend()).__name__ == "RankedSQLiteSearchBackend"
    assert ranked == (connection.vendor == "sqlite")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's query plans")
def test_postgresql_matches_title_and_body_through_an_index(sections):
    news(sections, "en", "Coalition meeting", "Partners met in Rome.")
    with connection.cursor() as cursor:
        # A few test rows make scanning the table cheapest; forbid it, to see that an index
        # answers the expression Wagtail's backend matches (title || body).
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute(
            "EXPLAIN SELECT id FROM wagtailsearch_indexentry "
            "WHERE (title || body) @@ to_tsquery('simple', 'meet')"
        )
        steps = "\n".join(row[0] for row in cursor.fetchall())
    assert "search_entry_title_body_gin" in steps, steps


def test_no_results_page_suggests_what_to_do(client, sections):
    TopicFactory(name="Stabilisation", slug="stabilisation")
    response = search(client, q="xylophone", kind="video")
    html = response.content.decode()
    assert "Nothing found for “xylophone”" in html
    assert "Check the spelling" in html
    assert "Search again in every kind, topic and date" in html
    assert sections["en"]["news"].url in html
    assert "?topic=stabilisation" in html


def test_query_with_nothing_to_search_for(client, sections):
    html = search(client, q="🇮🇹 *** ؟").content.decode()
    assert "no words we can look for" in html


# --- Promotions -------------------------------------------------------------------------------


def test_promotions_per_query_and_locale(client, sections):
    english = StandardPageFactory(parent=sections["en"]["home"], title="Who we are")
    french = StandardPageFactory(parent=sections["fr"]["home"], title="Qui sommes-nous")
    query = Query.get("Sécurité")
    SearchPromotion.objects.create(query=query, page=english, sort_order=0)
    SearchPromotion.objects.create(query=query, page=french, sort_order=1)
    SearchPromotion.objects.create(
        query=query,
        external_link_url="https://example.org/security",
        external_link_text="Security partners",
        sort_order=2,
    )
    french_promotions = search(client, "fr", q="securite").context["promotions"]
    assert [promotion.title for promotion in french_promotions] == [
        "Qui sommes-nous",
        "Security partners",
    ]
    html = search(client, "fr", q="sécurité").content.decode()
    assert 'class="search-promotions"' in html and french.url in html
    assert [p.title for p in search(client, "en", q="security").context["promotions"]] == []


# --- Hostile input ------------------------------------------------------------------------------

HOSTILE_QUERIES = [
    "",
    " ",
    "\t\n",
    "a" * 10_000,
    "word " * 2_000,
    "\x00",
    "coal\x00ition",
    "\x01\x02\x1b[31m",
    '"',
    '"unbalanced',
    "'",
    "((",
    "))",
    "(coalition",
    "NEAR(",
    "NEAR(a b",
    "a NEAR b",
    "*",
    "coal*",
    "-",
    "-coalition",
    "a - b",
    "AND OR",
    "AND",
    "OR NOT",
    "coalition AND",
    "^",
    ":",
    "title:coalition",
    "{a b}",
    "a + b",
    "' OR 1=1 --",
    "'; DROP TABLE wagtailcore_page; --",
    "SELECT * FROM auth_user",
    "%",
    "_",
    "\\",
    "\\'",
    "<script>alert(1)</script>",
    "\u200f\u200eالتحالف\u202e",
    "\u202e\u2066",
    "😀🇮🇹👍🏽",
    "👨‍👩‍👧",
    "\ufeff",
    "\ud7ff",
    "ﷺ",
    "١٢٣",
    "𝕮𝖔𝖆𝖑𝖎𝖙𝖎𝖔𝖓",
    "ＣＯＡＬＩＴＩＯＮ",
    "a" * 300 + " b",
    " ".join(["x"] * 600),
    "null",
    "None",
    "%00",
]


@pytest.mark.parametrize("language", ["en", "ar", "fr"])
def test_hostile_queries_give_a_normal_page(client, sections, language):
    news(sections, language, "Coalition meeting", "Partners met in Rome.")
    for query in HOSTILE_QUERIES:
        response = client.get(f"/{language}/search/", {"q": query})
        assert response.status_code == 200, repr(query)
        assert response.context["noindex"], repr(query)
    # And the same queries with every filter at once.
    for query in HOSTILE_QUERIES[:20]:
        params = {"q": query, "kind": "news", "sort": "newest", "from": "2020-01-01", "page": "2"}
        assert client.get(f"/{language}/search/", params).status_code == 200, repr(query)


def test_long_query_is_trimmed_with_a_notice(client, sections):
    response = search(client, q="coalition " * 1_000)
    assert "Your search was long" in response.content.decode()


BAD_PARAMETERS = [
    {"page": "0"},
    {"page": "-1"},
    {"page": "abc"},
    {"page": "99999999999999999999999"},
    {"page": "1e5"},
    {"page": "\x00"},
    {"kind": "unknown"},
    {"kind": "\x00"},
    {"topic": "no-such-topic"},
    {"topic": "\x00"},
    {"topic": "' OR 1=1 --"},
    {"topic": "x" * 5000},
    {"from": "yesterday"},
    {"from": "2026-02-30"},
    {"from": "0001-01-01"},
    {"to": "9999-12-31"},
    {"to": "\x00"},
    {"sort": "price"},
    {"sort": "\x00"},
]


def test_bad_page_numbers_and_filters_give_a_normal_page(client, sections):
    news(sections, "en", "Coalition meeting")
    for params in BAD_PARAMETERS:
        response = client.get("/en/search/", {"q": "coalition", **params})
        assert response.status_code == 200, params
        assert result_titles(response) == ["Coalition meeting"], params


# --- SQL queries do not grow with the number of results -----------------------------------------


def count_queries(client, **params) -> int:
    with CaptureQueriesContext(connection) as context:
        search(client, **params)
    return len(context.captured_queries)


def test_query_count_does_not_grow_with_results(client, sections):
    topic = TopicFactory(name="Stabilisation", slug="stabilisation")
    numbers = iter(range(100))

    def make(count: int):
        # News and readouts alternate by date, so that every page of results mixes the kinds.
        for _ in range(count):
            number = next(numbers)
            factory = NewsPageFactory if number % 2 else ReadoutPageFactory
            page = factory(
                parent=sections["en"]["news"],
                title=f"Stabilisation report {number}",
                body=stream(paragraph("Stabilisation in Mosul.")),
                date=datetime.date(2026, 1, 1) + datetime.timedelta(days=number),
            )
            page.topic_links.create(topic=topic)
            page.save()

    # Published last, the campaign stays on the first page of the newest results.
    CampaignPageFactory(
        parent=sections["en"]["campaigns"],
        title="Stabilisation campaign",
        first_published_at=datetime.datetime(2027, 1, 1, tzinfo=datetime.UTC),
    )
    make(4)
    params = {"q": "stabilisation", "sort": "newest", "page": "1"}
    search(client, **params)  # warm the content type and site caches
    few = count_queries(client, **params)
    assert len(result_titles(search(client, **params))) == 5
    make(30)
    many = count_queries(client, **params)
    assert len(result_titles(search(client, **params))) == RESULTS_PER_PAGE
    assert few == many
