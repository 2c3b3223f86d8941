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


def outage_response(request: HttpRequest | None = None) -> HttpResponse:
    html = render_to_string(
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
