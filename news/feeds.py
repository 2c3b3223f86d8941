"""RSS and Atom feeds of a news index, all article kinds or one, in the index's language.

Served by NewsIndexPage's routes (`feed/`, `feed/atom/`, `<kind>/feed/`, `<kind>/feed/atom/`), so
each language's feed lives under that language's news index, whatever its slug.
"""

import datetime
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext_lazy as _

from wagtail.images import get_image_model
from wagtail.models import Page

from base.listings import newest_first, topics_by_translation_key, under
from base.seo import SHARE_RENDITION, share_rendition, site_description, site_name

from .models import (
    ArticlePage,
    DigestPage,
    NewsIndexPage,
    NewsPage,
    ReadoutPage,
    VideoFeaturePage,
)

# The path segment of each kind's feed, and what the feed is called.
FEED_KINDS = {
    "stories": (NewsPage, _("News stories")),
    "readouts": (ReadoutPage, _("Readouts and statements")),
    "videos": (VideoFeaturePage, _("Video features")),
    "digests": (DigestPage, _("Weekly digests")),
}
FEED_SIZE = 30
MEDIA_NS = "http://search.yahoo.com/mrss/"


def add_media_content(handler, item: dict) -> None:
    """Media RSS `<media:content>`: the item's share image, which feed readers show as its
    picture. RSS's own <enclosure> needs the file's byte length, which no stored field gives."""
    image = item.get("image")
    if image is None:
        return
    handler.addQuickElement(
        "media:content",
        attrs={
            "url": image["url"],
            "type": "image/jpeg",
            "medium": "image",
            "width": str(image["width"]),
            "height": str(image["height"]),
        },
    )


class MediaRssFeed(Rss201rev2Feed):
    def rss_attributes(self) -> dict:
        return {**super().rss_attributes(), "xmlns:media": MEDIA_NS}

    def add_item_elements(self, handler, item) -> None:
        super().add_item_elements(handler, item)
        add_media_content(handler, item)


class MediaAtomFeed(Atom1Feed):
    def root_attributes(self) -> dict:
        return {**super().root_attributes(), "xmlns:media": MEDIA_NS}

    def add_item_elements(self, handler, item) -> None:
        super().add_item_elements(handler, item)
        add_media_content(handler, item)


@dataclass(frozen=True)
class FeedSource:
    index: NewsIndexPage
    kind: str  # a key of FEED_KINDS, or "" for every kind


class ArticleFeed(Feed):
    """The newest articles under one news index. One instance serves one request."""

    feed_type = MediaRssFeed

    def __init__(self, request: HttpRequest):
        self.request = request

    def get_object(self, request, index: NewsIndexPage, kind: str = "") -> FeedSource:
        if kind and kind not in FEED_KINDS:
            raise Http404("No such feed.")
        self.language = index.locale.language_code
        self.topics_by_key = topics_by_translation_key(index.locale)
        return FeedSource(index, kind)

    def title(self, source: FeedSource) -> str:
        parts = [site_name(), source.index.title]
        if source.kind:
            parts.append(str(FEED_KINDS[source.kind][1]))
        return " · ".join(parts)

    def link(self, source: FeedSource) -> str:
        return source.index.get_url(self.request)

    def description(self, source: FeedSource) -> str:
        return source.index.search_description or source.index.summary or site_description()

    def author_name(self) -> str:
        return site_name()

    def items(self, source: FeedSource) -> QuerySet:
        """Newest first, in a fixed number of queries: images and their share renditions,
        and topics, are fetched for all items at once."""
        pages = under(Page.objects.live().public(), source.index, children_only=True)
        if source.kind:
            pages = pages.exact_type(FEED_KINDS[source.kind][0])
        images = get_image_model().objects.prefetch_renditions(SHARE_RENDITION)
        return newest_first(ArticlePage.objects.defer_streamfields(), pages).prefetch_related(
            "topic_links__topic", Prefetch("listing_image", queryset=images)
        )[:FEED_SIZE]

    def item_title(self, item: ArticlePage) -> str:
        return item.title

    def item_description(self, item: ArticlePage) -> str:
        return item.summary

    def item_link(self, item: ArticlePage) -> str:
        return item.get_url(self.request)

    def item_pubdate(self, item: ArticlePage) -> datetime.datetime:
        """The article's date; the moment of first publication when that was the same day."""
        published = item.first_published_at
        if published and timezone.localdate(published) == item.date:
            return published
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time()))

    def item_updateddate(self, item: ArticlePage) -> datetime.datetime:
        published = self.item_pubdate(item)
        return max(item.last_published_at or published, published)

    def item_categories(self, item: ArticlePage) -> list[str]:
        return [topic.name for topic in item.topics(self.topics_by_key)]

    def item_extra_kwargs(self, item: ArticlePage) -> dict:
        rendition = share_rendition(item.listing_image) if item.listing_image else None
        if rendition is None:
            return {}
        url = self.request.build_absolute_uri(rendition.url)
        return {"image": {"url": url, "width": rendition.width, "height": rendition.height}}


class AtomArticleFeed(ArticleFeed):
    feed_type = MediaAtomFeed
    subtitle = ArticleFeed.description


def serve_feed(request: HttpRequest, index: NewsIndexPage, kind: str, atom: bool) -> HttpResponse:
    feed = (AtomArticleFeed if atom else ArticleFeed)(request)
    with translation.override(index.locale.language_code):
        return feed(request, index=index, kind=kind)
