"""No translator's saved text is lost when another translator replaces it.

wagtail-localize keeps one text per string: when two translators save the same string, the later
save wins and the earlier text is gone. Here every replacement or deletion of someone else's
text is written to the page's history (PageLogEntry), with the text it replaced, and the
translation editor tells the translator whose text was replaced (localisation/editor.py).
"""

from django.db.models.signals import pre_delete, pre_save
from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import LogFormatter
from wagtail.models import Page, PageLogEntry
from wagtail_localize.models import StringTranslation

REPLACED = "localisation.translation_replaced"


def target_page(translation: StringTranslation) -> Page | None:
    if translation.context_id is None:
        return None
    return Page.objects.filter(
        translation_key=translation.context.object_id, locale_id=translation.locale_id
    ).first()


def log_replaced(previous: StringTranslation, new_text: str | None, user) -> None:
    page = target_page(previous)
    if page is None:
        return
    PageLogEntry.objects.log_action(
        instance=page.specific,
        action=REPLACED,
        user=user,
        data={
            "context": previous.context.path,
            "previous": previous.data,
            "previous_by_id": previous.last_translated_by_id,
            "previous_by": previous.last_translated_by.get_username(),
            "text": new_text,
        },
    )


def replaces_someone_else(previous: StringTranslation, user_id: int | None) -> bool:
    return previous.last_translated_by_id is not None and previous.last_translated_by_id != user_id


def on_save(sender, instance: StringTranslation, raw: bool = False, **kwargs) -> None:
    if raw or instance.pk is None:
        return
    previous = StringTranslation.objects.filter(pk=instance.pk).select_related("context").first()
    if (
        previous is not None
        and previous.data != instance.data
        and replaces_someone_else(previous, instance.last_translated_by_id)
    ):
        log_replaced(previous, instance.data, instance.last_translated_by)


def on_delete(sender, instance: StringTranslation, **kwargs) -> None:
    # Deleting says nothing of who deletes: keep any attributed text.
    if instance.last_translated_by_id is not None:
        log_replaced(instance, None, None)


def connect() -> None:
    pre_save.connect(on_save, sender=StringTranslation, dispatch_uid="localisation.replaced")
    pre_delete.connect(on_delete, sender=StringTranslation, dispatch_uid="localisation.deleted")


def register_log_action(actions) -> None:
    @actions.register_action(REPLACED)
    class TranslationReplaced(LogFormatter):
        label = _("Replace a translator's text")

        def format_message(self, log_entry) -> str:
            data = log_entry.data
            values = {key: data.get(key) for key in ("context", "previous", "previous_by")}
            if data.get("text") is None:
                return (
                    _("Removed %(previous_by)s's translation of “%(context)s”: “%(previous)s”")
                    % values
                )
            return (
                _("Replaced %(previous_by)s's translation of “%(context)s”: “%(previous)s”")
                % values
            )


def replaced_since(page: Page, user, since) -> int:
    """How many of `user`'s saved texts on `page` someone else replaced after `since`."""
    entries = PageLogEntry.objects.filter(page=page, action=REPLACED, data__previous_by_id=user.pk)
    if since is not None:
        entries = entries.filter(timestamp__gt=since)
    return entries.count()
