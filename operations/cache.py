"""A Redis cache that fails open: with Redis unreachable, reads miss and writes are dropped.

The cache exists to protect the site, so it must never be the reason a page fails. While Redis is
down every operation returns what an empty cache would (get → default, add/set → False), pages
render uncached, the degradation is logged once per interval (not once per request) and
/healthz reports the cache as "degraded". After a failure the process leaves Redis alone for
RETRY_SECONDS, so an outage costs each request nothing rather than a connection timeout.

A write lost during an outage may have been an invalidation (a new page-cache generation, a
deleted key). So a process that lost one empties the cache once when Redis answers again,
rather than risk serving pages older than what was published meanwhile.
"""

import logging
import threading
import time
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.core.cache.backends.redis import RedisCache, RedisCacheClient

from redis import exceptions as redis_errors

logger = logging.getLogger(__name__)

# What an unreachable, restarting or failed-over Redis raises; programming errors still raise.
UNAVAILABLE = (
    redis_errors.ConnectionError,  # includes BusyLoadingError (a restart loading its data)
    redis_errors.TimeoutError,
    redis_errors.ReadOnlyError,
    OSError,
)
RETRY_SECONDS = 1.0
LOG_INTERVAL_SECONDS = 60.0


class Outage:
    """One Redis server's state in this process, shared by the cache objects of every thread."""

    def __init__(self, location: str):
        self.location = location
        self.lock = threading.Lock()
        self.down_since: float | None = None
        self.retry_at = 0.0
        self.logged_at = 0.0
        self.suppressed = 0
        self.lost_writes = False

    @property
    def down(self) -> bool:
        return self.down_since is not None

    def should_skip(self) -> bool:
        """Whether to answer without asking Redis, because it failed a moment ago."""
        return self.down and time.monotonic() < self.retry_at

    def failed(self, error: BaseException, write: bool) -> None:
        now = time.monotonic()
        with self.lock:
            self.retry_at = now + RETRY_SECONDS
            self.lost_writes = self.lost_writes or write
            if self.down_since is None:
                self.down_since = now
            if now - self.logged_at >= LOG_INTERVAL_SECONDS:
                logger.warning(
                    "Cache %s unavailable, serving uncached (%s; %d similar errors since the "
                    "last report)",
                    self.location,
                    error,
                    self.suppressed,
                )
                self.logged_at = now
                self.suppressed = 0
            else:
                self.suppressed += 1

    def recovered(self) -> bool:
        """Marks Redis as answering again; True if writes were lost while it was down."""
        with self.lock:
            if self.down_since is None:
                return False
            logger.warning(
                "Cache %s available again after %.1f s",
                self.location,
                time.monotonic() - self.down_since,
            )
            lost, self.lost_writes = self.lost_writes, False
            self.down_since = None
            self.logged_at = 0.0
            self.suppressed = 0
            return lost


_outages: dict[str, Outage] = {}
_outages_lock = threading.Lock()


def outage_for(location: str) -> Outage:
    with _outages_lock:
        return _outages.setdefault(location, Outage(location))


def fail_open(default: Any, write: bool = False) -> Callable:
    """Wraps a cache method: on a Redis failure, log (rarely) and return `default`."""

    def decorate(method: Callable) -> Callable:
        @wraps(method)
        def wrapper(self: "FailOpenRedisCache", *args, **kwargs):
            outage = self.outage
            fallback = default(*args, **kwargs) if callable(default) else default
            if outage.down and (outage.should_skip() or not self.ping()):
                outage.lost_writes = outage.lost_writes or write
                return fallback
            try:
                return method(self, *args, **kwargs)
            except UNAVAILABLE as error:
                outage.failed(error, write)
                return fallback

        return wrapper

    return decorate


def _get_default(key, default=None, version=None):
    return default


def _nothing_found(*args, **kwargs) -> dict:
    return {}


def _unset_keys(data, *args, **kwargs) -> list:
    return list(data)


class SharedRedisClient(RedisCacheClient):
    """Django's client with one `redis.Redis` per connection pool. Django's builds a new one for
    every operation, about 70 µs of Python each (its table of ~170 reply handlers), and an
    uncached search makes some fifteen; `redis.Redis` is thread-safe, its pool does the rest."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients: dict[Any, Any] = {}  # connection pool → its client

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        if pool not in self._clients:
            self._clients[pool] = self._client(connection_pool=pool)
        return self._clients[pool]


class FailOpenRedisCache(RedisCache):
    """Django's Redis cache, answering as an empty cache while Redis is unreachable."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = SharedRedisClient

    @property
    def outage(self) -> Outage:
        return outage_for(",".join(self._servers))

    @property
    def degraded(self) -> bool:
        return self.outage.down

    def clear_after_outage(self) -> None:
        try:
            super().clear()
        except UNAVAILABLE as error:  # down again already: try once more next time
            self.outage.failed(error, write=True)

    get = fail_open(_get_default)(RedisCache.get)
    get_many = fail_open(_nothing_found)(RedisCache.get_many)
    has_key = fail_open(False)(RedisCache.has_key)
    add = fail_open(False, write=True)(RedisCache.add)
    set = fail_open(False, write=True)(RedisCache.set)
    touch = fail_open(False, write=True)(RedisCache.touch)
    delete = fail_open(False, write=True)(RedisCache.delete)
    set_many = fail_open(_unset_keys, write=True)(RedisCache.set_many)
    delete_many = fail_open(None, write=True)(RedisCache.delete_many)
    clear = fail_open(None, write=True)(RedisCache.clear)

    def incr(self, key, delta: int = 1, version=None) -> int:
        # Counters restart from nothing while Redis is down; callers get the first value.
        return fail_open(lambda *a, **k: delta, write=True)(RedisCache.incr)(
            self, key, delta, version
        )

    def ping(self) -> bool:
        """Whether Redis answers now (for /healthz, and before leaving an outage).

        The first answer after an outage empties the cache if this process lost writes
        meanwhile, before anything is read from it.
        """
        try:
            self._cache.get_client(write=False).ping()
        except UNAVAILABLE as error:
            self.outage.failed(error, write=False)
            return False
        if self.outage.down and self.outage.recovered():
            self.clear_after_outage()
        return True
