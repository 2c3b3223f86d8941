"""What several apps share: blocks, BasePage, topics, site settings, the page cache."""

from django.apps import AppConfig


class BaseConfig(AppConfig):
    name = "base"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import fragments, per_request, purge

        purge.connect()
        per_request.share_active_locale()
        fragments.share_site_lookup()
