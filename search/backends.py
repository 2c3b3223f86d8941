"""Wagtail's database search backend, with a relevance ranking SQLite can afford.

Wagtail's SQLite backend ranks results with a correlated subquery: for every candidate page it
runs the full-text MATCH again to fetch that page's score. With 6 700 pages in a language that
is 6 700 MATCH queries, 20 to 30 seconds per search at 20 000 articles. Ranked here instead: one
MATCH, its rows joined to the candidate pages and sorted by the same score, and only the
requested slice's ids read back (60 ms at that size). PostgreSQL and the other backends are used
as Wagtail makes them.
"""

from django.db import connection

from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks for in a backend module
    backend = DatabaseSearchBackend(params)
    if connection.vendor == "sqlite":
        from .sqlite_ranking import RankedSQLiteSearchBackend, SQLiteSearchBackend

        if type(backend) is SQLiteSearchBackend:  # not the fallback without FTS5
            return RankedSQLiteSearchBackend(params)
    return backend
