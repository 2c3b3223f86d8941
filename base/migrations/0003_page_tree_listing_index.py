"""An index on Wagtail's page table for counting a listing: (path, depth, live).

Listings select an ancestor's live pages as a range on the tree path (base/listings.py). The
path's own index finds the range but the row must still be read for `depth` and `live`; this
index answers the count alone (1 ms instead of 6 ms for a language's 6 700 articles).
"""

from django.db import migrations

CREATE = "CREATE INDEX IF NOT EXISTS base_page_tree_listing ON wagtailcore_page (path, depth, live)"
DROP = "DROP INDEX IF EXISTS base_page_tree_listing"


class Migration(migrations.Migration):
    dependencies = [
        ("base", "0002_locales"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunSQL(CREATE, DROP, elidable=False)]
