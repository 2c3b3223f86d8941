"""Registers the translation status report in the admin's Reports menu, the translators'
"Submit translation for review" action on translated pages, and the administrators-only guard
in front of wagtail-localize's actions that discard a translation."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.auth import require_admin_access
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button

from . import history
from .discard import can_discard_translation, convert_to_alias, stop_translation
from .publish_report import publish_translation
from .review import can_submit_for_review, submit_for_review_view, target_translation
from .views import translation_status_report


@hooks.register("register_admin_urls")
def register_status_url():
    return [
        path(
            "reports/translations/",
            require_admin_access(translation_status_report),
            name="translation_status",
        ),
        path(
            "translations/<int:page_id>/submit-for-review/",
            require_admin_access(submit_for_review_view),
            name="localisation_submit_for_review",
        ),
        # wagtail-localize's own addresses: this app's hooks run first, so these match first.
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            require_admin_access(convert_to_alias),
            name="localisation_convert_to_alias",
        ),
        path(
            "localize/translate/<int:translation_id>/disable/",
            require_admin_access(stop_translation),
            name="localisation_stop_translation",
        ),
    ]


def submit_for_review_buttons(page, user, view_name=None, next_url=None):
    # Most pages in a listing are not translations: that one query rules them out first.
    if target_translation(page) is not None and can_submit_for_review(page, user):
        yield Button(
            _("Submit translation for review"),
            reverse("localisation_submit_for_review", args=[page.pk]),
            icon_name="resubmit",
            priority=55,
        )


# Before wagtail-localize's own hook, which would otherwise answer the same request.
hooks.register("before_edit_page", publish_translation, order=-1)
hooks.register("register_page_listing_more_buttons", submit_for_review_buttons)
hooks.register("register_page_header_buttons", submit_for_review_buttons)


@hooks.register("register_reports_menu_item")
def register_status_menu_item() -> MenuItem:
    return MenuItem(
        _("Translation status"), reverse("translation_status"), icon_name="globe", order=900
    )


@hooks.register("construct_page_action_menu")
def hide_discarding_actions(menu_items: list, request, context: dict) -> None:
    page = context.get("page")
    if page is not None and page.pk and not can_discard_translation(page, request.user):
        menu_items[:] = [item for item in menu_items if item.name != "localize-convert-to-alias"]


hooks.register("register_log_actions", history.register_log_action)
