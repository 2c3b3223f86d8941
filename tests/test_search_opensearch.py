"""The OpenSearch configuration is well formed (no server: the client is built, nothing is sent)."""

import json
from importlib import import_module

import pytest

from search.opensearch import ANALYSIS, search_backends

BUILT_IN_FILTERS = {"lowercase", "asciifolding", "decimal_digit", "arabic_normalization"}


def build(environment: dict):
    params = dict(search_backends(environment)["default"])
    return import_module(params.pop("BACKEND")).SearchBackend(params)


def test_no_search_url_keeps_the_database_backend():
    assert search_backends({}) is None


def test_an_unknown_backend_is_refused_with_a_clear_message():
    with pytest.raises(ValueError, match="opensearch2, opensearch3, elasticsearch8"):
        search_backends({"SEARCH_URL": "http://127.0.0.1:9200", "SEARCH_BACKEND": "solr"})


@pytest.mark.parametrize("name", ["opensearch2", "opensearch3"])
def test_the_backend_builds_with_the_three_languages_analysers(name):
    backend = build(
        {
            "SEARCH_URL": "https://user:secret@search.internal:9200, http://127.0.0.1:9201",
            "SEARCH_BACKEND": name,
        }
    )
    analysis = backend.settings["settings"]["analysis"]
    assert {"default", "site_en", "site_fr", "site_ar"} <= set(analysis["analyzer"])
    # modelsearch's own analysers (autocomplete) stay beside the site's.
    assert {"ngram_analyzer", "edgengram_analyzer"} <= set(analysis["analyzer"])
    for analyser in ANALYSIS["analyzer"].values():
        for filter_name in analyser["filter"]:
            assert filter_name in analysis["filter"] or filter_name in BUILT_IN_FILTERS
    assert [host["host"] for host in backend.hosts] == ["search.internal", "127.0.0.1"]
    assert backend.hosts[0]["use_ssl"] and backend.hosts[0]["http_auth"] == ("user", "secret")
    assert backend.index_prefix == "coalition_"
    json.dumps(backend.settings)  # sent as the index's settings when it is created


def test_pages_are_mapped_with_the_normalised_search_terms():
    from modelsearch.backends.opensearch2 import OpenSearch2Mapping

    from news.models import NewsPage

    assert "search_terms" in json.dumps(OpenSearch2Mapping(NewsPage).get_mapping())
