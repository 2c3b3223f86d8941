"""A Redis outage is never a site outage: pages render uncached, /healthz says "degraded".

Against a closed port (Redis down from the start) and, where redis-server is installed, against
a private Redis that is stopped and started again.
"""

import logging
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from unittest import mock

from django.core.cache import caches
from django.core.cache.backends.redis import RedisCacheClient

import pytest
import redis

from operations import cache as fail_open_cache

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent
# Ports this suite may listen on (never the machine's shared Redis on 6379).
PRIVATE_PORTS = range(int(os.environ.get("TEST_REDIS_PORT", 6391)), 6400)


def free_port() -> int:
    for port in PRIVATE_PORTS:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                return port
    raise RuntimeError("No free port for a private Redis")


def redis_settings(port: int) -> dict:
    return {
        "default": {
            "BACKEND": "operations.cache.FailOpenRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }


@pytest.fixture(autouse=True)
def fresh_outage_state():
    fail_open_cache._outages.clear()
    yield
    fail_open_cache._outages.clear()


@pytest.fixture
def redis_down(settings, home_page):
    """The site configured as production configures it, with nothing listening on the port."""
    settings.CACHES = redis_settings(free_port())
    settings.PAGE_CACHE_ENABLED = True
    return settings


def test_production_uses_the_fail_open_backend_with_redis():
    environment = {**os.environ, "REDIS_URL": "redis://127.0.0.1:6391/0"}
    environment.update(
        DJANGO_SETTINGS_MODULE="website.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="www.example.org",
    )
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.CACHES['default']['BACKEND'])",
        ],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "operations.cache.FailOpenRedisCache"


def test_pages_and_search_render_uncached_while_redis_is_down(client, redis_down, news_index):
    for url in ("/en/", news_index.url, "/en/search/?q=water"):
        assert client.get(url).status_code == 200, url
    assert client.get("/en/no-such-page/").status_code == 404
    # Nothing could be stored: each request renders the page again.
    assert client.get("/en/")["X-Page-Cache"] == "miss"


def test_healthz_reports_the_cache_degraded_but_the_site_up(client, redis_down):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "degraded", "status": "degraded"}


def test_editors_keep_working_while_redis_is_down(client, redis_down, admin_user):
    """Sessions live in the database, so signing in and editing do not depend on the cache."""
    client.force_login(admin_user)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/pages/").status_code == 200


def test_the_outage_is_logged_once_per_interval_not_per_request(client, redis_down, caplog):
    with caplog.at_level(logging.WARNING, logger="operations.cache"):
        for _request in range(5):
            assert client.get("/en/").status_code == 200
    reports = [record for record in caplog.records if record.name == "operations.cache"]
    assert len(reports) == 1
    assert "unavailable" in reports[0].getMessage()


def test_after_a_failure_redis_is_left_alone_for_a_moment(redis_down):
    backend = caches["default"]
    with mock.patch.object(RedisCacheClient, "get", wraps=backend._cache.get) as asked:
        for _read in range(10):
            assert backend.get("anything", "fallback") == "fallback"
    assert asked.call_count == 1  # the first read failed; the next nine did not wait on Redis


# --- A real, private Redis ----------------------------------------------------------------------

REDIS_SERVER = shutil.which("redis-server")
needs_redis = pytest.mark.skipif(REDIS_SERVER is None, reason="redis-server is not installed")


class PrivateRedis:
    """A throwaway redis-server on a private loopback port, stopped and started at will."""

    def __init__(self, port: int):
        self.port = port
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
            + ["--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        for _try in range(100):
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


@pytest.fixture
def private_redis(settings, home_page):
    server = PrivateRedis(free_port())
    server.start()
    settings.CACHES = redis_settings(server.port)
    settings.PAGE_CACHE_ENABLED = True
    yield server
    server.stop()


def leave_retry_pause() -> None:
    for outage in fail_open_cache._outages.values():
        outage.retry_at = 0.0


@needs_redis
def test_redis_stopped_and_started_again(client, private_redis):
    assert client.get("/en/").status_code == 200
    assert client.get("/en/")["X-Page-Cache"] == "hit"
    assert client.get("/healthz").json()["cache"] == "ok"

    private_redis.stop()
    assert client.get("/en/").status_code == 200
    assert client.get("/healthz").json()["cache"] == "degraded"

    private_redis.start()
    leave_retry_pause()
    assert client.get("/healthz").json() == {"database": "ok", "cache": "ok", "status": "ok"}
    assert client.get("/en/").status_code == 200
    assert client.get("/en/")["X-Page-Cache"] == "hit"


@needs_redis
def test_every_operation_shares_one_redis_client(private_redis):
    """Django's cache client built a `redis.Redis` for each operation (~70 µs of Python); the
    site's builds one per connection pool, which reconnects by itself after an outage (above)."""
    backend = caches["default"]
    backend.set("first", 0)
    build = redis.Redis.__init__
    with mock.patch.object(redis.Redis, "__init__", autospec=True, side_effect=build) as built:
        for number in range(5):
            backend.set(f"key-{number}", number)
            assert backend.get(f"key-{number}") == number
        assert backend.get_many(["key-1", "key-2"]) == {"key-1": 1, "key-2": 2}
    assert built.call_count == 0


@needs_redis
def test_a_write_lost_in_an_outage_empties_the_cache_when_redis_answers_again(private_redis):
    """The lost write may have been an invalidation: never serve what it would have dropped."""
    backend = caches["default"]
    backend.set("page", "rendered before the change")
    with mock.patch.object(RedisCacheClient, "set", side_effect=ConnectionError("down")):
        assert backend.set("page-cache:generation", "after the change") is False
    leave_retry_pause()
    assert backend.get("page") is None
    backend.set("page", "rendered after the change")
    assert backend.get("page") == "rendered after the change"
