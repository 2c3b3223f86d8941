"""The interface speaks the visitor's language, and the catalogues stay complete.

The rendered pages are checked against the actual Arabic and French strings, so a lost or
broken catalogue shows as a failure rather than as English on /ar/ and /fr/. The catalogue
tests fail on any msgid without a checked translation, and, where GNU gettext is installed,
on any interface string in the code that the catalogues do not have yet.
"""

import re
import shutil
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.signals import setting_changed
from django.test import override_settings
from django.utils import translation

from wagtail.models import Locale

import polib
import pytest
from bs4 import BeautifulSoup

from localisation.translate import translate_object

from .factories import NewsPageFactory

NBSP = "\u00a0"
PLURAL_FORMS = {"ar": 6, "fr": 2}
# Every catalogue of the two languages under LOCALE_PATHS; the site's own comes first.
CATALOGUES = [
    path
    for locale_path in settings.LOCALE_PATHS
    for language in PLURAL_FORMS
    if (path := Path(locale_path) / language / "LC_MESSAGES" / "django.po").exists()
]
# The same options as the documented makemessages command.
MAKEMESSAGES_IGNORE = [".venv", "tests", "staticfiles", "media"]
SOURCE_SUFFIXES = {".py", ".html", ".txt"}  # what makemessages reads by default
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")
# A plural form may spell its number out ("مقالان", two articles) instead of showing it.
COUNT_NAMES = {"counter", "count"}

# What each language shows for the same interface string.
EXPECTED = {
    "en": {
        "skip": "Skip to content",
        "search_button": "Search",
        "search_label": "Search the site",
        "latest_news": "Latest news",
        "accept": "Accept",
        "reject": "Reject",
        "cookies_title": "Cookies on this site",
        "site_name": "Global Coalition",
        "kind": "Kind",
        "all_kinds": "All kinds",
        "filter": "Filter",
        "no_articles": "0 articles",
        "search_heading": "Search",
        "search_field": "Search news, readouts, campaigns and videos",
        "not_found": "Page not found",
        "not_found_text": "The page you asked for does not exist or has moved.",
    },
    "ar": {
        "skip": "الانتقال إلى المحتوى",
        "search_button": "بحث",
        "search_label": "البحث في الموقع",
        "latest_news": "آخر الأخبار",
        "accept": "قبول",
        "reject": "رفض",
        "cookies_title": "ملفات تعريف الارتباط على هذا الموقع",
        "site_name": "التحالف الدولي",
        "kind": "النوع",
        "all_kinds": "جميع الأنواع",
        "filter": "تصفية",
        "no_articles": "لا توجد مقالات",
        "search_heading": "بحث",
        "search_field": "ابحث في الأخبار وملخصات الاجتماعات والحملات ومقاطع الفيديو",
        "not_found": "الصفحة غير موجودة",
        "not_found_text": "الصفحة التي طلبتها غير موجودة أو نُقلت إلى عنوان آخر.",
    },
    "fr": {
        "skip": "Aller au contenu",
        "search_button": "Rechercher",
        "search_label": "Rechercher sur le site",
        "latest_news": "Dernières actualités",
        "accept": "Accepter",
        "reject": "Refuser",
        "cookies_title": "Les cookies sur ce site",
        "site_name": "Coalition mondiale",
        "kind": "Type",
        "all_kinds": "Tous les types",
        "filter": "Filtrer",
        "no_articles": "0 article",
        "search_heading": "Rechercher",
        "search_field": "Rechercher dans les actualités, les comptes rendus, les campagnes et les vidéos",
        "not_found": "Page introuvable",
        "not_found_text": "La page demandée n’existe pas ou a été déplacée.",
    },
}
LANGUAGES = list(EXPECTED)


def reset_translation_caches() -> None:
    """Forget loaded catalogues, through Django's own handler for a LOCALE_PATHS change."""
    setting_changed.send(
        sender=settings._wrapped.__class__,
        setting="LOCALE_PATHS",
        value=settings.LOCALE_PATHS,
        enter=False,
    )


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues():
    """The .mo files are not in the repository: compile them once, as setup does."""
    call_command("compile_catalogues", verbosity=0)
    # Tests run earlier in the session may have loaded the catalogues before they existed.
    reset_translation_caches()


def text(node) -> str:
    return node.get_text(" ", strip=True)


def get_soup(client, url: str, status: int = 200) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == status, url
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def trilingual(home_page, news_index):
    """Home page and news index in the three languages, with one article in each."""
    article = NewsPageFactory(parent=news_index, title="Ministers meet")
    for code in ("ar", "fr"):
        locale = Locale.objects.get(language_code=code)
        for page in (home_page, news_index, article):
            translate_object(page, locale, lambda source: source)
    return home_page


@pytest.fixture
def empty_news_index(home_page, news_index):
    for code in ("ar", "fr"):
        translate_object(home_page, Locale.objects.get(language_code=code), lambda source: source)
        translate_object(news_index, Locale.objects.get(language_code=code), lambda source: source)
    return news_index


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_chrome_is_in_the_visitors_language(client, trilingual, language):
    expected = EXPECTED[language]
    soup = get_soup(client, f"/{language}/")
    assert text(soup.select_one("a.skip-link")) == expected["skip"]
    assert text(soup.select_one(".site-search button[type=submit]")) == expected["search_button"]
    assert text(soup.select_one(".site-search label")) == expected["search_label"]
    assert soup.select_one(".site-search input")["placeholder"] == expected["search_button"]
    assert text(soup.select_one(".site-logo__name")) == expected["site_name"]
    assert soup.title.get_text().endswith(f" · {expected['site_name']}")
    assert text(soup.select_one("#latest-news-title")) == expected["latest_news"]
    assert text(soup.select_one("#cookie-banner-title")) == expected["cookies_title"]
    choices = {
        button["value"]: text(button) for button in soup.select("[data-cookie-banner] button")
    }
    assert choices == {"accepted": expected["accept"], "rejected": expected["reject"]}


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_news_index_filters_and_count_are_in_the_visitors_language(
    client, empty_news_index, language
):
    expected = EXPECTED[language]
    soup = get_soup(client, f"/{language}/{empty_news_index.slug}/")
    assert text(soup.select_one("label[for=filter-kind]")) == expected["kind"]
    assert text(soup.select_one("#filter-kind option[value='']")) == expected["all_kinds"]
    assert text(soup.select_one(".filters button[type=submit]")) == expected["filter"]
    # No articles: Arabic has a plural form of its own for zero.
    assert text(soup.select_one(".index__count")) == expected["no_articles"]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_search_page_is_in_the_visitors_language(client, home_page, language):
    expected = EXPECTED[language]
    soup = get_soup(client, f"/{language}/search/")
    assert text(soup.select_one("main h1")) == expected["search_heading"]
    assert text(soup.select_one("label[for=search-q]")) == expected["search_field"]
    assert text(soup.select_one(".search-form button[type=submit]")) == expected["search_button"]
    assert soup.html["lang"] == language


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_not_found_page_is_in_the_visitors_language(client, home_page, language):
    expected = EXPECTED[language]
    soup = get_soup(client, f"/{language}/no-such-page/", status=404)
    assert text(soup.select_one("main h1")) == expected["not_found"]
    assert expected["not_found_text"] in text(soup.select_one("main"))
    assert soup.title.get_text().startswith(expected["not_found"])


@pytest.mark.parametrize(
    "count, arabic",
    [
        (0, "لا توجد مقالات"),
        (1, "مقال واحد"),
        (2, "مقالان"),
        (3, "3 مقالات"),
        (10, "10 مقالات"),
        (11, "11 مقالًا"),
        (99, "99 مقالًا"),
        (100, "100 مقال"),
        (102, "102 مقال"),
        (103, "103 مقالات"),
    ],
)
def test_arabic_uses_all_six_plural_forms(count, arabic):
    with translation.override("ar"):
        message = translation.ngettext("%(counter)s article", "%(counter)s articles", count)
    assert message % {"counter": count} == arabic


@pytest.mark.parametrize("count, french", [(0, "0 article"), (1, "1 article"), (2, "2 articles")])
def test_french_treats_zero_as_singular(count, french):
    with translation.override("fr"):
        message = translation.ngettext("%(counter)s article", "%(counter)s articles", count)
    assert message % {"counter": count} == french


def test_french_punctuation_uses_a_no_break_space():
    with translation.override("fr"):
        assert translation.gettext("Search: %(q)s") == f"Recherche{NBSP}: %(q)s"


def placeholders(message: str) -> set[str]:
    return set(PLACEHOLDER.findall(message))


def catalogue_id(path: Path) -> str:
    return str(path.relative_to(settings.BASE_DIR))


def language_of(path: Path) -> str:
    return path.parts[-3]


def test_the_site_has_an_arabic_and_a_french_catalogue():
    site_locale = Path(settings.LOCALE_PATHS[0])
    assert set(CATALOGUES) >= {
        site_locale / language / "LC_MESSAGES" / "django.po" for language in PLURAL_FORMS
    }


@pytest.mark.parametrize("path", CATALOGUES, ids=catalogue_id)
def test_catalogue_header(path):
    language = language_of(path)
    catalogue = polib.pofile(str(path))
    assert not catalogue.metadata_is_fuzzy
    assert catalogue.metadata["Language"] == language
    assert catalogue.metadata["Content-Type"] == "text/plain; charset=UTF-8"
    assert catalogue.metadata["Plural-Forms"].startswith(
        f"nplurals={PLURAL_FORMS[language]}; plural="
    )
    assert "@" not in catalogue.metadata.get("Last-Translator", "")


@pytest.mark.parametrize("path", CATALOGUES, ids=catalogue_id)
def test_every_msgid_has_a_checked_translation(path):
    plural_forms = list(range(PLURAL_FORMS[language_of(path)]))
    problems = []
    for entry in polib.pofile(str(path)):
        if entry.obsolete:
            continue
        label = (
            f"{entry.msgid!r} ({', '.join(f'{path}:{line}' for path, line in entry.occurrences)})"
        )
        if entry.fuzzy:
            problems.append(f"{label}: marked fuzzy")
        if entry.msgid_plural:
            forms = entry.msgstr_plural
            if sorted(forms) != plural_forms:
                problems.append(f"{label}: has plural forms {sorted(forms)}")
            required = placeholders(entry.msgid_plural) - COUNT_NAMES
            allowed = placeholders(entry.msgid) | placeholders(entry.msgid_plural)
            for index, form in forms.items():
                if not form.strip():
                    problems.append(f"{label}: plural form {index} is empty")
                elif not required <= placeholders(form) <= allowed:
                    problems.append(f"{label}: plural form {index} has the wrong placeholders")
        elif not entry.msgstr.strip():
            problems.append(f"{label}: not translated")
        elif placeholders(entry.msgstr) != placeholders(entry.msgid):
            problems.append(f"{label}: placeholders differ")
    assert not problems, "\n".join(problems)


def copy_sources(destination: Path) -> None:
    """The files makemessages reads, without the catalogues, so the run cannot touch them."""
    skipped_dirs = {*MAKEMESSAGES_IGNORE, "locale", ".git", "node_modules", "__pycache__"}

    def ignore(directory: str, names: list[str]) -> set[str]:
        return {
            name
            for name in names
            if name in skipped_dirs
            or (not Path(directory, name).is_dir() and Path(name).suffix not in SOURCE_SUFFIXES)
        }

    shutil.copytree(settings.BASE_DIR, destination, ignore=ignore)


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="needs GNU gettext")
def test_catalogues_have_every_string_in_the_code(tmp_path, monkeypatch):
    """Extract the strings afresh, as makemessages would, and compare with the catalogues."""
    copy_sources(tmp_path / "src")
    monkeypatch.chdir(tmp_path / "src")
    with override_settings(LOCALE_PATHS=[tmp_path / "locale"]):
        call_command("makemessages", locale=["fr"], verbosity=0)
    in_code = {
        entry.msgid for entry in polib.pofile(str(tmp_path / "locale/fr/LC_MESSAGES/django.po"))
    }
    for language in PLURAL_FORMS:
        catalogued = {
            entry.msgid
            for path in CATALOGUES
            if language_of(path) == language
            for entry in polib.pofile(str(path))
            if not entry.obsolete
        }
        new = sorted(in_code - catalogued)
        assert not new, (
            f"Strings missing from the {language} catalogue: {new}. Run `python manage.py "
            f"makemessages -l ar -l fr {' '.join(f'--ignore={p}' for p in MAKEMESSAGES_IGNORE)} "
            f"--no-obsolete` and translate them."
        )
