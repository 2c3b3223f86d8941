"""Indexing many objects at once, the way `update_index` does."""

from wagtail.models import Page
from wagtail.search.backends import get_search_backends

BATCH_SIZE = 500


def index_in_bulk(model: type, ids: list, batch_size: int = BATCH_SIZE) -> None:
    """Index these objects of `model` in every search backend, in batches: the model's indexed
    queryset (related fields prefetched), with pages' locales, which their normalised search
    terms depend on."""
    queryset = model.get_indexed_objects()
    if issubclass(model, Page):
        queryset = queryset.select_related("locale")
    for start in range(0, len(ids), batch_size):
        objects = list(queryset.filter(pk__in=ids[start : start + batch_size]))
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(model, objects)
