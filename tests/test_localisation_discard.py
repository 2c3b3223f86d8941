"""Translators cannot discard a translation; administrators can, after a confirmation that says
what is lost. The translation editor shows translators what waits for review, and two translators
saving the same string lose nothing."""

import json
import re
from html import unescape
from urllib.parse import urlencode

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

import pytest

from accounts.roles import ensure_roles
from accounts.two_factor import ADMINISTRATORS_GROUP
from localisation.translate import translate_object

from .factories import NewsPageFactory

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-passphrase-1"
FORM = "application/x-www-form-urlencoded"


def to_arabic(text: str) -> str:
    return f"ع: {text}"


def user_in(group: str, username: str):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", PASSWORD)
    user.groups.add(ensure_roles()[group])
    return user


@pytest.fixture
def arabic_page(home_page, news_index):
    arabic = Locale.objects.get(language_code="ar")
    for page in (home_page, news_index):
        translate_object(page, arabic, to_arabic)
    article = NewsPageFactory(parent=news_index, title="Ministers meet")
    return translate_object(article, arabic, to_arabic)


@pytest.fixture
def translator(arabic_page):
    client = Client()
    client.force_login(user_in("Arabic translators", "layla"))
    return client


@pytest.fixture
def administrator(arabic_page):
    client = Client()
    client.force_login(user_in(ADMINISTRATORS_GROUP, "amal"))
    return client


def translation_of(page: Page) -> Translation:
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale_id=page.locale_id
    )


def snapshot(client: Client, page: Page) -> tuple:
    page = Page.objects.get(pk=page.pk)
    translation = translation_of(page)
    return (
        page.alias_of_id,
        page.title,
        page.latest_revision_id,
        translation.enabled,
        StringTranslation.objects.filter(locale=page.locale).count(),
        Client().get(page.url).content,
    )


def convert_url(page: Page) -> str:
    return reverse("wagtail_localize:convert_to_alias", args=[page.pk])


def stop_url(page: Page) -> str:
    return reverse("wagtail_localize:stop_translation", args=[translation_of(page).pk])


@pytest.mark.parametrize("method", ["get", "post"])
def test_translator_cannot_convert_to_alias(translator, arabic_page, method):
    before = snapshot(translator, arabic_page)
    response = getattr(translator, method)(convert_url(arabic_page), {"confirmed": "1"})
    assert response.status_code == 403
    assert snapshot(translator, arabic_page) == before


def test_translator_cannot_stop_the_synced_translation(translator, arabic_page):
    before = snapshot(translator, arabic_page)
    response = translator.post(stop_url(arabic_page), {"confirmed": "1"})
    assert response.status_code == 403
    assert snapshot(translator, arabic_page) == before


def test_the_page_editor_menu_offers_convert_to_alias_to_administrators_only(
    translator, administrator, arabic_page
):
    # The menu item shows on the plain page editor, once the synced translation is stopped.
    Translation.objects.filter(pk=translation_of(arabic_page).pk).update(enabled=False)
    edit = reverse("wagtailadmin_pages:edit", args=[arabic_page.pk])
    assert "localize-convert-to-alias" not in translator.get(edit).content.decode()
    assert "localize-convert-to-alias" in administrator.get(edit).content.decode()
    # Posting the menu item anyway reaches the guarded address.
    response = translator.post(edit, {"localize-convert-to-alias": "1"}, follow=True)
    assert response.status_code == 403
    assert Page.objects.get(pk=arabic_page.pk).alias_of_id is None


def editor_props(client: Client, page: Page) -> dict:
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    found = re.search(r'class="js-translation-editor" data-props="([^"]*)"', html)
    return json.loads(unescape(found.group(1)))


def test_the_translation_editor_hides_discarding_actions_from_translators(
    translator, administrator, arabic_page
):
    links = editor_props(translator, arabic_page)["links"]
    assert links["convertToAliasUrl"] is None
    assert links["stopTranslationUrl"] == ""
    links = editor_props(administrator, arabic_page)["links"]
    assert links["convertToAliasUrl"] == convert_url(arabic_page)
    assert links["stopTranslationUrl"] == stop_url(arabic_page)


def test_administrator_is_asked_to_confirm_and_told_what_is_lost(administrator, arabic_page):
    before = snapshot(administrator, arabic_page)
    for response in (
        administrator.get(convert_url(arabic_page)),
        administrator.post(convert_url(arabic_page)),  # not confirmed
    ):
        assert response.status_code == 200
        text = response.content.decode()
        assert "The Arabic translation is deleted" in text
        assert "shows the English content at once, without review" in text
        assert re.search(r"\d+ translated strings? (is|are) no longer used", text)
    assert snapshot(administrator, arabic_page) == before

    response = administrator.post(stop_url(arabic_page))
    assert response.status_code == 200
    assert "The page stops following its source" in response.content.decode()
    assert snapshot(administrator, arabic_page) == before


def test_administrator_converts_to_alias_once_confirmed(administrator, arabic_page):
    response = administrator.post(convert_url(arabic_page), {"confirmed": "1"})
    assert response.status_code == 302
    page = Page.objects.get(pk=arabic_page.pk)
    assert page.alias_of_id is not None
    assert not Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id
    ).exists()


def test_administrator_stops_the_synced_translation_once_confirmed(administrator, arabic_page):
    response = administrator.post(stop_url(arabic_page), {"confirmed": "1"})
    assert response.status_code == 302
    assert not translation_of(arabic_page).enabled


# --- What waits for review ------------------------------------------------------------------


def review_panel(client: Client, page: Page) -> str:
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    found = re.search(r'<section[^>]*data-review-status="([a-z-]+)".*?</section>', html, re.S)
    assert found, "the translation editor shows the review status"
    return found.group(0)


def test_the_editor_says_what_a_moderator_will_publish(translator, arabic_page):
    panel = review_panel(translator, arabic_page)
    assert 'data-review-status="none"' in panel
    assert "Nothing is waiting for review" in panel

    translation = translation_of(arabic_page)
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    StringTranslation.objects.filter(
        translation_of=segment.string, locale=arabic_page.locale
    ).update(data="اجتماع الوزراء")
    StringTranslation.objects.get(translation_of=segment.string, locale=arabic_page.locale).save()
    assert "1 string saved since the last draft" in review_panel(translator, arabic_page)

    translator.post(reverse("localisation_submit_for_review", args=[arabic_page.pk]))
    page = Page.objects.get(pk=arabic_page.pk)
    revision = page.current_workflow_task_state.revision
    panel = review_panel(translator, page)
    assert 'data-review-status="in-review"' in panel
    assert "Waiting for review since" in panel
    assert "publishes the draft “اجتماع الوزراء”" in panel
    assert reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk]) in panel


# --- Two translators, one string ------------------------------------------------------------


def save_string(client: Client, page: Page, text: str):
    translation = translation_of(page)
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    return client.put(url, urlencode({"value": text}), content_type=FORM)


def test_two_translators_saving_one_string_lose_nothing(translator, arabic_page):
    colleague = Client()
    colleague.force_login(user_in("Arabic translators", "omar"))
    assert save_string(translator, arabic_page, "اجتماع الوزراء").status_code == 200
    assert save_string(colleague, arabic_page, "لقاء الوزراء").status_code == 200

    # The later save is the string; the earlier one is in the page's history, attributed.
    history = translator.get(reverse("wagtailadmin_pages:history", args=[arabic_page.pk]))
    text = unescape(history.content.decode())
    assert "Replaced layla's translation of “title”: “اجتماع الوزراء”" in text
    panel = review_panel(translator, arabic_page)
    assert "Another translator replaced 1 of your saved strings" in panel
    assert "Another translator replaced" not in review_panel(colleague, arabic_page)
    # Saving one's own text again is not a replacement.
    save_string(colleague, arabic_page, "لقاء الوزراء في روما")
    assert "replaced 1 of" in review_panel(translator, arabic_page)
