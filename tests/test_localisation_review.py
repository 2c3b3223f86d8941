"""Translators submit a translated page for review; a moderator's approval publishes it."""

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation
from wagtail_localize.operations import translate_object as send_for_translation

import pytest

from accounts.roles import MODERATORS, ensure_roles
from localisation.review import target_translation
from localisation.translate import translate_object
from localisation.wagtail_hooks import submit_for_review_buttons

from .factories import NewsPageFactory

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-passphrase-1"


def same(text: str) -> str:
    return text


def user_in(group: str, username: str):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", PASSWORD)
    user.groups.add(ensure_roles()[group])
    return user


@pytest.fixture
def arabic_draft(home_page, news_index):
    """An English article sent for translation into Arabic from the admin, nothing translated."""
    arabic = Locale.objects.get(language_code="ar")
    translate_object(home_page, arabic, same)
    translate_object(news_index, arabic, same)
    article = NewsPageFactory(parent=news_index, title="Ministers meet")
    send_for_translation(article, [arabic])
    return article.get_translation(arabic)


@pytest.fixture
def translator(arabic_draft):
    return user_in("Arabic translators", "layla")


def refused(response) -> bool:
    """The admin answers a refused action with a redirect to its dashboard (or a 403)."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def translate_title(page: Page, text: str) -> None:
    translation = target_translation(page)
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    StringTranslation.objects.create(
        translation_of=segment.string, locale=page.locale, context=segment.context, data=text
    )


def test_a_page_sent_for_translation_stays_a_draft(arabic_draft):
    # The English article is live; its Arabic translation shows nothing until it is published.
    assert not arabic_draft.live


def test_translator_submits_and_a_moderator_approval_publishes(client, arabic_draft, translator):
    translate_title(arabic_draft, "اجتماع الوزراء")
    client.force_login(translator)
    url = reverse("localisation_submit_for_review", args=[arabic_draft.pk])
    assert client.get(url).status_code == 200

    response = client.post(url)
    assert response.status_code == 302
    page = Page.objects.get(pk=arabic_draft.pk)
    assert page.workflow_in_progress and not page.live
    assert page.get_latest_revision_as_object().title == "اجتماع الوزراء"

    moderator = user_in(MODERATORS, "musa")
    page.current_workflow_task_state.approve(user=moderator)
    page.refresh_from_db()
    assert page.live and page.title == "اجتماع الوزراء"


def test_submitting_twice_is_refused(client, arabic_draft, translator):
    client.force_login(translator)
    url = reverse("localisation_submit_for_review", args=[arabic_draft.pk])
    client.post(url)
    assert refused(client.post(url))


def test_only_translations_the_user_may_edit_can_be_submitted(client, arabic_draft, translator):
    client.force_login(translator)
    english = arabic_draft.get_translation(Locale.get_default())
    url = reverse("localisation_submit_for_review", args=[english.pk])
    assert refused(client.post(url))
    assert not Page.objects.get(pk=english.pk).workflow_in_progress


def test_the_action_is_offered_on_translations_only(arabic_draft, translator):
    english = arabic_draft.get_translation(Locale.get_default())
    assert [button.label for button in submit_for_review_buttons(arabic_draft, translator)] == [
        "Submit translation for review"
    ]
    assert list(submit_for_review_buttons(english, translator)) == []
