"""`safe_richtext` and `safe_url`: output rich text and links from content, never script."""

from django import template
from django.utils.safestring import SafeString

from wagtail.rich_text import RichText

from security.html import render_rich_text
from security.html import safe_url as clean_url

register = template.Library()


@register.filter
def safe_richtext(value: RichText | str | None) -> SafeString:
    """Use instead of Wagtail's `richtext`: the same output, sanitised at render time."""
    return render_rich_text(value)


@register.filter
def safe_url(value: str | None) -> str:
    """A link target from content; empty for javascript:, data: and other non-web schemes."""
    return clean_url(value)
