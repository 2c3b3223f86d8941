"""Members of the Coalition, the members page and partner profiles."""

from django.apps import AppConfig


class MembersConfig(AppConfig):
    name = "members"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from base.purge import on_model_change

        from .models import Member

        # Members show on the members page, partner profiles and every article naming them:
        # a change drops the whole page cache, as a topic's does.
        uid = "members.purge"
        post_save.connect(on_model_change, sender=Member, dispatch_uid=f"{uid}.save")
        post_delete.connect(on_model_change, sender=Member, dispatch_uid=f"{uid}.delete")
