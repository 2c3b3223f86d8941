"""Posts from X that editors curate for the home page's wall."""

from django.apps import AppConfig


class PostsConfig(AppConfig):
    name = "posts"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from base.purge import on_model_change

        from .models import Post

        # The wall is on every language's home page: a change drops the page cache.
        uid = "posts.purge"
        post_save.connect(on_model_change, sender=Post, dispatch_uid=f"{uid}.save")
        post_delete.connect(on_model_change, sender=Post, dispatch_uid=f"{uid}.delete")
