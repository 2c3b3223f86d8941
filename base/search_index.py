"""Search plumbing every app may use: what text an object gives the search index and the result
snippets (read from the fields its `search_fields` list, without a database query for StreamField
content), the normalised search field, and indexing in bulk.

The language rules that normalise the words belong to the search app; the project names them in
settings.SEARCH_INDEX_NORMALISER, so pages declare what is searchable without importing search.
"""

from collections.abc import Iterable, Iterator

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.module_loading import import_string

from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index
from wagtail.search.backends import get_search_backends

BATCH_SIZE = 500

# Fields whose text reaches the index some other way.
NOT_IN_TERMS = {"title", "search_terms"}


def index_text(text: str, language: str) -> str:
    """The text's words as the index stores them, by the configured language rules."""
    return import_string(settings.SEARCH_INDEX_NORMALISER)(text, language)


def language_of(obj: models.Model) -> str:
    """The two-letter language of a translatable object ("en" for "en-gb")."""
    return obj.locale.language_code.split("-")[0]


class NormalisedSearchField(index.SearchField):
    """A search field indexed as its words normalised for the object's language (search.text).

    Named after a model field, it lands where that field would: a normalised "title" goes into
    the search backend's title column, so stemmed matches in titles keep the title's weight.
    """

    def get_value(self, obj: models.Model) -> str:
        return index_text(" ".join(field_value_texts(obj, self.field_name)), language_of(obj))


def page_search_terms(page: models.Model) -> str:
    """Every searchable field's words but the title's, normalised for the page's language."""
    texts = search_field_texts(page, page.get_search_fields(), exclude=NOT_IN_TERMS)
    return index_text(" ".join(texts), language_of(page))


def search_field_texts(
    obj: models.Model,
    fields: Iterable,
    exclude: set[str] = frozenset(),
    follow_relations: bool = True,
) -> Iterator[str]:
    """The texts of an object's SearchFields, following RelatedFields (such as topics) if asked.

    Snippets pass follow_relations=False: related objects would cost a query per result.
    """
    for field in fields:
        if isinstance(field, index.RelatedFields):
            if follow_relations:
                for related in _related_objects(field.get_value(obj)):
                    yield from search_field_texts(related, field.fields)
        elif (
            isinstance(field, index.SearchField)
            and not isinstance(field, NormalisedSearchField)
            and field.field_name not in exclude
        ):
            yield from field_value_texts(obj, field.field_name)


def _related_objects(value) -> list:
    if value is None:
        return []
    if hasattr(value, "all"):
        return list(value.all())
    return [value]


def field_value_texts(obj: models.Model, name: str) -> Iterator[str]:
    """The visible text of one field (or method) of an object."""
    try:
        field = obj._meta.get_field(name)
    except FieldDoesNotExist:
        value = getattr(obj, name, None)
        value = value() if callable(value) else value
        if value:
            yield str(value)
        return
    value = getattr(obj, field.attname, None)
    if not value:
        return
    if isinstance(field, StreamField):
        yield from block_texts(field.stream_block, value.raw_data)
    elif isinstance(field, RichTextField):
        yield get_text_for_indexing(value)
    elif isinstance(field, (models.CharField, models.TextField)):
        yield value


def block_texts(block: blocks.Block, raw) -> Iterator[str]:
    """The text of a block's raw (JSON) value: headings, paragraphs, quotes, tweets, transcripts.

    Reading the raw value keeps chooser blocks (images, documents, pages) from loading their
    objects; URLs, dates and choices are not text a visitor reads, so they are left out.
    """
    if raw is None or raw == "":
        return
    if isinstance(block, blocks.StreamBlock):
        for child in raw:
            child_block = block.child_blocks.get(child.get("type"))
            if child_block is not None:
                yield from block_texts(child_block, child.get("value"))
    elif isinstance(block, blocks.ListBlock):
        for item in raw:
            # Current ListBlock data wraps each item as {"type": "item", "value": ...}.
            is_wrapped = isinstance(item, dict) and item.get("type") == "item" and "value" in item
            yield from block_texts(block.child_block, item["value"] if is_wrapped else item)
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from block_texts(child_block, raw.get(name))
    elif isinstance(block, blocks.RichTextBlock):
        yield get_text_for_indexing(str(raw))
    elif isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        yield str(raw)


def index_in_bulk(model: type, ids: list, batch_size: int = BATCH_SIZE) -> None:
    """Index these objects of `model` in every search backend, in batches, the way `update_index`
    does: the model's indexed queryset (related fields prefetched), with pages' locales, which
    their normalised search terms depend on."""
    queryset = model.get_indexed_objects()
    if issubclass(model, Page):
        queryset = queryset.select_related("locale")
    for start in range(0, len(ids), batch_size):
        objects = list(queryset.filter(pk__in=ids[start : start + batch_size]))
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(model, objects)
