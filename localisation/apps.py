"""Start-up: the draft-only save in front of wagtail-localize, and the translation history."""

from django.apps import AppConfig


class LocalisationConfig(AppConfig):
    name = "localisation"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import drafts, history

        drafts.install()
        history.connect()
