"""Public search: the view, its templates, language rules, analytics and the admin report."""

from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from wagtail.contrib.search_promotions.models import SearchPromotion
        from wagtail.signals import page_published

        from base import page_cache
        from base.models import Topic

        from . import cache
        from .models import Synonym
        from .signals import (
            reindex_pages_of_renamed_topic,
            reindex_published_page,
            search_rules_changed,
        )

        page_published.connect(reindex_published_page, dispatch_uid="search.reindex_published_page")
        post_save.connect(
            reindex_pages_of_renamed_topic, sender=Topic, dispatch_uid="search.reindex_topic"
        )
        # Result pages replayed by the page cache's middleware still count as searches.
        page_cache.REPLAY_HOOKS[cache.REPLAY_HOOK] = cache.count_replayed
        for signal in (post_save, post_delete):
            for model in (Synonym, SearchPromotion):
                signal.connect(
                    search_rules_changed,
                    sender=model,
                    dispatch_uid=f"search.rules.{model.__name__}.{signal}",
                )
