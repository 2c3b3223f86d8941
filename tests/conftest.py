"""Shared fixtures: the site tree, locales, media in a temporary folder."""

from django.core.cache import cache
from django.utils import translation

from wagtail.models import Locale, Page, Site

import pytest

from home.models import HomePage

from .factories import CampaignIndexPageFactory, NewsIndexPageFactory


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Uploads and renditions go to a folder that disappears after the test."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def fresh_state():
    cache.clear()
    translation.activate("en")
    yield
    translation.activate("en")


def ensure_site_tree() -> HomePage:
    """The root, the three locales, the English home page and the default site.

    Migrations create them, but transactional (live server) tests flush the database.
    """
    for code in ("en", "ar", "fr"):
        Locale.objects.get_or_create(language_code=code)
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(title="Root", slug="root", locale=Locale.get_default())
    home = HomePage.objects.filter(locale__language_code="en").first()
    if home is None:
        home = root.add_child(instance=HomePage(title="Global Coalition", slug="home"))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "localhost",
            "port": 80,
            "root_page": home,
            "site_name": "Global Coalition",
        },
    )
    return home


@pytest.fixture
def home_page(db) -> HomePage:
    return ensure_site_tree()


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def campaign_index(home_page):
    return CampaignIndexPageFactory(parent=home_page)
