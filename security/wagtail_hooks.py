"""Admin registrations for security: the checked PO upload in front of wagtail-localize's."""

from django.urls import path

from wagtail import hooks

from .translation_files import upload_pofile


# Registered before wagtail-localize's hooks run (this app comes first in INSTALLED_APPS), so
# this pattern is matched first for the same address.
@hooks.register("register_admin_urls")
def checked_translation_upload() -> list:
    return [
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            upload_pofile,
            name="security_upload_pofile",
        )
    ]
