"""Helpers for listing pages in a constant number of queries, in the visitor's language."""

from functools import cached_property

from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Prefetch, QuerySet, prefetch_related_objects

from wagtail.images import get_image_model
from wagtail.models import Locale

from .fragments import cached
from .models import Topic
from .per_request import active_locale, once_per_request

# What the listing templates' {% picture %} asks for (fill-{320x213,640x427}-c100
# format-{webp,jpeg}): two widths in WebP with JPEG for older browsers. Prefetched for listings
# and made by the demo loader, so no visitor waits for a rendition.
LISTING_RENDITIONS = (
    "fill-320x213-c100|format-webp",
    "fill-320x213-c100|format-jpeg",
    "fill-640x427-c100|format-webp",
    "fill-640x427-c100|format-jpeg",
)


def with_listing_images(pages: QuerySet) -> QuerySet:
    """Fetch listing images and their renditions in two queries, whatever the number of pages."""
    images = get_image_model().objects.prefetch_renditions(*LISTING_RENDITIONS)
    return pages.prefetch_related(Prefetch("listing_image", queryset=images))


class CardData:
    """A listing's prefetches, run for all its items when the first card needs them."""

    def __init__(self, items: list, lookups: tuple):
        self.items, self.lookups = items, lookups

    def fetch(self) -> None:
        if self.items:
            items, self.items = self.items, []
            prefetch_related_objects(items, *self.lookups)

    def __getstate__(self) -> dict:  # an item pickled on its own carries no listing with it
        return {"items": [], "lookups": ()}


def prefetch_when_rendered(items: QuerySet) -> QuerySet:
    """The listing with its prefetches (listing images, renditions, topics) put off until a card
    is rendered ({% card_data article %} in components/article_card.html), then run once for
    the whole listing. Cards come from the fragment cache (base/fragments.py), so a listing whose
    cards are all cached needs only its own query: four fewer on the home page. Without
    fragments, the first card fetches them: the same queries as prefetch_related."""
    lookups = tuple(items._prefetch_related_lookups)
    if not lookups:
        return items
    deferring = type(
        "Deferring" + items._iterable_class.__name__,
        (items._iterable_class,),
        {"__iter__": lambda self: _with_card_data(super(deferring, self).__iter__(), lookups)},
    )
    items = items.prefetch_related(None)
    items._iterable_class = deferring
    return items


def _with_card_data(iterator, lookups: tuple):
    found = list(iterator)
    data = CardData(found, lookups)
    for item in found:
        item._card_data = data
    return iter(found)


def fetch_card_data(item) -> None:
    """Run the prefetches put off by prefetch_when_rendered() for the listing `item` is in."""
    data = getattr(item, "_card_data", None)
    if data is not None:
        data.fetch()


# Greater than every tree path below a page: steps are written in 0-9 and A-Z.
PATH_END = "Z" * 5


def under(pages: QuerySet, ancestor, children_only: bool = False) -> QuerySet:
    """Pages below `ancestor` (only its children if asked), as a range on the tree path.

    Wagtail's child_of and descendant_of filter with LIKE, which SQLite answers by reading every
    page row; a range uses the path's unique index on SQLite and PostgreSQL alike, so listings
    stay fast as the archive grows.
    """
    pages = pages.filter(path__gt=ancestor.path, path__lt=ancestor.path + PATH_END)
    return pages.filter(depth=ancestor.depth + 1) if children_only else pages


def newest_first(articles: QuerySet, among: QuerySet) -> QuerySet:
    """The `articles` (ArticlePage or a kind of it) that are in `among` (plain pages), newest
    first, read in date order.

    With the tree, locale or topic conditions in the listing's own WHERE clause, SQLite (and
    PostgreSQL when it guesses wrong) reads every article of the language and sorts them all
    before keeping the first nine: 15 ms at 20 000 articles, growing with the archive. As an
    EXISTS, the planner walks the article_newest_first index and stops once the page is full.
    """
    return articles.filter(Exists(among.filter(pk=OuterRef("pk")))).order_by("-date", "-pk")


class CountedPaginator(Paginator):
    """A paginator told its total: a listing's own query (joins, annotations, sorting) costs
    more to count than the plain pages behind it, or the total is known already."""

    def __init__(self, object_list, per_page: int, total: int):
        super().__init__(object_list, per_page)
        self.total = total

    @cached_property
    def count(self) -> int:
        return self.total


def topics_by_translation_key(locale: Locale | None = None) -> dict:
    """Every topic of the locale, keyed by translation key, so any topic can be shown localised."""
    locale = locale or active_locale()

    def fetch() -> dict:
        return {topic.translation_key: topic for topic in Topic.objects.filter(locale=locale)}

    # Topics change rarely and saving one bumps the page cache's token (base/purge.py).
    return once_per_request(
        ("topics by key", locale.pk), lambda: cached("topics", (locale.pk,), fetch)
    )
