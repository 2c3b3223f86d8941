"""Faults: a database that goes away, errors and missing pages, in the visitor's language."""

import os
import secrets
import subprocess
import sys
from pathlib import Path
from unittest import mock

from django.core.cache import cache
from django.db import OperationalError, connection
from django.test import RequestFactory
from django.utils import translation

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from home.models import HomePage
from localisation.translate import translate_object
from operations.views import server_error

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent

BACK_SOON = {"en": "Back soon", "fr": "Bientôt de retour", "ar": "سنعود قريبًا"}


@pytest.fixture
def homes(home_page):
    found = {"en": home_page}
    for code in ("fr", "ar"):
        found[code] = translate_object(
            home_page, Locale.objects.get(language_code=code), lambda text: text
        )
    return found


def database_gone(execute, sql, params, many, context):
    raise OperationalError("server closed the connection unexpectedly")


def heading(response) -> str:
    return BeautifulSoup(response.content, "html.parser").h1.get_text(strip=True)


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_database_outage_gives_a_localised_503_then_recovers(client, homes, language):
    with connection.execute_wrapper(database_gone):
        response = client.get(f"/{language}/")
    assert response.status_code == 503
    assert heading(response) == BACK_SOON[language]
    html = BeautifulSoup(response.content, "html.parser").html
    assert html["lang"] == language
    assert html["dir"] == ("rtl" if language == "ar" else "ltr")
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    assert "Content-Security-Policy" in response
    # The database is back: the same page works again without a restart.
    assert client.get(f"/{language}/").status_code == 200


def test_outage_in_search_and_listings(client, homes, news_index):
    listing = news_index.url
    with connection.execute_wrapper(database_gone):
        assert client.get("/en/search/", {"q": "water"}).status_code == 503
        assert client.get(listing).status_code == 503
    assert client.get(listing).status_code == 200


def test_error_handler_turns_database_errors_from_anywhere_into_503(rf):
    """handler500 covers failures outside views too (middleware, session loading)."""
    request = rf.get("/fr/")
    with translation.override("fr"):
        try:
            raise OperationalError("database is locked")
        except OperationalError:
            response = server_error(request)
    assert response.status_code == 503
    assert heading(response) == BACK_SOON["fr"]


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "Something went wrong"), ("fr", "Une erreur s’est produite"), ("ar", "حدث خطأ ما")],
)
def test_server_error_page_is_localised(client, homes, language, expected):
    client.raise_request_exception = False
    with mock.patch.object(HomePage, "get_context", side_effect=RuntimeError("bug")):
        response = client.get(f"/{language}/")
    assert response.status_code == 500
    assert heading(response) == expected
    html = BeautifulSoup(response.content, "html.parser").html
    assert html["lang"] == language
    assert b"Traceback" not in response.content and b"bug" not in response.content


def test_server_error_page_needs_no_database():
    with connection.execute_wrapper(database_gone), translation.override("en"):
        try:
            raise RuntimeError("bug")
        except RuntimeError:
            response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "Page not found"), ("fr", "Page introuvable"), ("ar", "الصفحة غير موجودة")],
)
def test_not_found_page_is_localised(client, homes, language, expected):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    assert heading(response) == expected
    assert BeautifulSoup(response.content, "html.parser").html["lang"] == language


# --- /healthz -----------------------------------------------------------------------------------


def test_healthz_reports_ok(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok", "status": "ok"}
    assert "no-cache" in response["Cache-Control"]
    assert client.head("/healthz").status_code == 200
    assert client.post("/healthz").status_code == 405


def test_healthz_reports_a_database_outage(client, db):
    with connection.execute_wrapper(database_gone):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"database": "unavailable", "cache": "ok", "status": "unavailable"}


def test_healthz_reports_a_cache_outage_as_degraded_not_down(client, db):
    """The site still serves every page without its cache: a load balancer must keep it."""
    with mock.patch.object(cache, "set", side_effect=ConnectionError("redis is down")):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "degraded", "status": "degraded"}


def test_healthz_checks_a_real_table(client, db):
    """A database that answers but holds none of the site's tables is not a working site."""

    def no_tables(execute, sql, params, many, context):
        if "wagtailcore_site" in sql:
            raise OperationalError("no such table: wagtailcore_site")
        return execute(sql, params, many, context)

    with connection.execute_wrapper(no_tables):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


def test_error_pages_come_out_even_if_their_template_fails(rf):
    broken = mock.patch("operations.errors.render_to_string", side_effect=ValueError("no manifest"))
    with broken, translation.override("fr"):
        try:
            raise OperationalError("gone")
        except OperationalError:
            outage = server_error(rf.get("/fr/"))
        try:
            raise RuntimeError("bug")
        except RuntimeError:
            error = server_error(rf.get("/fr/"))
    assert outage.status_code == 503 and "Bientôt de retour" in outage.content.decode()
    assert error.status_code == 500 and b"Back soon" in error.content


# --- A missing SQLite file ----------------------------------------------------------------------


def run_production(script: str, database: Path) -> subprocess.CompletedProcess:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE", "REDIS_URL")
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="website.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="www.example.org",
        SECURE_SSL_REDIRECT="false",
        SQLITE_PATH=str(database),
    )
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_healthz_reports_a_missing_database_file_and_never_creates_one(tmp_path):
    """SQLite creates an empty file on connecting: the check must not, nor call it "ok"."""
    database = tmp_path / "moved-away.sqlite3"
    result = run_production(
        "import django; django.setup(); from django.test import Client; "
        "r = Client().get('/healthz', HTTP_HOST='www.example.org'); "
        "print(r.status_code, r.json()['database'])",
        database,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["503", "unavailable"]
    assert not database.exists()


def test_a_running_site_answers_a_missing_database_file_with_the_outage_page(tmp_path):
    """Once serving (website.wsgi), a missing file is an outage, never a new empty site."""
    database = tmp_path / "moved-away.sqlite3"
    result = run_production(
        "import website.wsgi; from django.test import Client; "
        "c = Client(raise_request_exception=False); "
        "print(*(c.get(url, HTTP_HOST='www.example.org').status_code "
        "for url in ('/en/', '/fr/search/?q=eau', '/healthz')))",
        database,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["503", "503", "503"]
    assert not database.exists()
