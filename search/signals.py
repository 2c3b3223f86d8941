"""Keeping the search index right where saving alone does not."""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q

from wagtail.models import Page
from wagtail.search import index

from base.page_cache import Generation
from base.search_index import index_in_bulk


def reindex_published_page(sender, instance: Page, **kwargs) -> None:
    """Index a page again once publishing has written its child relations (such as topics).

    The search backend indexes a page when it is saved, and reloads it from the database to do
    so, before the page's child relations are written: without this, topics chosen in the
    editor would reach the index one publication late.
    """
    index.insert_or_update_object(instance)


def reindex_pages_of_renamed_topic(sender, instance, created: bool, raw: bool = False, **kwargs):
    """A topic's name is indexed with every article and campaign on it, so a renamed topic
    would be found under its old name: index those pages again once the change is committed."""
    if created or raw:
        return
    topic_id = instance.pk
    transaction.on_commit(lambda: reindex_pages_of_topic(topic_id))


def reindex_pages_of_topic(topic_id: int) -> None:
    """Every page on the topic (drafts too: the admin searches them), in batches per kind."""
    pages = Page.objects.filter(
        Q(articlepage__topic_links__topic_id=topic_id) | Q(campaignpage__topic_id=topic_id)
    ).distinct()
    ids_by_type: dict[int, list[int]] = {}
    for page_id, content_type_id in pages.values_list("pk", "content_type_id"):
        ids_by_type.setdefault(content_type_id, []).append(page_id)
    for content_type_id, ids in ids_by_type.items():
        index_in_bulk(ContentType.objects.get_for_id(content_type_id).model_class(), ids)


def search_rules_changed(sender, **kwargs) -> None:
    """Synonyms and promoted results shape every result page, and cached result pages and
    promotions were found with the old ones: start a new cache generation."""
    Generation().bump()
    transaction.on_commit(lambda: Generation().bump())
