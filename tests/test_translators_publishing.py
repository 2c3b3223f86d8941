"""Publishing in the editor tells the truth: one Unpublish action, and a translation's "missing
translations" names exactly what is missing (never the slug the translator could not see)."""

import html
import re

from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils.html import strip_tags

from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation
from wagtail_localize.operations import translate_object as send_for_translation

import pytest

from localisation.review import target_translation
from localisation.translate import translate_object

from .factories import NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def test_the_editor_offers_unpublish_once(editor, news_index):
    page = NewsPageFactory(parent=news_index)
    html = editor.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    unpublish = reverse("wagtailadmin_pages:unpublish", args=[page.pk])
    assert len(re.findall(rf'href="{re.escape(unpublish)}[?"]', html)) == 1


@pytest.fixture
def french_draft(home_page, news_index):
    french = Locale.objects.get(language_code="fr")
    translate_object(home_page, french, str)
    translate_object(news_index, french, str)
    article = NewsPageFactory(
        parent=news_index,
        title="Ministers meet",
        summary="Partners met in Rome.",
        search_description="Ministers of the Coalition met in Rome.",
    )
    article.save_revision().publish()
    send_for_translation(article, [french])
    return article.get_translation(french)


def translate_all_but(page, *left_out: str) -> None:
    translation = target_translation(page)
    for segment in StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    ):
        if segment.context.path.split(".")[0] in left_out:
            continue
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=page.locale,
            context=segment.context,
            data=f"fr {segment.string.data}",
        )


def publish(client, page, on_commit) -> list[str]:
    # wagtail-localize publishes when the transaction commits.
    with on_commit(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"}
        )
    assert response.status_code == 302
    # Wagtail's admin messages are HTML.
    return [
        html.unescape(strip_tags(str(message))).strip().splitlines()[0]
        for message in get_messages(response.wsgi_request)
    ]


def test_an_untouched_slug_is_not_reported_missing_and_keeps_the_original(
    editor, french_draft, django_capture_on_commit_callbacks
):
    translate_all_but(french_draft, "slug")
    messages = publish(editor, french_draft, django_capture_on_commit_callbacks)
    assert messages == ["Published 'fr Ministers meet' in Français."]
    french_draft = Page.objects.get(pk=french_draft.pk)
    assert french_draft.live
    assert french_draft.slug == french_draft.get_translation(Locale.get_default()).slug


def test_a_slug_the_translator_gave_is_kept(
    editor, french_draft, django_capture_on_commit_callbacks
):
    translate_all_but(french_draft)
    publish(editor, french_draft, django_capture_on_commit_callbacks)
    french_draft.refresh_from_db()
    original = french_draft.get_translation(Locale.get_default())
    assert french_draft.slug == f"fr-{original.slug}"


def test_what_is_missing_is_named_with_its_tab(
    editor, french_draft, django_capture_on_commit_callbacks
):
    translate_all_but(french_draft, "slug", "summary", "search_description")
    messages = publish(editor, french_draft, django_capture_on_commit_callbacks)
    assert messages == [
        "Published “fr Ministers meet” in Français. Not translated yet, so shown in the original "
        "language: Meta description (Promote tab), Summary (Content tab)."
    ]
    assert not any("see below" in message for message in messages)
    page = Page.objects.get(pk=french_draft.pk)
    assert page.live
