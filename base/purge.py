"""When published content changes: drop the cached pages, and purge the CDN if there is one.

The page cache (base.page_cache) is dropped whole on every change: a new article shows on its
index, the home page, the feeds, the sitemap, its siblings' related articles, a campaign's latest
news and the language switcher of its translations, and a topic or a site setting shows on every
page. A CDN cannot be dropped whole, so it is sent the addresses a change is known to touch;
pages that show it only indirectly expire after PAGE_CACHE_CDN_MAX_AGE (docs/performance.md).
"""

import logging
import threading
from collections.abc import Iterable

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.urls import NoReverseMatch

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    pre_page_move,
)

from . import warm
from .page_cache import Generation

logger = logging.getLogger(__name__)
SITEMAP_PATH = "sitemap.xml"
BOOKKEEPING_FIELDS = {"file_size", "file_hash"}


# Pages changed in the current transaction: one publish sends several signals, and each would
# otherwise drop the cache again and queue its own warm-up.
pending = threading.local()


def content_changed(pages: Iterable[Page] = (), site_wide: bool = False) -> None:
    """Drop every cached page now and again once the transaction commits, then warm the pages
    most read (base/warm.py).

    The second drop catches pages rendered from the old content while the change was being
    written; the first makes the change visible at once where there is no transaction.
    """
    pages = list(pages)
    Generation().bump()
    if settings.WAGTAILFRONTENDCACHE:
        urls = frontend_urls(pages, site_wide)
        transaction.on_commit(lambda: purge_frontend(urls))
    changed = getattr(pending, "page_ids", None)
    first = changed is None or not after_commit_is_queued()
    if first:
        changed = pending.page_ids = set()
    changed.update(page.pk for page in pages if page.pk)
    if first:  # runs at once outside a transaction, so only after the pages are noted
        transaction.on_commit(after_commit)


def after_commit_is_queued() -> bool:
    """False when the transaction that queued it was rolled back (its callbacks dropped)."""
    return any(entry[1] is after_commit for entry in transaction.get_connection().run_on_commit)


def after_commit() -> None:
    page_ids = getattr(pending, "page_ids", None) or set()
    pending.page_ids = None
    Generation().bump()
    warm.schedule(page_ids)


def own_urls(page: Page) -> set[str]:
    """The page's address and the fixed addresses it routes (a news index's feeds)."""
    base = page.get_full_url()
    if not base:
        return set()
    specific = page.specific_deferred
    paths = list(specific.get_cached_paths())
    if isinstance(specific, RoutablePageMixin):
        paths += fixed_subpage_paths(specific)
    return {base + path.lstrip("/") for path in paths}


def fixed_subpage_paths(page: RoutablePageMixin) -> list[str]:
    """Routes without parameters; those with one (a feed per kind) expire by their max-age."""
    paths = []
    for pattern in page.get_subpage_urls():
        if pattern.name and not getattr(pattern.pattern, "converters", None):
            try:
                paths.append(page.reverse_subpage(pattern.name))
            except NoReverseMatch:
                continue
    return paths


def page_urls(page: Page) -> set[str]:
    """The addresses that show `page`: itself and its ancestors (index, home page), in every
    language the page is translated into."""
    urls = set()
    for translation in [page, *page.get_translations()]:
        for shown in [*translation.get_ancestors().filter(depth__gt=1), translation]:
            urls |= own_urls(shown)
    return urls


def frontend_urls(pages: Iterable[Page], site_wide: bool) -> set[str]:
    """Everything a CDN must forget: the pages' addresses, or every live page's, and sitemaps."""
    urls = set()
    if site_wide:
        for page in Page.objects.live().filter(depth__gt=1).iterator():
            urls |= own_urls(page)
    for page in pages:
        urls |= page_urls(page)
    urls.update(site.root_url.rstrip("/") + "/" + SITEMAP_PATH for site in Site.objects.all())
    return urls


def purge_frontend(urls: set[str]) -> None:
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    try:
        PurgeBatch(urls).purge()
    except Exception:  # the CDN being down must not make publishing fail
        logger.exception("Could not purge %d addresses from the CDN", len(urls))


# --- Signal receivers --------------------------------------------------------------------------


def on_page_change(sender, instance: Page, **kwargs) -> None:
    content_changed(pages=[instance])


def on_page_move(sender, instance: Page, **kwargs) -> None:
    # Before a move the old addresses are collected; after it, the new ones.
    content_changed(pages=[instance])


def on_page_save(sender, instance, **kwargs) -> None:
    # Publishing says so with page_published; this catches live pages written any other way
    # (scripts, imports, a draft saved on a live page, which costs only a refill).
    if isinstance(instance, Page) and instance.live:
        content_changed(pages=[instance])


def on_page_delete(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page) and type(instance) is instance.specific_class:
        content_changed(pages=[instance])


def on_model_change(sender, instance, created: bool = False, **kwargs) -> None:
    content_changed(site_wide=True)


def on_setting_change(sender, instance, created: bool = False, **kwargs) -> None:
    # Wagtail creates a site's settings with their defaults the first time a page reads them.
    if not created:
        content_changed(site_wide=True)


def on_media_change(sender, instance, created: bool = False, **kwargs) -> None:
    # A new upload shows nowhere yet; an edited one (focal point, file, title) may show anywhere.
    # Wagtail fills in an image's size and hash lazily, even while rendering: that changes nothing.
    update_fields = kwargs.get("update_fields")
    if not created and not (update_fields and set(update_fields) <= BOOKKEEPING_FIELDS):
        content_changed(site_wide=True)


def site_wide_models() -> list:
    """Models whose objects show on many pages (topics, sites, locales), and view restrictions:
    a page made private must stop being served from any cache at once."""
    from .models import Topic

    return [Topic, Site, Locale, PageViewRestriction]


def connect() -> None:
    uid = "base.purge"
    page_published.connect(on_page_change, dispatch_uid=f"{uid}.published")
    page_unpublished.connect(on_page_change, dispatch_uid=f"{uid}.unpublished")
    page_slug_changed.connect(on_page_change, dispatch_uid=f"{uid}.slug")
    pre_page_move.connect(on_page_move, dispatch_uid=f"{uid}.pre_move")
    post_page_move.connect(on_page_move, dispatch_uid=f"{uid}.post_move")
    pre_delete.connect(on_page_delete, dispatch_uid=f"{uid}.pre_delete")
    post_save.connect(on_page_save, dispatch_uid=f"{uid}.page_save")
    for model in site_wide_models():
        post_save.connect(on_model_change, sender=model, dispatch_uid=f"{uid}.save.{model}")
        post_delete.connect(on_model_change, sender=model, dispatch_uid=f"{uid}.delete.{model}")
    for model in settings_registry:
        post_save.connect(on_setting_change, sender=model, dispatch_uid=f"{uid}.save.{model}")
    for model in (get_image_model(), get_document_model()):
        post_save.connect(on_media_change, sender=model, dispatch_uid=f"{uid}.save.{model}")
        post_delete.connect(on_model_change, sender=model, dispatch_uid=f"{uid}.delete.{model}")
