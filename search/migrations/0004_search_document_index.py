"""The site's own full-text document on PostgreSQL: `search_document(title, body)`, with a GIN
index, for the public search (search/topk.py).

It is `title || body`, as Wagtail's backend matches (0002 indexes that expression for the
admin), wrapped in a function that tells the planner what the concatenation costs. With the bare
expression the planner takes joining two text vectors for free: for a common word, or with a
LIMIT, it read every index entry and joined its vectors (190 ms at 20 000 articles for *water*)
rather than the index (6 ms). The function is not inlined (PL/pgSQL), so its cost counts.
SQLite searches its own FTS5 table and needs nothing.
"""

from django.db import migrations

FUNCTION = "search_document"
INDEX = "search_entry_document_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE OR REPLACE FUNCTION {FUNCTION}(title tsvector, body tsvector) "
            "RETURNS tsvector LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE COST 1000 "
            "AS $$ BEGIN RETURN title || body; END $$"
        )
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
            f"USING GIN ({FUNCTION}(title, body))"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}(tsvector, tsvector)")


class Migration(migrations.Migration):
    dependencies = [("search", "0003_synonyms")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
