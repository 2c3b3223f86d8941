"""On PostgreSQL, keep the search index entries' text vectors in their rows (storage MAIN).

An article's body vector is about 2 KB and barely compresses, so PostgreSQL's default storage
moved it out of the row into the TOAST table: ranking a search's candidates (`ts_rank` reads
each one's title and body vectors, search/topk.py) then looked up every vector through the TOAST
index, chunk by chunk. Kept in the row, ranking 500 candidates at 20 000 articles took 2.1-2.3
instead of 3.7-4.2 ms, for about the same space (117 against 112 MB with indexes). MAIN still
moves a value out of the row when the row would not fit a page. Existing entries are rewritten,
so that they are stored the new way too (`|| ''` makes a new vector equal to the old). SQLite
needs nothing.
"""

from django.db import migrations

TABLE = "wagtailsearch_indexentry"


def keep_inline(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"ALTER TABLE {TABLE} ALTER COLUMN title SET STORAGE MAIN, "
            "ALTER COLUMN body SET STORAGE MAIN"
        )
        schema_editor.execute(
            f"UPDATE {TABLE} SET title = title || ''::tsvector, body = body || ''::tsvector"
        )


def store_as_before(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"ALTER TABLE {TABLE} ALTER COLUMN title SET STORAGE EXTENDED, "
            "ALTER COLUMN body SET STORAGE EXTENDED"
        )


class Migration(migrations.Migration):
    dependencies = [("search", "0004_search_document_index")]

    operations = [migrations.RunPython(keep_inline, store_as_before, elidable=False)]
