"""Translators send a translated page to the moderators, as editors send theirs.

wagtail-localize's editor saves each string as the translator writes it and offers only
"Publish", which translators may not do. Submitting for review turns the translated strings into
a draft of the page (localisation/drafts.py: the live page is not touched) and starts the page's
moderation workflow; a moderator's approval publishes exactly that revision.
"""

from django.contrib import messages
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from wagtail.models import Page
from wagtail_localize.models import Translation

from .drafts import save_translation_draft


def target_translation(page: Page) -> Translation | None:
    """The wagtail-localize translation this page is the target of, if it is one."""
    return Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()


def can_submit_for_review(page: Page, user: AbstractBaseUser) -> bool:
    permissions = page.permissions_for_user(user)
    return (
        permissions.can_edit()
        and permissions.can_submit_for_moderation()
        and target_translation(page) is not None
    )


@transaction.atomic
def submit_for_review(page: Page, user: AbstractBaseUser) -> None:
    """Save the translated strings as a draft of `page` and start its moderation workflow."""
    save_translation_draft(target_translation(page), user=user)
    page = Page.objects.get(pk=page.pk).specific  # with the revision just saved
    page.get_workflow().start(page, user)


def submit_for_review_view(request: HttpRequest, page_id: int) -> HttpResponse:
    page = get_object_or_404(Page, pk=page_id).specific
    if not can_submit_for_review(page, request.user):
        raise PermissionDenied
    if request.method == "POST":
        submit_for_review(page, request.user)
        messages.success(
            request,
            _("The %(language)s translation of “%(title)s” was sent to the moderators.")
            % {"language": page.locale.get_display_name(), "title": page.get_admin_display_title()},
        )
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return TemplateResponse(
        request,
        "localisation/submit_for_review.html",
        {"page": page, "title": _("Submit translation for review")},
    )
