"""What visitors see of the three languages: redirects, switcher, hreflang, direction."""

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from localisation.translate import translate_object

from .factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def same(text: str) -> str:
    return text


@pytest.fixture
def trilingual(home_page, news_index):
    """Home and news index in all three languages; one article in English and Arabic only."""
    article = NewsPageFactory(parent=news_index, title="Ministers meet")
    for code in ("ar", "fr"):
        locale = Locale.objects.get(language_code=code)
        translate_object(home_page, locale, same)
        translate_object(news_index, locale, same)
    translate_object(article, Locale.objects.get(language_code="ar"), lambda t: f"ar {t}")
    return article


@pytest.mark.parametrize(
    "header, target",
    [
        ("ar,en;q=0.5", "/ar/"),
        ("fr-CA,fr;q=0.9", "/fr/"),
        ("de-DE", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_to_preferred_language(client, home_page, header, target):
    response = client.get("/", headers={"Accept-Language": header} if header else {})
    assert response.status_code == 302 and response["Location"] == target


def test_arabic_is_right_to_left(client, trilingual):
    soup = BeautifulSoup(client.get("/ar/").content, "html.parser")
    assert (soup.html["lang"], soup.html["dir"]) == ("ar", "rtl")
    soup = BeautifulSoup(client.get("/fr/").content, "html.parser")
    assert (soup.html["lang"], soup.html["dir"]) == ("fr", "ltr")


def test_hreflang_alternates_and_canonical(client, trilingual, news_index):
    soup = BeautifulSoup(client.get("/fr/news/").content, "html.parser")
    links = {
        link["hreflang"]: link["href"] for link in soup.select('link[rel="alternate"][hreflang]')
    }
    assert links == {
        "en": "http://testserver/en/news/",
        "ar": "http://testserver/ar/news/",
        "fr": "http://testserver/fr/news/",
        "x-default": "http://testserver/en/news/",
    }
    assert soup.select_one('link[rel="canonical"]')["href"] == "http://testserver/fr/news/"


def test_untranslated_page_lists_only_live_translations(client, trilingual):
    soup = BeautifulSoup(client.get(trilingual.url).content, "html.parser")
    assert {link["hreflang"] for link in soup.select('link[rel="alternate"][hreflang]')} == {
        "en",
        "ar",
        "x-default",
    }


def test_switcher_links_to_translation_or_says_it_is_missing(client, trilingual):
    soup = BeautifulSoup(client.get(trilingual.url).content, "html.parser")
    switcher = {a["hreflang"]: a for a in soup.select(".language-switcher a")}
    arabic = trilingual.get_translation(Locale.objects.get(language_code="ar"))
    assert switcher["ar"]["href"] == arabic.url
    french = switcher["fr"]
    assert french["href"] == "/fr/news/"  # the nearest translated ancestor, never English
    assert "pas encore traduite" in french.get_text() or "not translated" in french.get_text()
    assert soup.select_one(".language-switcher [aria-current]").get_text(strip=True) == "English"
