"""The relevance set (search/relevance_set.json): how well search ranks what visitors look for.

For each query, the pages that must appear among the first three results. Two figures per
language: MRR (the mean of 1 / rank of the first expected page, 0 when it is not in the first
page of results) and recall@3 (the share of expected pages found in the first three). The
figures last recorded are in search/relevance_baseline.json; a test fails if either drops.
"""

import json
from dataclasses import dataclass
from pathlib import Path

from wagtail.models import Locale, Page

from .query import SearchFilters, clean_query
from .results import RESULTS_PER_PAGE, SiteSearch
from .synonyms import load_groups

RELEVANCE_SET = Path(__file__).with_name("relevance_set.json")
BASELINE = Path(__file__).with_name("relevance_baseline.json")


@dataclass
class Outcome:
    language: str
    kind: str
    query: str
    expected: list[str]
    found: list[str]

    @property
    def reciprocal_rank(self) -> float:
        ranks = [self.found.index(title) + 1 for title in self.expected if title in self.found]
        return 1 / min(ranks) if ranks else 0.0

    @property
    def recall_at_3(self) -> float:
        return sum(title in self.found[:3] for title in self.expected) / len(self.expected)


def queries(path: Path = RELEVANCE_SET) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["queries"]


def run(path: Path = RELEVANCE_SET) -> list[Outcome]:
    locales = {locale.language_code.split("-")[0]: locale for locale in Locale.objects.all()}
    synonyms = {language: load_groups(locale) for language, locale in locales.items()}
    outcomes = []
    for item in queries(path):
        language = item["language"]
        search = SiteSearch(
            clean_query(item["q"], language),
            SearchFilters(),
            locales[language],
            None,
            synonyms[language],
        )
        ids = search.result_ids(search.page("1"))[:RESULTS_PER_PAGE]
        titles = dict(Page.objects.filter(id__in=ids).values_list("id", "title"))
        found = [titles[pk] for pk in ids if pk in titles]
        outcomes.append(Outcome(language, item["kind"], item["q"], item["top3"], found))
    return outcomes


def figures(outcomes: list[Outcome]) -> dict[str, dict[str, float]]:
    """{language: {"mrr": …, "recall@3": …, "queries": n}}, rounded to three places."""
    result = {}
    for language in sorted({outcome.language for outcome in outcomes}):
        mine = [outcome for outcome in outcomes if outcome.language == language]
        result[language] = {
            "mrr": round(sum(o.reciprocal_rank for o in mine) / len(mine), 3),
            "recall@3": round(sum(o.recall_at_3 for o in mine) / len(mine), 3),
            "queries": len(mine),
        }
    return result


def baseline() -> dict:
    return json.loads(BASELINE.read_text(encoding="utf-8"))
