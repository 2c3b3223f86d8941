"""Every error status has a page in the visitor's language, and none of them needs the database."""

from django.db import OperationalError, connection
from django.test import Client
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from operations.errors import ERROR_PAGES, error_response

pytestmark = pytest.mark.django_db

HEADINGS = {
    400: {"en": "Bad request", "fr": "Requête incorrecte", "ar": "طلب غير صالح"},
    403: {"en": "Access denied", "fr": "Accès refusé", "ar": "الوصول مرفوض"},
    404: {"en": "Page not found", "fr": "Page introuvable", "ar": "الصفحة غير موجودة"},
    405: {
        "en": "Not available this way",
        "fr": "Pas disponible de cette façon",
        "ar": "غير متاح بهذه الطريقة",
    },
    413: {"en": "Too much to send", "fr": "Envoi trop volumineux", "ar": "حجم الإرسال كبير جدًا"},
    429: {"en": "Too many attempts", "fr": "Trop de tentatives", "ar": "محاولات كثيرة جدًا"},
    500: {"en": "Something went wrong", "fr": "Une erreur s’est produite", "ar": "حدث خطأ ما"},
    503: {"en": "Back soon", "fr": "Bientôt de retour", "ar": "سنعود قريبًا"},
}
LANGUAGES = ["en", "fr", "ar"]


def page(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def assert_error_page(response, status: int, language: str) -> None:
    assert response.status_code == status
    soup = page(response)
    assert soup.h1.get_text(strip=True) == HEADINGS[status][language]
    assert soup.html["lang"] == language
    assert soup.html["dir"] == ("rtl" if language == "ar" else "ltr")
    assert "no-store" in response["Cache-Control"]


def in_language(language: str) -> dict:
    return {"HTTP_ACCEPT_LANGUAGE": language}


def database_gone(execute, sql, params, many, context):
    raise OperationalError("the database file is missing")


def test_every_status_has_a_page():
    assert set(ERROR_PAGES) == set(HEADINGS)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("status", sorted(HEADINGS))
def test_every_error_page_renders_without_the_database(status, language):
    with connection.execute_wrapper(database_gone), translation.override(language):
        response = error_response(status)
    assert_error_page(response, status, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_too_many_fields_get_a_localised_400_not_a_bare_one(client, settings, language):
    """Django's own answer is "Bad Request (400)" in English on a blank page."""
    fields = {f"field{number}": "x" for number in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1)}
    response = client.post("/consent/", fields, **in_language(language))
    assert_error_page(response, 400, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_too_much_data_gets_a_localised_413(client, settings, language):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = client.post(
        "/consent/", {"choice": "accepted", "padding": "x" * 2000}, **in_language(language)
    )
    assert_error_page(response, 413, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_wrong_method_gets_a_localised_405_that_says_what_is_allowed(client, language):
    response = client.get("/consent/", **in_language(language))
    assert_error_page(response, 405, language)
    assert response["Allow"] == "POST"


@pytest.mark.parametrize("language", LANGUAGES)
def test_expired_form_gets_a_localised_403(home_page, language):
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        "/admin/login/", {"username": "x", "password": "y"}, **in_language(language)
    )
    assert_error_page(response, 403, language)


def test_expired_form_page_says_what_to_do(home_page):
    response = Client(enforce_csrf_checks=True).post("/admin/login/", {"username": "x"})
    assert page(response).p.get_text(strip=True) == (
        "This form has expired or was sent from another site. Reload the page and try again."
    )


def test_bad_consent_choice_gets_the_400_page_in_the_pages_language(client, home_page):
    response = client.post("/consent/", {"choice": "maybe"}, **in_language("fr"))
    assert_error_page(response, 400, "fr")


def test_error_pages_are_never_stored_by_the_page_cache(client, home_page, settings):
    settings.PAGE_CACHE_ENABLED = True
    first = client.get("/fr/no-such-page/")
    second = client.get("/fr/no-such-page/")
    assert first.status_code == second.status_code == 404
    assert "X-Page-Cache" not in second
