"""Public search: the view, its templates, language rules, analytics and the admin report."""

from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from wagtail.signals import page_published

        from .signals import reindex_published_page

        page_published.connect(reindex_published_page, dispatch_uid="search.reindex_published_page")
