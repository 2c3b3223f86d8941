"""Template tags for the site chrome: menu, language switcher, hreflang links."""

import unicodedata

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

from wagtail.models import Page

from base import fragments, i18n
from base.flags import flag_emoji_as_images
from base.i18n import page_alternates, view_alternates
from base.models import SiteIdentity

register = template.Library()


@register.simple_tag(takes_context=True)
def localized_home(context) -> Page | None:
    """The home page in the visitor's language (the default site's root if not translated)."""
    return i18n.localized_home(context.get("request"))


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context, home: Page | None) -> dict:
    page = context.get("page")
    current_path = page.path if isinstance(page, Page) else ""
    items = (
        fragments.cached("menu", (home.pk,), lambda: list(home.get_children().live().in_menu()))
        if home
        else []
    )
    return {
        "request": context.get("request"),
        "items": [
            (item, bool(current_path) and current_path.startswith(item.path)) for item in items
        ],
    }


@register.simple_tag(takes_context=True)
def cookie_policy_url(context) -> str:
    """The cookie policy in the visitor's language, from the site identity setting."""
    request = context.get("request")

    def find() -> str:
        identity = SiteIdentity.for_request(request) if request else None
        policy = identity.cookie_policy_page if identity else None
        if policy is None:
            return ""
        translated = i18n.localized(policy)
        return translated.get_url(request=request) if translated.live else ""

    return fragments.cached("cookie-policy", (), find, host=request.get_host() if request else "")


@register.simple_tag(takes_context=True)
def alternates(context) -> list:
    """This page's other-language versions; computed once per request (head and switcher)."""
    request = context.get("request")
    cached = getattr(request, "_site_alternates", None)
    if cached is not None:
        return cached
    page = context.get("page")
    if isinstance(page, Page) and page.id and page.translation_key:
        # Live translations and their addresses: the same until content changes.
        found = fragments.cached(
            "alternates",
            (page.pk,),
            lambda: page_alternates(page, request),
            host=request.get_host() if request is not None else "",
        )
    elif request is not None:
        found = view_alternates(request)
    else:
        found = []
    if request is not None:
        request._site_alternates = found
    return found


@register.filter
def text_dir(text) -> str:
    """ "rtl" if the text's first strong letter is right-to-left, else "ltr".

    For `<bdi dir="{{ figure|text_dir }}">`: a figure with no letters ("40,000+", "-3") is
    written left to right in every language, where dir="auto" would give it the paragraph's
    direction and show "+40,000" in Arabic.
    """
    for char in str(text or ""):
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


@register.filter
def svg_flags(text) -> SafeString:
    """Flag emoji in the text drawn as SVG flags (base/flags.py); the text is escaped first
    unless it is already safe HTML, such as a highlighted search snippet."""
    return mark_safe(flag_emoji_as_images(str(conditional_escape(text))))
