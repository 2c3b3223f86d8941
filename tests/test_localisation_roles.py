"""Translator roles: each language's group edits only its own tree and never publishes."""

from django.contrib.auth import get_user_model

from wagtail.models import Locale

import pytest

from localisation.roles import ensure_translator_groups
from localisation.translate import translate_object

from .factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def same(text: str) -> str:
    return text


@pytest.fixture
def pages(home_page, news_index):
    article = NewsPageFactory(parent=news_index, title="Ministers meet")
    found = {"en": article}
    for code in ("ar", "fr"):
        locale = Locale.objects.get(language_code=code)
        translate_object(home_page, locale, same)
        translate_object(news_index, locale, same)
        found[code] = translate_object(article, locale, same)
    return found


@pytest.fixture
def arabic_translator(pages):
    groups = ensure_translator_groups()
    user = get_user_model().objects.create_user("layla", "layla@example.org", "a-long-passphrase-1")
    user.groups.add(groups["ar"])
    return user


def test_groups_are_created_idempotently(pages):
    first = ensure_translator_groups()
    second = ensure_translator_groups()
    assert {g.name for g in first.values()} == {"Arabic translators", "French translators"}
    assert [g.pk for g in first.values()] == [g.pk for g in second.values()]


def test_arabic_translator_permissions(pages, arabic_translator):
    arabic = pages["ar"].permissions_for_user(arabic_translator)
    assert arabic.can_edit()
    assert not arabic.can_publish()
    for code in ("en", "fr"):
        other = pages[code].permissions_for_user(arabic_translator)
        assert not other.can_edit() and not other.can_publish()


def test_arabic_translator_in_the_admin(client, pages, arabic_translator):
    client.force_login(arabic_translator)
    assert client.get(f"/admin/pages/{pages['ar'].pk}/edit/").status_code == 200
    for code in ("en", "fr"):
        response = client.get(f"/admin/pages/{pages[code].pk}/edit/")
        assert response.status_code in (302, 403)


def test_arabic_translator_cannot_publish_through_the_admin(client, pages, arabic_translator):
    arabic = pages["ar"]
    revisions_before = arabic.revisions.count()
    client.force_login(arabic_translator)
    published_at = arabic.last_published_at
    # The translation editor's publish action is refused (the admin redirects with a message).
    response = client.post(f"/admin/pages/{arabic.pk}/edit/", {"action": "publish"})
    assert response.status_code in (302, 403)
    assert response.status_code == 403 or response["Location"] == "/admin/"
    arabic.refresh_from_db()
    assert arabic.revisions.count() == revisions_before
    assert arabic.last_published_at == published_at
