"""Actions that discard a translation are for administrators, after a confirmation.

wagtail-localize offers "Convert to alias page" (deletes the translation and shows the source
language on the public page at once, no moderation) and "Stop synced translation" (detaches the
page from the translator's strings) to anyone who may edit the page, translators included. Here
they need the right to delete the page, which administrators have: other editors of the page get
a 403 that says why, and nothing changes. The addresses are wagtail-localize's own, mounted first (wagtail_hooks.py), so
the translation editor's links and the page editor's menu reach these views.
"""

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation
from wagtail_localize.views import convert, edit_translation

CONFIRMED = "confirmed"


def can_discard_translation(page: Page, user: AbstractBaseUser) -> bool:
    """Discarding a translation loses its content, as deleting the page would."""
    return page.permissions_for_user(user).can_delete()


def translated_string_count(translation: Translation) -> int:
    return StringTranslation.objects.filter(
        context__object_id=translation.source.object_id, locale=translation.target_locale
    ).count()


def refused(request: HttpRequest, page: Page) -> HttpResponse:
    """A 403 that says why, in the admin (Wagtail's own refusal is a redirect to the dashboard)."""
    return TemplateResponse(
        request,
        "localisation/discard_refused.html",
        {"title": _("Only administrators can discard a translation"), "page": page},
        status=403,
    )


def confirmation(request: HttpRequest, page: Page, translation: Translation, action: str):
    return TemplateResponse(
        request,
        "localisation/confirm_discard.html",
        {
            "title": _("Convert to alias page")
            if action == "alias"
            else _("Stop synced translation"),
            "page": page,
            "action": action,
            "source_page": translation.source.get_source_instance(),
            "strings": translated_string_count(translation),
            "next": get_valid_next_url_from_request(request),
        },
    )


def convert_to_alias(request: HttpRequest, page_id: int) -> HttpResponse:
    page = get_object_or_404(Page, id=page_id, alias_of_id__isnull=True).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if not can_discard_translation(page, request.user):
        return refused(request, page)
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id
    ).first()
    if translation is None:
        raise Http404
    if request.method == "POST" and request.POST.get(CONFIRMED):
        return convert.convert_to_alias(request, page_id)
    return confirmation(request, page, translation, "alias")


@require_POST
def stop_translation(request: HttpRequest, translation_id: int) -> HttpResponse:
    translation = get_object_or_404(Translation, id=translation_id)
    page = translation.get_target_instance()
    if not isinstance(page, Page):  # snippets keep wagtail-localize's rules
        return edit_translation.stop_translation(request, translation_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if not can_discard_translation(page, request.user):
        return refused(request, page)
    if request.POST.get(CONFIRMED):
        return edit_translation.stop_translation(request, translation_id)
    return confirmation(request, page, translation, "stop")
