"""Translators' tools: the translation status report and the per-language translator roles."""

from django.apps import AppConfig


class LocalisationConfig(AppConfig):
    name = "localisation"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import drafts, history

        drafts.install()
        history.connect()
