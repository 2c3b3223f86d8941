"""What the site relies on in Wagtail's search library (modelsearch), checked so that an upgrade
that changes it fails here rather than in visitors' searches. docs/search.md, "Upgrading
modelsearch", says what each check protects and what to do when one fails."""

import inspect
import re
from importlib.metadata import version
from pathlib import Path

from django.db import connection

from wagtail.search.models import IndexEntry

import pytest

from search import topk

REQUIREMENTS = Path(__file__).resolve().parents[1] / "requirements.txt"


def pinned(package: str) -> str:
    match = re.search(rf"^{package}==(\S+)$", REQUIREMENTS.read_text(), re.MULTILINE)
    assert match, f"{package} is not pinned in requirements.txt"
    return match.group(1)


@pytest.mark.parametrize("package", ["modelsearch", "django-filter", "wagtail"])
def test_the_installed_search_libraries_are_the_pinned_ones(package):
    assert version(package) == pinned(package)


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's FTS5 table")
def test_sqlite_full_text_table_is_where_search_topk_reads_it():
    with connection.cursor() as cursor:
        cursor.execute(f"PRAGMA table_info({topk.fts_table()})")
        columns = [row[1] for row in cursor.fetchall()]
        cursor.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = %s",
            [IndexEntry._meta.db_table],
        )
        triggers = " ".join(row[0] for row in cursor.fetchall())
    # bm25() weights in search/topk.py follow this column order.
    assert columns == ["autocomplete", "body", "title"]
    # The FTS row's id is the index entry's id (topk joins on it).
    assert f"INSERT INTO {topk.fts_table()}" in triggers and "NEW.id" in triggers


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's text vectors")
def test_postgresql_index_entries_hold_title_and_body_vectors():
    types = {field.name: field.get_internal_type() for field in IndexEntry._meta.get_fields()}
    assert types["title"] == types["body"] == "SearchVectorField"


@pytest.mark.skipif(connection.vendor != "sqlite", reason="imported only on SQLite")
def test_the_admin_ranking_subclass_still_fits_the_library():
    """search/sqlite_ranking.py (admin searches on SQLite) overrides private code."""
    from modelsearch.backends.database.sqlite import query, sqlite

    compiler = sqlite.SQLiteSearchQueryCompiler
    parameters = list(inspect.signature(compiler.search).parameters)
    assert parameters == ["self", "config", "start", "stop", "score_field"]
    for name in ("build_search_query", "_build_rank_expression", "get_search_vectors"):
        assert callable(getattr(compiler, name)), name
    assert compiler.FTS_TABLE_FIELDS == ["title", "body"]
    assert callable(query.MatchExpression) and callable(query.normalize)
