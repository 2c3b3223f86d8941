"""Operational views: the health check and the server-error handler."""

import sys
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, HttpResponse, HttpResponseServerError, JsonResponse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_safe

from .outage import DATABASE_ERRORS, outage_response, render_error_page


def database_status() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # noqa: BLE001 - any failure means "down" to the load balancer
        return "unavailable"
    return "ok"


def cache_status() -> str:
    key = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(key, "1", 10)
        found = cache.get(key) == "1"
        cache.delete(key)
    except Exception:  # noqa: BLE001
        return "unavailable"
    return "ok" if found else "unavailable"


@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """{"database": …, "cache": …, "status": …}; 200 when both answer, 503 otherwise."""
    checks = {"database": database_status(), "cache": cache_status()}
    healthy = all(value == "ok" for value in checks.values())
    response = JsonResponse({**checks, "status": "ok" if healthy else "unavailable"})
    response.status_code = 200 if healthy else 503
    add_never_cache_headers(response)
    return response


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: the outage page when the database failed, else the localised error page."""
    error = sys.exc_info()[1]
    if isinstance(error, DATABASE_ERRORS):
        return outage_response(request)
    return HttpResponseServerError(render_error_page("500.html"))
