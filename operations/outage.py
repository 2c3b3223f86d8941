"""A database that goes away: visitors get a short 503 page in their language, not a stack trace.

The page needs no database (no site settings, menus or translations of content), says when to
come back and is never cached. Django drops a broken connection at the end of the request and
opens a new one on the next, so the site recovers by itself once the database is back.
"""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse

from .errors import error_response

logger = logging.getLogger(__name__)

DATABASE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def outage_response(request: HttpRequest | None = None) -> HttpResponse:
    return error_response(503, retry_after=RETRY_AFTER_SECONDS)


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
