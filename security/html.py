"""Sanitising stored HTML at render time, whatever path it took into the database.

Wagtail cleans rich text only when an editor saves it in the admin; content from imports, data
migrations, the API or a translation file is trusted as stored. Everything rendered as rich text
goes through the allow-list below, which matches the editor's features (bold, italic, links,
document links, lists, superscript), so nothing an editor can make is lost.
"""

from urllib.parse import urlsplit

from django.utils.safestring import SafeString, mark_safe

from wagtail.rich_text import RichText, expand_db_html

import nh3

RICH_TEXT_TAGS = {"p", "br", "b", "strong", "i", "em", "a", "ol", "ul", "li", "sup"}
RICH_TEXT_ATTRIBUTES = {"a": {"href"}}
# Relative links (pages and documents of this site) pass; of absolute ones only these schemes.
URL_SCHEMES = {"http", "https", "mailto", "tel"}

_cleaner = nh3.Cleaner(
    tags=RICH_TEXT_TAGS,
    attributes=RICH_TEXT_ATTRIBUTES,
    url_schemes=URL_SCHEMES,
    link_rel=None,
    strip_comments=True,
)


def sanitise_html(html: str) -> str:
    """Stored or expanded rich-text HTML reduced to the editor's allow-list."""
    return _cleaner.clean(html or "")


def render_rich_text(value: RichText | str | None) -> SafeString:
    """What Wagtail's `richtext` filter renders, sanitised: links expanded, then cleaned."""
    if value is None:
        return mark_safe("")
    source = value.source if isinstance(value, RichText) else str(value)
    return mark_safe(sanitise_html(expand_db_html(source)))  # noqa: S308 - just sanitised


def safe_url(url: str | None) -> str:
    """The URL if it is relative or uses a web scheme; "" for javascript:, data: and the like."""
    url = (url or "").strip()
    if not url:
        return ""
    # Browsers ignore tabs and newlines inside a scheme ("java\tscript:") and control characters
    # before it: compare without them.
    collapsed = "".join(ch for ch in url if ch > " ")
    scheme = urlsplit(collapsed).scheme.lower()
    if scheme and scheme not in URL_SCHEMES:
        return ""
    # Whatever urlsplit does not call a scheme but still has a colon before the path is refused
    # rather than guessed at.
    if not scheme and ":" in collapsed.split("/")[0].split("?")[0].split("#")[0]:
        return ""
    return url
