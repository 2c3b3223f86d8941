"""Rendered search result pages, cached per language, query, filters, page and consent state
under the site's cache generation (base.page_cache): publishing anything, or editing synonyms,
starts a new generation, so a cached page never outlives the content it lists.

The language is part of the key (and of the address), so one language's results are never served
in another. Only anonymous requests are cached, as for the page cache.

Each answer is stored twice: under the normalised search (any spelling of the same query finds
it) and in the page cache under its address, where the page cache's middleware answers a repeat
of that exact address before sessions, languages and the view run — about what a cached page
costs — and still counts the search through the "search" replay hook.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse

from base import page_cache
from base.page_cache import may_serve_from_cache
from security.consent import consent_state

from .analytics import count_search
from .query import CleanQuery, SearchFilters

STATUS_HEADER = "X-Search-Cache"
REPLAY_HOOK = "search"


def enabled(request: HttpRequest) -> bool:
    return (
        settings.PAGE_CACHE_ENABLED
        and settings.SEARCH_CACHE_SECONDS > 0
        and may_serve_from_cache(request)
    )


def key(
    request: HttpRequest,
    language: str,
    query: CleanQuery,
    filters: SearchFilters,
    page: str,
    generation: str,
) -> str | None:
    """The entry's key, or None when the cache cannot say which generation is current (the
    shared cache is down): then the search is answered uncached."""
    if not generation:
        return None
    parts = [
        generation,
        language,
        consent_state(request),
        query.text,
        filters.query_string(""),
        page,
        request.get_host(),
    ]
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()
    return f"search:{language}:{digest}"


def get(cache_key: str) -> tuple[HttpResponse, int] | None:
    """The stored response and the number of results it showed, or None."""
    entry = caches["default"].get(cache_key)
    if entry is None:
        return None
    status, headers, content, total = entry
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    response[STATUS_HEADER] = "hit"
    return response, total


def store(cache_key: str, response: HttpResponse, total: int) -> None:
    if response.status_code != 200 or response.cookies:
        return
    entry = (response.status_code, list(response.items()), response.content, total)
    caches["default"].set(cache_key, entry, settings.SEARCH_CACHE_SECONDS)
    response[STATUS_HEADER] = "miss"


def store_address(
    request: HttpRequest, response: HttpResponse, generation: str, counted: tuple | None
) -> None:
    """Keep this answer for its exact address in the page cache; `counted` is what a replay
    counts, (query, locale id, results), or None for pages and narrowed searches."""
    if response.status_code != 200 or response.cookies:
        return
    stored_as = response.get(STATUS_HEADER)
    response[STATUS_HEADER] = "hit"  # what every replay of this address is
    owed = (REPLAY_HOOK, counted) if counted else None
    page_cache.store_view(request, response, generation, settings.SEARCH_CACHE_SECONDS, owed)
    if stored_as:
        response[STATUS_HEADER] = stored_as


def count_replayed(counted: tuple) -> None:
    count_search(*counted)
