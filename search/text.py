"""Language rules for search: the words of a text, normalised and stemmed the same way for the
index and for the query, so that matching does not depend on the database's own text search.

- Everywhere: Unicode compatibility forms unified, case folded, Arabic-Indic and Persian digits
  written as ASCII digits, control and formatting characters (such as direction marks) dropped.
- Arabic: vowel marks, tatweel and Quranic marks removed; alef and hamza variants, taa marbuta
  and alef maqsura folded; the conjunction wa- and the definite article (with bi-, ka-, fa-,
  li-) stripped, then common suffixes (a light stemmer after Larkey's "light10").
- French and English: the Snowball stemmer of the language, with accents folded (é → e).
"""

import os
import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer

# Characters mapped one to one (or to nothing) before anything else. Hamza seats are folded to
# the bare hamza so that the two accepted spellings مسؤول and مسئول meet.
CHARACTER_MAP = str.maketrans(
    {
        **{chr(0x0660 + digit): str(digit) for digit in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + digit): str(digit) for digit in range(10)},  # Persian digits
        "\u0640": None,  # tatweel (kashida), a stretching stroke
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ؤ": "ء",
        "ئ": "ء",
        "ى": "ي",
        "ی": "ي",  # Persian yeh
        "ک": "ك",  # Persian kaf
        "ة": "ه",
        "œ": "oe",
        "æ": "ae",
    }
)
# A word in the original text, vowel marks and tatweel included, so that highlighting can find
# the span of a word that normalises to a query term.
WORD_SPAN = re.compile(r"[\w\u0300-\u036f\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06ed]+")
WORD = re.compile(r"[^\W_]+")
ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")

ARABIC_ARTICLES = ("وال", "بال", "كال", "فال", "لل", "ال")
ARABIC_PREPOSITIONS = ("ب", "ك", "ف", "ل")
ARABIC_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
LATIN_STEMMERS = {"en": "english", "fr": "french", "ar": "arabic"}

# Words dropped from a query when it has other words, so that "what is the coalition" finds
# pages about the coalition. Written in their normalised form; never dropped from the index.
STOPWORDS = {
    "en": frozenset(
        "an and are as at be been by do does for from how in is it its of on or that the "  # noqa: SIM905
        "these this those to was were what when where which who why with".split()
    ),
    "fr": frozenset(
        "au aux avec ce ces cet cette dans de des du en est et il la le les leur leurs ne "  # noqa: SIM905
        "ou par pas pour qu que qui sa se ses son sont sur un une".split()
    ),
    "ar": frozenset(
        "ان او الي التي الذي الذين ذلك على عن في قد كان كانت لا ما مع من هذا هذه هو هي و".split()  # noqa: SIM905
    ),
}

_stemmers = threading.local()  # Snowball stemmer objects keep state: one per thread.


def words(text: str) -> list[str]:
    """The normalised words of a text, unstemmed and in order; single Latin letters left out.

    Latin accents are kept here (the French stemmer needs them) and folded after stemming.
    """
    text = unicodedata.normalize("NFKC", text or "").casefold().translate(CHARACTER_MAP)
    # Drop combining marks that did not compose (all Arabic vowel marks) and invisible
    # formatting characters (direction marks, zero-width joiners, soft hyphens) inside words.
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Mn", "Cf"))
    return [
        word
        for word in WORD.findall(text)
        if len(word) > 1 or word.isdigit() or ARABIC_LETTER.match(word)
    ]


def fold(word: str) -> str:
    """A Latin word without its accents."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def stem_arabic(word: str) -> str:
    """Strip wa-, the definite article with its prepositions, then common suffixes."""
    word = _strip_wa(word)
    for article in ARABIC_ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 2:
            word = word[len(article) :]
            break
    return _strip_suffixes(word)


# Which Arabic stemmer the index and the query use: "light" (above), "snowball" (Snowball's
# Arabic algorithm) or "both" (the index keeps both stems, a query term matches either).
# Measured on the relevance set (docs/search.md): change it only with `update_index` after.
ARABIC_STEMMER = os.environ.get("SEARCH_ARABIC_STEMMER", "light")


def _arabic_stems(word: str) -> tuple[str, ...]:
    if ARABIC_STEMMER == "snowball":
        return (_snowball(word, "ar"),)
    if ARABIC_STEMMER == "both":
        return tuple(dict.fromkeys((stem_arabic(word), _snowball(word, "ar"))))
    return (stem_arabic(word),)


def _strip_wa(word: str) -> str:
    return word[1:] if word.startswith("و") and len(word) >= 4 else word


def _strip_suffixes(word: str) -> str:
    # Passes repeat until nothing changes, so that فلسطينية and فلسطين end the same way.
    previous = ""
    while previous != word:
        previous = word
        for suffix in ARABIC_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 2:
                word = word[: -len(suffix)]
    return word


def _snowball(word: str, language: str) -> str:
    algorithm = LATIN_STEMMERS.get(language, "english")
    stemmer = getattr(_stemmers, algorithm, None)
    if stemmer is None:
        stemmer = snowballstemmer.stemmer(algorithm)
        setattr(_stemmers, algorithm, stemmer)
    return stemmer.stemWord(word)


@lru_cache(maxsize=100_000)
def stem(word: str, language: str) -> str:
    """The query's form of one normalised word; Latin words on Arabic pages count as English."""
    if ARABIC_LETTER.search(word):
        return _arabic_stems(word)[0]
    if not word.isalpha():
        return fold(word)
    return fold(_snowball(word, language))


@lru_cache(maxsize=100_000)
def index_forms(word: str, language: str) -> tuple[str, ...]:
    """What the index stores for one normalised word: the query's form and, where a visitor
    may type the word another way, the form that way gives.

    - Arabic bi-, ka-, fa- and li- also begin many roots (كتاب, فريق), so the query never strips
      them; the index keeps both readings, and مكافحة finds لمكافحة.
    - Accents guide the Snowball stemmers, and visitors often leave them out: the index keeps
      the stem of the accented and of the unaccented word, and securite finds sécurité.
    """
    primary = stem(word, language)
    if ARABIC_LETTER.search(word):
        forms = _arabic_stems(word)
        bare = _strip_wa(word)
        may_carry_preposition = bare[0] in ARABIC_PREPOSITIONS and len(bare) >= 5
        if may_carry_preposition and not bare.startswith(ARABIC_ARTICLES):
            forms += _arabic_stems(bare[1:])
        return tuple(dict.fromkeys(forms))
    if word.isalpha() and fold(word) != word:
        unaccented = _snowball(fold(word), language)
        if unaccented != primary:
            return (primary, unaccented)
    return (primary,)


def index_text(text: str, language: str) -> str:
    """A text as the index stores it: the forms of its words, separated by spaces."""
    return " ".join(form for word in words(text) for form in index_forms(word, language))


def query_terms(text: str, language: str) -> list[str]:
    """The distinct stems a query must match, stop words left out when other words remain."""
    return list(dict.fromkeys(stem(word, language) for word in _content_words(text, language)))


def query_alternatives(text: str, language: str) -> list[tuple[str, ...]]:
    """Per content word of a query, the stems any of which it may match (one but for Arabic
    words when both Arabic stemmers are on)."""
    groups = [
        _arabic_stems(word) if ARABIC_LETTER.search(word) else (stem(word, language),)
        for word in _content_words(text, language)
    ]
    return list(dict.fromkeys(groups))


def _content_words(text: str, language: str) -> list[str]:
    found = words(text)
    stopwords = STOPWORDS.get(language, frozenset())
    return [word for word in found if fold(word) not in stopwords] or found


def query_key(text: str, language: str) -> tuple[str, ...]:
    """A query's meaning for telling whether two queries are the same (editors' promotions):
    its distinct stems, sorted, with accents folded before stemming so that a query typed
    without accents has the same key."""
    return tuple(sorted({stem(fold(word), language) for word in _content_words(text, language)}))


def span_forms(span: str, language: str) -> set[str]:
    """The indexed forms of a span of original text (as found by WORD_SPAN)."""
    return {form for word in words(span) for form in index_forms(word, language)}
