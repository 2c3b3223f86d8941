"""Counting searches without a database write per search: counts gather in the process and are
added to `QueryLog` at most every SEARCH_COUNT_FLUSH_SECONDS (and when the process exits).

A cached result page still counts; a worker that is killed loses at most that many seconds of
counts, never a visitor's page.
"""

import atexit
import logging
import threading
import time

from django.conf import settings
from django.db import DatabaseError
from django.utils import timezone

from .models import QueryLog, normalise_logged_query

logger = logging.getLogger(__name__)
_lock = threading.Lock()
_pending: dict[tuple, list[int]] = {}  # (query, locale id, date) → [searches, latest results]
_last_flush = time.monotonic()


def count_search(query: str, locale_id: int, results: int) -> None:
    key = (normalise_logged_query(query), locale_id, timezone.localdate())
    if not key[0]:
        return
    with _lock:
        entry = _pending.setdefault(key, [0, 0])
        entry[0] += 1
        entry[1] = results
    if time.monotonic() - _last_flush >= settings.SEARCH_COUNT_FLUSH_SECONDS:
        flush()


def flush() -> None:
    """Add the gathered counts to the log (one UPDATE per query); keep them if that fails."""
    global _pending, _last_flush
    with _lock:
        pending, _pending = _pending, {}
        _last_flush = time.monotonic()
    for (query, locale_id, date), (searches, results) in pending.items():
        try:
            QueryLog.record(query, locale_id, results, searches=searches, date=date)
        except DatabaseError:
            logger.warning("Search counts not saved; kept for the next flush", exc_info=True)
            with _lock:
                entry = _pending.setdefault((query, locale_id, date), [0, results])
                entry[0] += searches


atexit.register(lambda: _pending and flush())
