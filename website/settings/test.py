"""Test settings: fast, deterministic, offline; the database comes from DATABASE_URL if set."""

import os
from pathlib import Path
from tempfile import gettempdir

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret"
# MD5 makes creating users in tests fast; never used outside tests.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Django's own SQLite engine: pytest-django recognises it by name to give each parallel worker its
# own in-memory database. (The site's engine differs only once a web server has started.)
if DATABASES["default"]["ENGINE"] == "operations.sqlite3":  # noqa: F405
    DATABASES["default"]["ENGINE"] = "django.db.backends.sqlite3"  # noqa: F405
# Each test starts with an empty cache.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The manifest storage needs collectstatic; tests render templates without it.
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# No embed provider is ever asked during tests.
WAGTAILEMBEDS_FINDERS = []
# Nor X: a closed local port, so a test that forgets its fake server fails fast and offline.
TWEET_OEMBED_ENDPOINT = "http://127.0.0.1:9/oembed"
TWEET_IMAGE_HOSTS = []
WAGTAILADMIN_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["*"]
# Admin tests sign in with force_login; tests/test_security_accounts.py turns two factors on.
TWO_FACTOR_REQUIRED_FOR = "nobody"
# Tests of rendering count queries and compare what pages show, so pages are rendered every time;
# tests/test_page_cache.py turns the cache on.
PAGE_CACHE_ENABLED = False
FRAGMENT_CACHE_ENABLED = False
# Each test process keeps its own page-cache token, so parallel workers never drop each other's
# cached pages in the middle of a test.
PAGE_CACHE_GENERATION_FILE = Path(gettempdir()) / f"page-cache-generation-{os.getpid()}"
SEARCH_COUNT_FLUSH_SECONDS = 0  # tests read the search log right after each search
