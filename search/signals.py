"""Keeping the search index right where saving alone does not."""

from wagtail.models import Page
from wagtail.search import index


def reindex_published_page(sender, instance: Page, **kwargs) -> None:
    """Index a page again once publishing has written its child relations (such as topics).

    The search backend indexes a page when it is saved, and reloads it from the database to do
    so, before the page's child relations are written: without this, topics chosen in the
    editor would reach the index one publication late.
    """
    index.insert_or_update_object(instance)
