"""Helpers for listing pages in a constant number of queries, in the visitor's language."""

from django.db.models import Prefetch, QuerySet

from wagtail.images import get_image_model
from wagtail.models import Locale

from .models import Topic

LISTING_RENDITION = "fill-640x427-c100|format-webp"
LISTING_RENDITIONS = (LISTING_RENDITION, "fill-320x213-c100|format-webp", "fill-640x427-c100")


def with_listing_images(pages: QuerySet) -> QuerySet:
    """Fetch listing images and their renditions in two queries, whatever the number of pages."""
    images = get_image_model().objects.prefetch_renditions(*LISTING_RENDITIONS)
    return pages.prefetch_related(Prefetch("listing_image", queryset=images))


def topics_by_translation_key(locale: Locale | None = None) -> dict:
    """Every topic of the locale, keyed by translation key, so any topic can be shown localised."""
    locale = locale or Locale.get_active()
    return {topic.translation_key: topic for topic in Topic.objects.filter(locale=locale)}
