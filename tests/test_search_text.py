"""Language rules of search (search/text.py), query cleaning and snippets, without a database."""

import datetime

from django.http import QueryDict

import pytest

from search.highlight import Highlighter
from search.query import MAX_QUERY_CHARS, MAX_QUERY_WORDS, SearchFilters, clean_query
from search.text import index_text, query_terms, words


def finds(query: str, text: str, language: str) -> bool:
    """Whether every term of the query is among the text's indexed forms."""
    terms = query_terms(query, language)
    return bool(terms) and set(terms) <= set(index_text(text, language).split())


# --- Arabic ---------------------------------------------------------------------------------------

ARABIC_SENTENCE = "اجتمع شركاء التحالف الدولي في روما لمراجعة جهود مكافحة داعش."


@pytest.mark.parametrize(
    "query",
    [
        "التحالف",  # with the article, as written
        "تحالف",  # bare
        "والتحالف",  # with the conjunction wa-
        "بالتحالف",  # with bi- and the article
        "للتحالف",  # with li- and the article
        "التَّحالُفُ",  # fully vowelled
        "التحالـــف",  # stretched with tatweel
        "التحالفات",  # plural
    ],
)
def test_arabic_forms_match(query):
    assert finds(query, ARABIC_SENTENCE, "ar")


def test_arabic_vowelled_text_matches_bare_query():
    assert finds("مكافحة", "تُواصِلُ الدُّوَلُ مُكافَحَةَ التَّمويلِ", "ar")


@pytest.mark.parametrize(
    "query, text",
    [
        ("الامن", "عاد الأمن إلى المدينة"),  # hamza on alef
        ("اعادة", "إعادة الخدمات العامة"),  # hamza under alef
        ("القران", "تلاوة القرآن"),  # madda
        ("المسئولين", "التقى المسؤولون في بغداد"),  # hamza seat on yaa or waw
        ("مدينه", "عاد الأمن إلى المدينة"),  # taa marbuta written as haa
        ("الى", "عاد الأمن إلى المدينة"),  # alef maqsura written as yaa
        ("مصطفي", "كلمة مصطفى"),
        ("2014", "تأسس التحالف في أيلول ٢٠١٤"),  # Arabic-Indic digits
        ("٢٠١٤", "تأسس التحالف في أيلول 2014"),
        ("۲۰۱۴", "تأسس التحالف في أيلول ٢٠١٤"),  # Persian digits
        ("مكافحة", "تعمل الدول معا لمكافحة التمويل"),  # li- without the article
        ("فلسطين", "القضية الفلسطينية"),
    ],
)
def test_arabic_normalisation(query, text):
    assert finds(query, text, "ar")


def test_arabic_query_ignores_direction_marks_and_presentation_forms():
    assert finds("\u200fالتحالف\u200e", ARABIC_SENTENCE, "ar")
    assert words("ﻻ") == ["لا"]  # the lam-alef ligature


def test_arabic_does_not_match_unrelated_words():
    assert not finds("مدرسة", ARABIC_SENTENCE, "ar")


# --- French --------------------------------------------------------------------------------------

FRENCH_SENTENCE = "Les réunions ministérielles ont porté sur la sécurité des zones libérées."


@pytest.mark.parametrize(
    "query",
    ["securite", "sécurité", "SÉCURITÉ", "sécurités", "réunion", "reunion", "zone", "libérée"],
)
def test_french_accents_and_plurals_match(query):
    assert finds(query, FRENCH_SENTENCE, "fr")


def test_french_elision_and_ligature():
    assert finds("accords", "Signature de l’accord à Bagdad", "fr")
    assert finds("coeur", "au cœur de la coalition", "fr")


def test_french_question_words_are_not_required():
    assert finds("qui sont les partenaires", "Les partenaires de la coalition", "fr")


# --- English -------------------------------------------------------------------------------------

ENGLISH_SENTENCE = "The Small Group meeting reviewed efforts to stabilise liberated areas."


@pytest.mark.parametrize("query", ["meetings", "meeting", "stabilising", "area", "Liberation's"])
def test_english_stemming(query):
    assert finds(query, ENGLISH_SENTENCE, "en")


def test_english_stop_words_are_dropped_when_other_words_remain():
    assert query_terms("What is the coalition?", "en") == ["coalit"]
    assert query_terms("the", "en") == ["the"]


def test_full_width_and_styled_letters_are_plain_letters():
    assert finds("ＭＥＥＴＩＮＧ", ENGLISH_SENTENCE, "en")
    assert finds("𝐦𝐞𝐞𝐭𝐢𝐧𝐠", ENGLISH_SENTENCE, "en")


# --- Query cleaning --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    ['"', "((", "NEAR(", "*", "-", "AND OR", "' OR 1=1 --", "\x00", "😀", "\u200f", "^:{}"],
)
def test_terms_never_carry_operators(raw):
    query = clean_query(raw, "en")
    for term in query.terms:
        assert term.isalnum(), term
        assert term not in {"AND", "OR", "NOT", "NEAR"}


def test_long_query_is_trimmed_and_flagged():
    query = clean_query("coalition " * 2000, "en")
    assert query.truncated
    assert len(query.text) <= MAX_QUERY_CHARS
    assert query.terms == ("coalit",)


def test_many_words_are_capped():
    query = clean_query(" ".join(f"word{n}" for n in range(100)), "en")
    assert len(query.terms) == MAX_QUERY_WORDS
    assert query.truncated


def test_control_characters_are_removed_from_what_is_shown():
    query = clean_query("coal\x00ition\x1b  \u200fmeeting", "en")
    assert query.text == "coal ition meeting"


def test_empty_queries():
    for raw in (None, "", "   ", "\x00\x01", "🇮🇹"):
        query = clean_query(raw, "en")
        assert not query.searchable


def test_filters_ignore_bad_values():
    params = QueryDict("kind=bogus&topic=%27%20OR%201%3D1&from=2026-02-30&to=2026-03-01&sort=price")
    filters = SearchFilters.from_params(params, ("news", "video"))
    assert filters == SearchFilters(date_to=datetime.date(2026, 3, 1))
    assert filters.narrowed


def test_filters_round_trip_to_parameters():
    filters = SearchFilters(kind="news", date_from=datetime.date(2026, 1, 1), sort="newest")
    assert filters.query_string("a&b") == "q=a%26b&kind=news&from=2026-01-01&sort=newest"
    assert filters.query_string("x", kind="") == "q=x&from=2026-01-01&sort=newest"


# --- Snippets --------------------------------------------------------------------------------------


def test_snippet_is_a_window_around_the_first_match():
    text = (
        " ".join(f"w{n}" for n in range(100)) + " meeting " + " ".join(f"v{n}" for n in range(100))
    )
    snippet = Highlighter(query_terms("meetings", "en"), "en").snippet(["", text])
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert "<mark>meeting</mark>" in snippet
    assert len(snippet.split()) < 45


def test_snippet_escapes_text_and_marks_vowelled_arabic():
    highlighter = Highlighter(query_terms("تحالف", "ar"), "ar")
    snippet = highlighter.snippet(["<b>اجتمع</b> شركاء التَّحالُفِ"])
    assert snippet == "&lt;b&gt;اجتمع&lt;/b&gt; شركاء <mark>التَّحالُفِ</mark>"


def test_snippet_falls_back_to_the_first_text():
    snippet = Highlighter(["zzz"], "en").snippet(["A <summary> of the year.", "Body"])
    assert snippet == "A &lt;summary&gt; of the year."
