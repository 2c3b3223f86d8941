"""What a newsroom's readers expect at the top: the order of the best matches after the text score.

The full-text index gives each match a text score (title matches weigh more than body matches,
search/topk.py). The best RESCORE_WINDOW matches are then re-ordered by that score times:
- the kind's weight, so explanatory pages and articles are not buried under partner profiles;
- a recency boost that fades over the years, so at equal relevance the recent article wins;
- an exact-phrase boost when the visitor's words appear together, in order.
Editors' promotions are shown above all results and are not ranked here.
"""

import datetime
from dataclasses import dataclass

RESCORE_WINDOW = 100
# Chosen on the relevance set (docs/search.md): partner profiles at 0.6 fell below articles that
# only mention the partner; campaigns above 1.0 buried the articles they link to.
KIND_WEIGHTS = {
    "page": 1.2,  # "What is the Coalition?" and the other explanatory pages
    "campaign": 1.0,
    "news": 1.0,
    "readout": 1.0,
    "video": 0.9,
    "digest": 0.8,
    "partner": 0.8,
}
RECENCY_BOOST = 0.2  # published today: up to 20 % above the same score years ago
RECENCY_HALF_LIFE_DAYS = 365
PHRASE_BOOST = 2.0


@dataclass(frozen=True)
class Candidate:
    page_id: int
    kind: str
    date: datetime.date | None
    score: float


def recency(date: datetime.date | None, today: datetime.date) -> float:
    if date is None:
        return 1.0
    age = max((today - date).days, 0)
    return 1.0 + RECENCY_BOOST * 0.5 ** (age / RECENCY_HALF_LIFE_DAYS)


def final_score(candidate: Candidate, today: datetime.date, in_phrase: bool) -> float:
    score = candidate.score * KIND_WEIGHTS.get(candidate.kind, 1.0)
    score *= recency(candidate.date, today)
    return score * (PHRASE_BOOST if in_phrase else 1.0)


def rescore(
    candidates: list[Candidate], phrase_ids: set[int], today: datetime.date
) -> list[Candidate]:
    """The first RESCORE_WINDOW candidates re-ordered, the rest after them as they came, so
    that every page of results shows the same order."""
    head, tail = candidates[:RESCORE_WINDOW], candidates[RESCORE_WINDOW:]
    head = sorted(
        head,
        key=lambda c: (
            -final_score(c, today, c.page_id in phrase_ids),
            -(c.date or today).toordinal(),
            -c.page_id,
        ),
    )
    return head + tail
