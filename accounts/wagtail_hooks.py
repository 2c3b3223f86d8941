"""Admin registrations for accounts: the two-factor pages and their link on the account page."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from . import views


@hooks.register("register_admin_urls")
def two_factor_urls() -> list:
    return [
        path("two-factor/verify/", views.verify, name="accounts_two_factor_verify"),
        path("two-factor/setup/", views.setup, name="accounts_two_factor_setup"),
        path("two-factor/", views.manage, name="accounts_two_factor_manage"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request) -> dict:
    return {
        "url": reverse("accounts_two_factor_manage"),
        "label": _("Two-factor authentication"),
        "help_text": _("Set up an authenticator app, or get new backup codes."),
    }
