"""The best matches of a query, read from the database's full-text index in bounded queries.

This is the one place that knows how the index is stored. It relies on Wagtail's `IndexEntry`
model and, on SQLite, on the FTS5 table Wagtail's database backend keeps beside it
(`<IndexEntry table>_fts`, columns autocomplete, body, title, rowid = the entry's id):
`tests/test_search_index_contract.py` fails if an upgrade changes that. Other backends
(OpenSearch) are asked through their public search API.

Ranking reads each candidate's word positions (FTS5's `bm25()`) or whole text vector
(PostgreSQL's `ts_rank`), so its cost grows with the number of matches. It is bounded on both
databases: the newest CANDIDATE_CAP matches and the newest TITLE_CAP title matches are ranked,
inside the full-text query (`ORDER BY … LIMIT`), and only `limit` ids are read back
(docs/search.md says what the cap costs in recall). Counts read at most a window of matches.
On PostgreSQL the public search matches `search_document(title, body)` (migration 0004), so that
the planner uses the index rather than joining every entry's vectors, and the newest matches are
looked for among the newest entries first (POSTGRES_FIRST_SPAN), as a GIN index has no order.
"""

import datetime
import json
from dataclasses import dataclass

from django.conf import settings
from django.db import connection
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from wagtail.models import Page
from wagtail.search.models import IndexEntry
from wagtail.search.query import And, Or, Phrase, PlainText

from .synonyms import Expansion

# bm25() weights of the FTS5 columns (autocomplete, body, title): a title match counts 8 times
# a body match (4 scored lower on the relevance set, docs/search.md).
SQLITE_WEIGHTS = (0.0, 1.0, 8.0)
POSTGRES_TITLE_WEIGHT = 8.0
# Each search ranks at most the newest CANDIDATE_CAP matches and the newest TITLE_CAP matches
# in titles: the cost of a search stops growing with the archive (recall: docs/search.md).
# At 250 the cap fills for about half the common words at 1 000 articles and for all of them
# at 20 000; at 500 it filled only at 20 000, so ranking cost twice as much there.
CANDIDATE_CAP = 250
TITLE_CAP = 100
# What PostgreSQL matches: title || body, through a function whose cost the planner knows
# (search/migrations/0004).
POSTGRES_DOCUMENT = "search_document(title, body)"
# PostgreSQL looks for the newest matches among the last 2 × cap index entries first, then
# as far back as the matches seen say there are enough, with a margin (_postgres_newest).
POSTGRES_FIRST_SPAN = 2
POSTGRES_SPAN_MARGIN = 1.5
# A matching page's id in the SQL of the matches (matching_ids_sql, first_candidate_kinds).
MATCHED_PAGE = "CAST(m.object_id AS INTEGER)"


@dataclass(frozen=True)
class DateColumn:
    """A date some pages keep in a table of their own (an article's date): read with the
    matches, it spares the search a query for the dates of its results."""

    table: str
    page_key: str
    column: str


@dataclass(frozen=True)
class Match:
    page_id: int
    content_type_id: int
    score: float  # higher is better
    date: datetime.date | None = None  # the page's DateColumn, else its first publication's day


def _match_date(own, first_published) -> datetime.date | None:
    """The page's own date, else the day of its first publication in the site's time zone (as
    Django's TruncDate gives it). SQLite's cursor may give either as text."""
    if own:
        return own if isinstance(own, datetime.date) else parse_date(own)
    if not first_published:
        return None
    if not isinstance(first_published, datetime.datetime):
        first_published = parse_datetime(first_published)
    if timezone.is_naive(first_published):  # SQLite keeps UTC without a zone
        first_published = timezone.make_aware(first_published, datetime.UTC)
    return timezone.localtime(first_published).date()


def _dated(top_sql: str, dated_by: DateColumn) -> str:
    """The top query with each page's date beside it, read for the `limit` pages only."""
    return (
        f"SELECT t.*, d.{dated_by.column} FROM ({top_sql}) t "
        f"LEFT JOIN {dated_by.table} d ON d.{dated_by.page_key} = t.id "
        "ORDER BY t.score DESC, t.entry_id DESC"
    )


def fts_table() -> str:
    return f"{IndexEntry._meta.db_table}_fts"


def sqlite_match(expansion: Expansion) -> str:
    """The FTS5 query: every group, any phrase within it, in the title and body columns.

    Terms are letters and digits only (search.query), quoted as FTS5 strings: no operator
    a visitor types reaches FTS5.
    """
    groups = []
    for group in expansion.groups:
        alternatives = [" AND ".join(f'"{term}"' for term in phrase) for phrase in group]
        groups.append("(" + " OR ".join(f"({a})" for a in alternatives) + ")")
    return "{body title} : (" + " AND ".join(groups) + ")"


def tsquery(expansion: Expansion) -> str:
    """The same query for PostgreSQL's to_tsquery('simple', …)."""
    groups = []
    for group in expansion.groups:
        alternatives = [" & ".join(f"'{term}'" for term in phrase) for phrase in group]
        groups.append("(" + " | ".join(f"({a})" for a in alternatives) + ")")
    return " & ".join(groups)


def _placeholders(values) -> str:
    return ", ".join(["%s"] * len(values))


def top_matches(
    expansion: Expansion,
    content_type_ids: list[int],
    locale_id: int,
    limit: int,
    dated_by: DateColumn,
) -> list[Match]:
    """The `limit` best matches of these content types among the live pages of this locale,
    best first, with their dates. The caps count matches in every language; only this
    locale's are ranked."""
    if connection.vendor == "sqlite":
        sql, params = _sqlite_top(expansion, content_type_ids, locale_id, limit)
    elif connection.vendor == "postgresql":
        sql, params = _postgres_top(expansion, content_type_ids, locale_id, limit)
    else:
        return []
    with connection.cursor() as cursor:
        cursor.execute(_dated(sql, dated_by), params)
        return [
            Match(pk, ct, float(score), _match_date(own, published))
            for pk, ct, score, _entry, published, own in cursor.fetchall()
        ]


def matching_ids_sql(expansion: Expansion, content_type_ids: list[int]) -> tuple[str, list]:
    """SQL selecting the ids of every matching page (for filters and listings), with its
    params."""
    entries, params = _matching_entries(expansion)
    sql = (
        f"SELECT {MATCHED_PAGE} FROM ({entries}) m "
        f"WHERE m.content_type_id IN ({_placeholders(content_type_ids)})"
    )
    return sql, [*params, *content_type_ids]


def first_candidate_kinds(
    expansion: Expansion,
    content_type_ids: list[int],
    window: int,
    candidate: tuple[str, list],
    limit: int,
) -> list[int]:
    """The content types of the first `limit` candidate pages among the first `window` index
    matches read (for counts, whose cost then stops growing with the archive).

    `candidate` (SQL, params) selects the content type of the page whose id is MATCHED_PAGE if
    that page is a candidate. Each match is looked up in turn by primary key and reading stops
    at the `limit`th candidate: as a semi-join (`id IN (…)`) the whole window was read and hashed
    first (1.9 against 1.6 ms for a common word at 20 000 articles on PostgreSQL).
    """
    entries, params = _matching_entries(expansion, window)
    candidate_sql, candidate_params = candidate
    # The fence keeps the planner from merging the subquery into the outer query, which would
    # look each match up twice (for the SELECT and for the WHERE).
    fence = "OFFSET 0" if connection.vendor == "postgresql" else "LIMIT -1"
    sql = (
        f"SELECT kind FROM (SELECT ({candidate_sql}) AS kind FROM ({entries}) m "
        f"WHERE m.content_type_id IN ({_placeholders(content_type_ids)}) {fence}) AS looked_up "
        "WHERE kind IS NOT NULL LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*candidate_params, *params, *content_type_ids, limit])
        return [kind for (kind,) in cursor.fetchall()]


def _matching_entries(expansion: Expansion, at_most: int | None = None) -> tuple[str, list]:
    """SQL selecting the object_id and content_type_id of the matching index entries (every
    language and kind), at most `at_most` of them if given, with its params."""
    if connection.vendor == "sqlite":
        matches, params = _sqlite_matches(expansion, at_most)
        sql = (
            f"SELECT e.object_id, e.content_type_id FROM ({matches}) f "
            f"JOIN {IndexEntry._meta.db_table} e ON e.id = f.entry_id"
        )
        return sql, params
    # The page and its kind are read with the match (one visit to each matching row).
    return _postgres_matches(expansion, at_most, "object_id, content_type_id")


def ids_sql(ids: list[int]) -> tuple[str, list]:
    """SQL selecting these ids, with one parameter however many there are (a placeholder each
    cost more Python to compile and send than the query took)."""
    if connection.vendor == "postgresql":
        return "SELECT unnest(%s::integer[])", [postgres_array(ids)]
    return "SELECT value FROM json_each(%s)", [json.dumps(list(ids))]


def postgres_array(ids) -> str:
    """An integer[] literal: psycopg adapts a list one item at a time in Python."""
    return "{" + ",".join(str(int(pk)) for pk in ids) + "}"


def window_is_full(expansion: Expansion, at_most: int) -> bool:
    """Whether the query has at least `at_most` index matches (any language or kind); reads the
    index alone."""
    if connection.vendor == "sqlite":
        matches, params = _sqlite_matches(expansion, at_most)
    else:
        matches, params = _postgres_matches(expansion, at_most)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM ({matches}) AS matches", params)
        return cursor.fetchone()[0] >= at_most


def _sqlite_matches(expansion: Expansion, at_most: int | None):
    fts = fts_table()
    sql = f"SELECT rowid AS entry_id FROM {fts} WHERE {fts} MATCH %s"
    if at_most is None:
        return sql, [sqlite_match(expansion)]
    return f"{sql} LIMIT %s", [sqlite_match(expansion), at_most]


def _postgres_matches(expansion: Expansion, at_most: int | None, columns: str = "id"):
    table = IndexEntry._meta.db_table
    sql = f"SELECT {columns} FROM {table} WHERE {POSTGRES_DOCUMENT} @@ to_tsquery('simple', %s)"
    if at_most is None:
        return sql, [tsquery(expansion)]
    return f"{sql} LIMIT %s", [tsquery(expansion), at_most]


def _sqlite_top(expansion, content_type_ids, locale_id, limit) -> tuple[str, list]:
    fts, entries, pages = fts_table(), IndexEntry._meta.db_table, Page._meta.db_table
    weights = ", ".join(str(weight) for weight in SQLITE_WEIGHTS)
    # FTS5 returns matches in rowid order at no cost and computes bm25() only for the rows it
    # returns: the newest CANDIDATE_CAP matches and the newest TITLE_CAP title matches.
    newest = (
        f"SELECT rowid, bm25({fts}, {weights}) AS rank FROM {fts} WHERE {fts} MATCH %s "
        "ORDER BY rowid DESC LIMIT %s"
    )
    # bm25() is lower for better matches: the score is its negation.
    sql = (
        "SELECT p.id, e.content_type_id, -min(m.rank) AS score, e.id AS entry_id, "
        "p.first_published_at "
        f"FROM (SELECT * FROM ({newest}) UNION ALL SELECT * FROM ({newest})) m "
        f"JOIN {entries} e ON e.id = m.rowid "
        f"JOIN {pages} p ON p.id = CAST(e.object_id AS INTEGER) "
        f"WHERE e.content_type_id IN ({_placeholders(content_type_ids)}) "
        "AND p.locale_id = %s AND p.live "
        "GROUP BY e.id ORDER BY score DESC, e.id DESC LIMIT %s"
    )
    match = sqlite_match(expansion)
    params = [match, CANDIDATE_CAP, match.replace("{body title}", "{title}", 1), TITLE_CAP]
    return sql, [*params, *content_type_ids, locale_id, limit]


def _postgres_top(expansion, content_type_ids, locale_id, limit) -> tuple[str, list]:
    tsq = tsquery(expansion)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT coalesce(max(id), 0) FROM {IndexEntry._meta.db_table}")
        last = cursor.fetchone()[0]
    candidates = _postgres_newest(POSTGRES_DOCUMENT, tsq, content_type_ids, CANDIDATE_CAP, last)
    candidates += _postgres_newest("title", tsq, content_type_ids, TITLE_CAP, last)
    # Only this locale's candidates are ranked (ts_rank reads each one's text vectors). The ids
    # are joined from unnest() rather than tested with `id = ANY(…)`, which planned and ran
    # more slowly (13 against 9 ms for 622 candidates at 20 000 articles).
    sql = (
        "SELECT p.id, e.content_type_id, ts_rank(e.title, q) * %s + ts_rank(e.body, q) AS score,"
        " e.id AS entry_id, p.first_published_at"
        f" FROM unnest(%s::integer[]) AS c(id) JOIN {IndexEntry._meta.db_table} e ON e.id = c.id"
        f" JOIN {Page._meta.db_table} p ON p.id = CAST(e.object_id AS INTEGER),"
        " to_tsquery('simple', %s) q"
        " WHERE p.locale_id = %s AND p.live"
        " ORDER BY score DESC, e.id DESC LIMIT %s"
    )
    params = [POSTGRES_TITLE_WEIGHT, postgres_array(sorted(set(candidates))), tsq, locale_id, limit]
    return sql, params


def _postgres_newest(document: str, tsq: str, content_type_ids, cap: int, last: int) -> list[int]:
    """The ids of the newest `cap` entries whose `document` matches, read from the newest entry
    (`last`) back: first the last POSTGRES_FIRST_SPAN × cap entries, then the older entries as
    far back as the matches seen so far say `cap` of them are (with a margin), and so on to the
    first entry.

    PostgreSQL cannot read a GIN index in id order, so taking the newest matches of the whole
    index means reading every match from the table (11 505 rows for *stabilis* at 20 000
    articles); within an id range the planner intersects the GIN index with the primary key's
    (BitmapAnd) and reads only the matches in the range. A common word fills the cap in the
    first span or the next; a rare one reads the whole index, which holds few of its matches.
    """
    table, types = IndexEntry._meta.db_table, _placeholders(content_type_ids)
    # MATERIALIZED: planned with a LIMIT, the planner walks the primary key backwards testing
    # each entry's text.
    sql = (
        f"WITH found AS MATERIALIZED (SELECT id FROM {table}"
        f" WHERE {document} @@ to_tsquery('simple', %s) AND content_type_id IN ({types})"
        " AND id > %s AND id <= %s) SELECT id FROM found ORDER BY id DESC LIMIT %s"
    )
    found, upto = [], last
    after = max(last - cap * POSTGRES_FIRST_SPAN, 0)
    with connection.cursor() as cursor:
        while True:
            cursor.execute(sql, [tsq, *content_type_ids, after, upto, cap - len(found)])
            found += [row[0] for row in cursor.fetchall()]
            if len(found) >= cap or after == 0:
                return found
            # The next range starts where this one ended: no entry is read twice.
            span = (last - after) * cap * POSTGRES_SPAN_MARGIN / max(len(found), 1)
            upto, after = after, max(int(last - span), 0)


def backend_query(expansion: Expansion):
    """The query for a search backend's public API (OpenSearch): And of Or of phrases."""
    groups = []
    for group in expansion.groups:
        alternatives = [
            PlainText(phrase[0]) if len(phrase) == 1 else Phrase(" ".join(phrase))
            for phrase in group
        ]
        groups.append(alternatives[0] if len(alternatives) == 1 else Or(alternatives))
    return groups[0] if len(groups) == 1 else And(groups)


DATABASE_BACKENDS = (
    "search.backends",
    "wagtail.search.backends.database",
    "modelsearch.backends.database",
)


def uses_database_index() -> bool:
    """Whether the site searches the database's own index (rather than OpenSearch)."""
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]
    return backend in DATABASE_BACKENDS and connection.vendor in ("sqlite", "postgresql")


def phrase_matches(
    phrase: tuple[str, ...], page_ids: list[int], content_type_ids: list[int]
) -> set[int]:
    """Which of these pages hold the phrase's stems next to each other, in order."""
    if len(phrase) < 2 or not page_ids:
        return set()
    ids = [str(pk) for pk in page_ids]
    if connection.vendor == "sqlite":
        fts = fts_table()
        sql = (
            f"SELECT CAST(e.object_id AS INTEGER) FROM {fts} "
            f"JOIN {IndexEntry._meta.db_table} e ON e.id = {fts}.rowid "
            f"WHERE {fts} MATCH %s AND e.object_id IN ({_placeholders(ids)})"
        )
        query = '{body title} : "' + " ".join(phrase) + '"'
        params = [query, *ids]
    elif connection.vendor == "postgresql":
        # The pages' entries first (by the (content type, object) index), then the phrase,
        # which the full-text index cannot answer alone: testing it on every entry holding the
        # words took 50 ms at 20 000 articles.
        types = _placeholders(content_type_ids)
        sql = (
            "WITH head AS MATERIALIZED (SELECT object_id, title, body "
            f"FROM {IndexEntry._meta.db_table} WHERE content_type_id IN ({types}) "
            f"AND object_id IN ({_placeholders(ids)})) "
            "SELECT CAST(object_id AS INTEGER) FROM head "
            "WHERE (title || body) @@ to_tsquery('simple', %s)"
        )
        query = " <-> ".join(f"'{term}'" for term in phrase)
        params = [*content_type_ids, *ids, query]
    else:
        return set()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return {row[0] for row in cursor.fetchall()}
