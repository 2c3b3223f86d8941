"""Registers the translation status report in the admin's Reports menu."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.auth import require_admin_access
from wagtail.admin.menu import MenuItem

from .views import translation_status_report


@hooks.register("register_admin_urls")
def register_status_url():
    return [
        path(
            "reports/translations/",
            require_admin_access(translation_status_report),
            name="translation_status",
        )
    ]


@hooks.register("register_reports_menu_item")
def register_status_menu_item() -> MenuItem:
    return MenuItem(
        _("Translation status"), reverse("translation_status"), icon_name="globe", order=900
    )
