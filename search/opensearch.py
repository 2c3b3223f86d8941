"""Beyond one machine: the search backend settings for OpenSearch (modelsearch's `opensearch2` or
`opensearch3` backend), read from the environment by the settings module.

The site does its language work in Python (search/text.py) for every backend, so the words
OpenSearch receives in `search_terms` and in queries are already normalised and stemmed; the
index's default analyser only splits and lowercases them, and stems nothing again. The three
languages' analysers are defined in the index too, for raw text fields mapped to them (titles
as written, for the admin), with the rules that match search/text.py: Arabic normalisation
(hamza, alef, taa marbuta, vowel marks), French elision and accent folding, English possessives.
Importable without Django: the settings module calls it.
"""

from collections.abc import Mapping

BACKENDS = {
    "opensearch2": "wagtail.search.backends.opensearch2",
    "opensearch3": "wagtail.search.backends.opensearch3",
    # Elasticsearch takes the same settings and analysers (its client: elasticsearch>=8,<9).
    "elasticsearch8": "wagtail.search.backends.elasticsearch8",
}

ANALYSIS = {
    "filter": {
        "english_possessive": {"type": "stemmer", "language": "possessive_english"},
        "english_stemmer": {"type": "stemmer", "language": "english"},
        "french_elision": {
            "type": "elision",
            "articles_case": True,
            "articles": [
                "l",
                "m",
                "t",
                "qu",
                "n",
                "s",
                "j",
                "d",
                "c",
                "jusqu",
                "quoiqu",
                "lorsqu",
                "puisqu",
            ],
        },
        "french_stemmer": {"type": "stemmer", "language": "light_french"},
        "arabic_stemmer": {"type": "stemmer", "language": "arabic"},
    },
    "analyzer": {
        # Words already normalised by search/text.py: split on spaces, lowercase, nothing more.
        "default": {"type": "custom", "tokenizer": "whitespace", "filter": ["lowercase"]},
        "site_en": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["english_possessive", "lowercase", "english_stemmer"],
        },
        "site_fr": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["french_elision", "lowercase", "asciifolding", "french_stemmer"],
        },
        "site_ar": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "decimal_digit", "arabic_normalization", "arabic_stemmer"],
        },
    },
}


def search_backends(env: Mapping[str, str]) -> dict | None:
    """WAGTAILSEARCH_BACKENDS for SEARCH_URL (comma-separated) and SEARCH_BACKEND (opensearch2,
    the default, opensearch3 or elasticsearch8), or None when SEARCH_URL is not set."""
    urls = [url.strip() for url in env.get("SEARCH_URL", "").split(",") if url.strip()]
    if not urls:
        return None
    name = env.get("SEARCH_BACKEND", "opensearch2")
    if name not in BACKENDS:
        raise ValueError(f"SEARCH_BACKEND must be one of {', '.join(BACKENDS)}, not {name!r}.")
    return {
        "default": {
            "BACKEND": BACKENDS[name],
            "URLS": urls,
            "INDEX_PREFIX": env.get("SEARCH_INDEX_PREFIX")
            or env.get("SEARCH_INDEX", "coalition") + "_",
            "TIMEOUT": int(env.get("SEARCH_TIMEOUT", 5)),
            "INDEX_SETTINGS": {"settings": {"analysis": ANALYSIS}},
        }
    }
