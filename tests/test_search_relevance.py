"""The relevance set over the demo content: MRR and recall@3 per language may not drop below the
figures recorded in search/relevance_baseline.json, and synonyms find what the canonical name does.

The demo takes about a minute to build, so it is built once into an SQLite file (shared with the
browser journeys, tests/browser/server.py) and the commands run against a copy of it.
"""

import json
import shutil
import subprocess
import sys

import pytest

from search import relevance
from tests.browser.server import REPO, demo_template, environment


@pytest.fixture(scope="module")
def demo_env(tmp_path_factory):
    folder = tmp_path_factory.mktemp("relevance")
    shutil.copy(demo_template() / "db.sqlite3", folder / "db.sqlite3")
    env = environment(folder / "db.sqlite3", folder / "media")
    manage(env, "shell", "-c", "from search.synonyms import load_demo_synonyms as l; l()")
    return env


def manage(env: dict, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_relevance_does_not_drop_below_the_recorded_figures(demo_env):
    figures = json.loads(manage(demo_env, "search_relevance", "--json"))
    for language, recorded in relevance.baseline().items():
        assert figures[language]["mrr"] >= recorded["mrr"], (language, figures)
        assert figures[language]["recall@3"] >= recorded["recall@3"], (language, figures)


def test_the_set_covers_what_visitors_type():
    items = relevance.queries()
    assert len(items) >= 60
    for language in ("en", "ar", "fr"):
        kinds = {item["kind"] for item in items if item["language"] == language}
        assert {"plain", "plural", "synonym", "misspelling", "mixed"} <= kinds, language
    arabic = {item["kind"] for item in items if item["language"] == "ar"}
    assert {"diacritics", "hamza"} <= arabic


SYNONYM_SCRIPT = """
import json
from wagtail.models import Locale
from search.query import SearchFilters, clean_query
from search.results import SiteSearch
from search.synonyms import load_groups
found = {}
for language, names in %r.items():
    locale = Locale.objects.get(language_code=language)
    for name in names:
        search = SiteSearch(clean_query(name, language), SearchFilters(), locale, None,
                            load_groups(locale))
        found[language + ":" + name] = sorted(search.result_ids(search.page("1")))
print(json.dumps(found))
"""
SYNONYMS = {
    "en": ["Daesh", "ISIS", "ISIL", "Islamic State", "daesh"],
    "fr": ["Daech", "daesh", "EI", "État islamique", "etat islamique"],
    "ar": ["داعش", "تنظيم الدولة", "الدولة الإسلامية", "الدولة الاسلامية"],
}


def test_synonyms_find_the_same_pages_as_the_canonical_name(demo_env):
    found = json.loads(manage(demo_env, "shell", "-c", SYNONYM_SCRIPT % SYNONYMS).splitlines()[-1])
    for language, names in SYNONYMS.items():
        canonical = found[f"{language}:{names[0]}"]
        assert canonical, names[0]
        for name in names[1:]:
            assert found[f"{language}:{name}"] == canonical, (name, names[0])
