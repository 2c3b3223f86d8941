"""Template tags for what a page tells search engines and social networks: metadata, JSON-LD,
share links and the organisation's accounts."""

from django import template
from django.utils.safestring import SafeString, mark_safe

from wagtail.models import Page

from base import fragments, seo, sharing
from base.structured_data import json_ld_script

register = template.Library()


@register.simple_tag(takes_context=True)
def page_meta(context) -> seo.PageMeta | None:
    """The page's metadata, computed once per request (the head and share links both use it)."""
    page = context.get("page")
    if not isinstance(page, Page):
        return None
    request = context.get("request")
    cached = getattr(request, "_page_meta", None)
    if cached is not None and cached[0] is page:
        return cached[1]
    meta = seo.page_meta(page, request)
    if request is not None:
        request._page_meta = (page, meta)
    return meta


@register.simple_tag(takes_context=True)
def structured_data(context) -> SafeString:
    """The page's JSON-LD, for page types that define `structured_data(meta, request)`."""
    page = context.get("page")
    build = getattr(page, "structured_data", None)
    meta = page_meta(context)
    if build is None or meta is None:
        return mark_safe("")
    return json_ld_script(build(meta, context.get("request")))


@register.simple_tag(takes_context=True)
def share_links(context) -> list[sharing.SocialLink]:
    meta = page_meta(context)
    if meta is None or not meta.url:
        return []
    hashtag = getattr(context.get("page"), "hashtag", "")
    return sharing.share_links(meta.url, meta.title, meta.description, hashtag)


@register.simple_tag(takes_context=True)
def follow_links(context) -> list[sharing.SocialLink]:
    request = context.get("request")
    host = request.get_host() if request else ""
    return fragments.cached("follow", (), lambda: sharing.follow_links(request), host=host)


@register.simple_tag(takes_context=True)
def feed_index(context) -> Page | None:
    """The news index whose feeds the page advertises: the page itself if it serves feeds, or
    the news index the home page lists."""
    page = context.get("page")
    if callable(getattr(page, "rss_feed", None)):
        return page
    return context.get("news_index")


@register.filter
def og_locale(language_code: str) -> str:
    return seo.og_locale(language_code)
