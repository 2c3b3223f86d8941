"""Each environment switch in the settings: the settings are loaded afresh in a subprocess with
the environment patched, and the values that matter are compared."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION = {"SECRET_KEY": "s" * 50, "ALLOWED_HOSTS": "example.org"}
PROBE = (
    "import json, sys, django; django.setup(); from django.conf import settings; "
    "print(json.dumps({n: getattr(settings, n) for n in sys.argv[1:]}, default=str))"
)
SWITCHES = (
    "DATABASE_URL",
    "POSTGRES_OPTIONS",
    "REDIS_URL",
    "AWS_",
    "SEARCH_",
    "CLOUDFLARE_",
    "CLOUDFRONT_",
    "FRONTEND_",
)


def load(env: dict, *names: str) -> dict:
    """The named settings of website.settings.production under `env` (and nothing inherited)."""
    clean = {key: value for key, value in os.environ.items() if not key.startswith(SWITCHES)}
    clean.update(PRODUCTION, **env, DJANGO_SETTINGS_MODULE="website.settings.production")
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *names], cwd=ROOT, env=clean, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_defaults_need_no_service():
    values = load(
        {},
        "DATABASES",
        "CACHES",
        "STORAGES",
        "WAGTAILSEARCH_BACKENDS",
        "WAGTAILFRONTENDCACHE",
        "SESSION_ENGINE",
        "SERVE_MEDIA",
    )
    assert values["DATABASES"]["default"]["ENGINE"].endswith("sqlite3")
    assert values["CACHES"]["default"]["BACKEND"].endswith("LocMemCache")
    assert values["STORAGES"]["default"]["BACKEND"].endswith("FileSystemStorage")
    assert values["STORAGES"]["staticfiles"]["BACKEND"].endswith(
        "CompressedManifestStaticFilesStorage"
    )
    assert values["WAGTAILSEARCH_BACKENDS"]["default"]["BACKEND"] == "search.backends"
    assert values["WAGTAILFRONTENDCACHE"] == {}
    assert values["SESSION_ENGINE"] == "django.contrib.sessions.backends.db"
    assert values["SERVE_MEDIA"] is True


def test_postgresql():
    values = load({"DATABASE_URL": "postgres://site@db.internal:5432/coalition"}, "DATABASES")
    database = values["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["HOST"], database["NAME"]) == ("db.internal", "coalition")
    # Planner costs for SSDs, so that search uses its index for common words; no parallel
    # workers for a page's short queries.
    assert database["OPTIONS"]["options"] == (
        "-c random_page_cost=1.1 -c max_parallel_workers_per_gather=0"
    )


def test_postgresql_without_startup_options():
    env = {"DATABASE_URL": "postgres://site@db.internal/coalition", "POSTGRES_OPTIONS": ""}
    database = load(env, "DATABASES")["DATABASES"]["default"]
    assert "options" not in database.get("OPTIONS", {})


def test_redis_cache():
    values = load({"REDIS_URL": "redis://cache.internal:6379/0"}, "CACHES")
    assert values["CACHES"]["default"]["BACKEND"] == "operations.cache.FailOpenRedisCache"
    assert values["CACHES"]["default"]["LOCATION"] == "redis://cache.internal:6379/0"


def test_s3_media():
    env = {
        "AWS_STORAGE_BUCKET_NAME": "coalition-media",
        "AWS_S3_ENDPOINT_URL": "https://s3.example.org",
        "AWS_S3_CUSTOM_DOMAIN": "media.example.org",
    }
    values = load(env, "STORAGES", "SERVE_MEDIA")
    media = values["STORAGES"]["default"]
    assert media["BACKEND"] == "storages.backends.s3.S3Storage"
    assert media["OPTIONS"]["bucket_name"] == "coalition-media"
    assert media["OPTIONS"]["endpoint_url"] == "https://s3.example.org"
    assert media["OPTIONS"]["custom_domain"] == "media.example.org"
    assert values["SERVE_MEDIA"] is False  # the bucket (or its CDN) serves media


def test_elasticsearch_or_opensearch():
    env = {"SEARCH_BACKEND": "opensearch2", "SEARCH_URL": "https://search.internal:9200"}
    backend = load(env, "WAGTAILSEARCH_BACKENDS")["WAGTAILSEARCH_BACKENDS"]["default"]
    assert backend["BACKEND"] == "wagtail.search.backends.opensearch2"
    assert backend["URLS"] == ["https://search.internal:9200"]


def test_cdn_purged_on_publish():
    env = {"CLOUDFLARE_ZONE_ID": "zone", "CLOUDFLARE_API_TOKEN": "token"}
    values = load(env, "WAGTAILFRONTENDCACHE", "PAGE_CACHE_CDN_MAX_AGE")
    cloudflare = values["WAGTAILFRONTENDCACHE"]["cloudflare"]
    assert cloudflare["BACKEND"].endswith("CloudflareBackend") and cloudflare["ZONEID"] == "zone"
    assert values["PAGE_CACHE_CDN_MAX_AGE"] == 300
    varnish = load({"FRONTEND_CACHE_PURGE_URL": "http://varnish:8080"}, "WAGTAILFRONTENDCACHE")
    assert varnish["WAGTAILFRONTENDCACHE"]["http"]["LOCATION"] == "http://varnish:8080"


def test_page_cache_can_be_switched_off():
    assert load({"PAGE_CACHE": "off"}, "PAGE_CACHE_ENABLED")["PAGE_CACHE_ENABLED"] is False
