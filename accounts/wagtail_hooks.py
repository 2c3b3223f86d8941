"""Admin registrations for accounts: the two-factor pages."""

from django.urls import path

from wagtail import hooks

from . import views


@hooks.register("register_admin_urls")
def two_factor_urls() -> list:
    return [
        path("two-factor/verify/", views.verify, name="accounts_two_factor_verify"),
        path("two-factor/setup/", views.setup, name="accounts_two_factor_setup"),
    ]
