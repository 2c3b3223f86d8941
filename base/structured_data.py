"""JSON-LD (schema.org) pieces every page type shares, and their safe rendering in the page head.

Each page type says what it is in its own `structured_data()` method; this module gives them the
organisation, the publisher and the escaping.
"""

import json
import re

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from wagtail.models import Site

from .i18n import localized
from .seo import PageMeta, site_name
from .sharing import follow_links

SCHEMA = "https://schema.org"
# The characters that could end the <script> element or open a comment inside it, written as
# JSON escapes so that a title such as "</script>" stays data (what Django's json_script does).
SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
DURATION = re.compile(r"^(?:(\d{1,2}):)?(\d{1,2}):(\d{2})$")


def json_ld_script(data: dict | None) -> SafeString:
    """A `<script type="application/ld+json">` data block (not executable: fine under a strict
    Content-Security-Policy)."""
    if not data:
        return mark_safe("")
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return format_html(
        '<script type="application/ld+json">{}</script>', mark_safe(text.translate(SCRIPT_ESCAPES))
    )


def iso_duration(duration: str) -> str:
    """m:ss or h:mm:ss as an ISO 8601 duration ("1:05" → "PT1M5S"); "" for anything else."""
    match = DURATION.match(duration or "")
    if not match:
        return ""
    hours, minutes, seconds = (int(part or 0) for part in match.groups())
    parts = [f"{hours}H" if hours else "", f"{minutes}M" if minutes else "", f"{seconds}S"]
    return "PT" + "".join(parts)


def follow_urls(request: HttpRequest | None) -> list[str]:
    """The organisation's own accounts (schema.org `sameAs`)."""
    return [link.url for link in follow_links(request)]


def organization(request: HttpRequest | None, url: str = "") -> dict:
    """The Coalition as publisher and author of what it issues; `url` defaults to its home page
    in the visitor's language."""
    data = {"@type": "Organization", "name": site_name()}
    if not url and request is not None:
        site = Site.find_for_request(request)
        home = localized(site.root_page) if site else None
        url = request.build_absolute_uri(home.get_url(request) or "/") if home else ""
    if url:
        data["url"] = url
    return data


def web_page(meta: PageMeta) -> dict:
    return {"@type": "WebPage", "@id": meta.url} if meta.url else {}


def search_action(request: HttpRequest) -> dict:
    """Lets search engines offer a search box that goes straight to the site's search."""
    target = request.build_absolute_uri(reverse("search")) + "?q={search_term_string}"
    return {
        "@type": "SearchAction",
        "target": {"@type": "EntryPoint", "urlTemplate": target},
        "query-input": "required name=search_term_string",
    }


def without_empty(data: dict) -> dict:
    """Drop empty values: schema.org readers take an empty string for a wrong value, not none."""
    return {key: value for key, value in data.items() if value not in ("", None, [], {})}
