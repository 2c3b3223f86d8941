"""Admin registrations for accounts: the two-factor pages, their link on the account page, and
the sign-in lockouts administrators can lift."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import lockouts, views


@hooks.register("register_admin_urls")
def two_factor_urls() -> list:
    return [
        path("two-factor/verify/", views.verify, name="accounts_two_factor_verify"),
        path("two-factor/setup/", views.setup, name="accounts_two_factor_setup"),
        path("two-factor/", views.manage, name="accounts_two_factor_manage"),
        path("lockouts/", lockouts.lockouts, name="accounts_lockouts"),
    ]


class LockoutsMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return lockouts.can_lift_lockouts(request.user)


@hooks.register("register_settings_menu_item")
def lockouts_menu_item() -> MenuItem:
    return LockoutsMenuItem(
        _("Sign-in lockouts"), reverse("accounts_lockouts"), icon_name="lock", order=610
    )


@hooks.register("register_account_menu_item")
def two_factor_account_item(request) -> dict:
    return {
        "url": reverse("accounts_two_factor_manage"),
        "label": _("Two-factor authentication"),
        "help_text": _("Set up an authenticator app, or get new backup codes."),
    }
