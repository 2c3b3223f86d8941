"""Turning whatever a visitor sends into a query and filters the search can always run."""

import datetime
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlencode

from django.http import QueryDict

from .text import query_terms

MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 24
MAX_PARAM_CHARS = 120
SORTS = ("relevance", "newest")
SLUG = re.compile(r"^[-\w]+$")


@dataclass(frozen=True)
class CleanQuery:
    """What the visitor typed, made safe to show (`text`), and the terms the index is asked for."""

    text: str
    terms: tuple[str, ...]
    truncated: bool

    def __bool__(self) -> bool:
        return bool(self.text)

    @property
    def searchable(self) -> bool:
        return bool(self.terms)


def visible_text(raw: str) -> str:
    """The text without control or formatting characters (null bytes, direction marks), spaced once."""
    text = unicodedata.normalize("NFC", raw)
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    return " ".join(text.split())


def clean_query(raw: str | None, language: str) -> CleanQuery:
    """A bounded query and its normalised terms, remembering whether it had to be shortened.

    The terms are letters and digits only, so no full-text operator (quotes, parentheses, `*`,
    `-`, NEAR, AND/OR) reaches the backend, and few enough that no backend recurses too deep.
    """
    raw = raw or ""
    # Cleaning a bounded prefix keeps a 10 000-character query as cheap as a short one.
    text = visible_text(raw[: MAX_QUERY_CHARS * 4])
    truncated = len(text) > MAX_QUERY_CHARS
    if truncated:
        cut = text[:MAX_QUERY_CHARS]
        # Cut at a space so that the last word is not a fragment.
        text = cut.rsplit(" ", 1)[0] if " " in cut else cut
    terms = query_terms(text, language)
    if len(terms) > MAX_QUERY_WORDS:
        terms, truncated = terms[:MAX_QUERY_WORDS], True
    return CleanQuery(text=text, terms=tuple(terms), truncated=truncated)


@dataclass(frozen=True)
class SearchFilters:
    """The narrowing a visitor chose; anything unrecognised is ignored rather than refused."""

    kind: str = ""
    topic: str = ""
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    sort: str = "relevance"

    @classmethod
    def from_params(cls, params: QueryDict, kinds: tuple[str, ...]) -> "SearchFilters":
        kind = _param(params, "kind")
        topic = _param(params, "topic")
        sort = _param(params, "sort")
        date_from, date_to = _date(params, "from"), _date(params, "to")
        if date_from and date_to and date_from > date_to:
            date_from, date_to = date_to, date_from
        return cls(
            kind=kind if kind in kinds else "",
            topic=topic if SLUG.match(topic) else "",
            date_from=date_from,
            date_to=date_to,
            sort=sort if sort in SORTS else "relevance",
        )

    @property
    def narrowed(self) -> bool:
        """Whether anything but the sort order is chosen."""
        return bool(self.kind or self.topic or self.date_from or self.date_to)

    def params(self, **changes) -> list[tuple[str, str]]:
        """The filters as URL parameters, defaults left out; `changes` override them."""
        values = {
            "kind": self.kind,
            "topic": self.topic,
            "from": self.date_from.isoformat() if self.date_from else "",
            "to": self.date_to.isoformat() if self.date_to else "",
            "sort": "" if self.sort == "relevance" else self.sort,
        }
        values.update(changes)
        return [(name, value) for name, value in values.items() if value]

    def query_string(self, query: str, **changes) -> str:
        return urlencode([("q", query), *self.params(**changes)])


def _param(params: QueryDict, name: str) -> str:
    return visible_text(params.get(name, "")[:MAX_PARAM_CHARS]).strip()


# Dates typed day first (13/11/2025, 13-11-2025, 13.11.2025), as in the three languages; ISO
# (2025-11-13) from links and older bookmarks. Arabic-Indic digits are read as digits.
DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def parse_date(text: str) -> datetime.date | None:
    text = text.translate(DIGITS).replace(" ", "")
    try:
        day_first = DAY_FIRST.match(text)
        if day_first:
            day, month, year = (int(part) for part in day_first.groups())
            value = datetime.date(year, month, day)
        else:
            value = datetime.date.fromisoformat(text)
    except ValueError:
        return None
    # Years outside this range are typing mistakes, and some databases cannot compare them.
    return value if 1900 <= value.year <= 2999 else None


def _date(params: QueryDict, name: str) -> datetime.date | None:
    return parse_date(_param(params, name))
