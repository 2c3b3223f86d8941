"""A database that goes away: visitors get a short 503 page in their language, not a stack trace.

The page needs no database (no site settings, menus or translations of content), says when to
come back and is never cached. Django drops a broken connection at the end of the request and
opens a new one on the next, so the site recovers by itself once the database is back.
"""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language, get_language_bidi

logger = logging.getLogger(__name__)

DATABASE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


# What is shown if even the error page cannot be rendered (no static manifest, a broken
# template): plain, in the three languages.
FALLBACK_HTML = (
    '<!DOCTYPE html><html lang="en"><meta charset="utf-8"><title>Global Coalition</title>'
    "<h1>Back soon</h1><p>Please try again in a minute.</p>"
    '<p lang="fr">Bientôt de retour. Veuillez réessayer dans une minute.</p>'
    '<p lang="ar" dir="rtl">سنعود قريبًا. يرجى المحاولة بعد دقيقة.</p></html>'
)


def render_error_page(template: str, context: dict | None = None) -> str:
    """An error page that cannot fail in turn."""
    try:
        return render_to_string(template, context)
    except Exception:  # noqa: BLE001 - an error page must come out whatever else is broken
        logger.exception("Could not render %s", template)
        return FALLBACK_HTML


def outage_response(request: HttpRequest | None = None) -> HttpResponse:
    html = render_error_page(
        "operations/503.html",
        {"language": get_language(), "direction": "rtl" if get_language_bidi() else "ltr"},
    )
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


class DatabaseOutageMiddleware:
    """Answers a view's database failure with the outage page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, DATABASE_ERRORS):
            logger.error("Database unavailable: %s", exception)
            return outage_response(request)
        return None
