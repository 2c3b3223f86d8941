"""Operational views: the health check and the handlers of every error status."""

import sys
import uuid
from pathlib import Path

from django.core.cache import cache
from django.core.exceptions import RequestDataTooBig
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from wagtail.models import Site

from .errors import error_response
from .outage import DATABASE_ERRORS, outage_response
from .sqlite3.base import is_file_database


def database_file_missing() -> bool:
    """An SQLite file that is gone: connecting would create an empty one and answer "ok"."""
    name = str(connection.settings_dict["NAME"])
    return connection.vendor == "sqlite" and is_file_database(name) and not Path(name).exists()


def database_status() -> str:
    if database_file_missing():
        return "unavailable"
    try:
        # A real table: a database that answers but holds no site is not a working site.
        Site.objects.exists()
    except Exception:  # noqa: BLE001 - any failure means "down" to the load balancer
        return "unavailable"
    return "ok"


def cache_status() -> str:
    """ "ok", or "degraded" when the cache cannot be used (pages are then rendered uncached)."""
    ping = getattr(cache, "ping", None)
    if ping is not None:  # the fail-open Redis cache (operations.cache)
        return "ok" if ping() else "degraded"
    key = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(key, "1", 10)
        found = cache.get(key) == "1"
        cache.delete(key)
    except Exception:  # noqa: BLE001
        return "degraded"
    return "ok" if found else "degraded"


@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """{"database": …, "cache": …, "status": …}: 503 when the database is unavailable.

    A cache outage is reported ("degraded") but answers 200: the site still serves every page,
    so a load balancer must not take the server out of rotation for it.
    """
    checks = {"database": database_status(), "cache": cache_status()}
    if checks["database"] != "ok":
        status = "unavailable"
    elif checks["cache"] != "ok":
        status = "degraded"
    else:
        status = "ok"
    response = JsonResponse({**checks, "status": status})
    response.status_code = 503 if status == "unavailable" else 200
    add_never_cache_headers(response)
    return response


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """handler400: too much data is a 413; too many fields or a malformed request a 400."""
    if isinstance(exception, RequestDataTooBig):
        return error_response(413)
    return error_response(400)


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return error_response(403)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return error_response(404)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """CSRF_FAILURE_VIEW: an expired or missing form token, said plainly."""
    return error_response(
        403,
        _("This form has expired or was sent from another site. Reload the page and try again."),
    )


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: the outage page when the database failed, else the localised error page."""
    error = sys.exc_info()[1]
    if isinstance(error, DATABASE_ERRORS):
        return outage_response(request)
    return error_response(500)
