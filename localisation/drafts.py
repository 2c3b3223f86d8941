"""Saving a translation as a draft: a new revision for the moderators, never the live page.

wagtail-localize 1.14.5 saves a translated page with ``translation.save()`` before
``save_revision()`` even when asked for a draft (``publish=False``), so the draft's content is
written to the live page row and shows on the public site at once, unreviewed:
https://github.com/wagtail/wagtail-localize/blob/v1.14.5/wagtail_localize/models.py#L789-L803

Every draft save of a translated page, from our code or from wagtail-localize's own views
(``Translation.save_target(publish=False)``, "Translate this page" on a draft source), goes
through ``save_draft``: wagtail-localize builds the revision as usual, and the live row gets its
published content back in the same transaction, so no reader ever sees the draft there. ``install``
puts it in front of wagtail-localize's method once, at start-up (localisation/apps.py).

tests/test_localisation_drafts.py fails when an upgrade changes the upstream behaviour (fixed, or
moved): then check whether this module is still needed. Keep wagtail-localize pinned.
"""

from django.core import checks
from django.db import transaction

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

CHECKED_VERSION = "1.14.5"
_upstream_create_or_update = TranslationSource.create_or_update_translation


def live_translated_page(source: TranslationSource, locale: Locale) -> Page | None:
    """The live page that a draft of `source` in `locale` would otherwise overwrite."""
    return Page.objects.filter(translation_key=source.object_id, locale=locale, live=True).first()


def save_draft(
    source: TranslationSource,
    locale: Locale,
    *,
    user=None,
    copy_parent_pages: bool = False,
    fallback: bool = False,
):
    """Save the translation of `source` into `locale` as a new draft revision.

    Returns wagtail-localize's (instance, created). A live page keeps the content it was
    published with, byte for byte, until a moderator publishes the new revision.
    """
    with transaction.atomic():
        live = live_translated_page(source, locale)
        published_content = live.specific.serializable_data() if live else None
        translated, created = _upstream_create_or_update(
            source,
            locale,
            user=user,
            publish=False,
            copy_parent_pages=copy_parent_pages,
            fallback=fallback,
        )
        if published_content is not None:
            restore_published_content(live.pk, published_content)
    return translated, created


def save_translation_draft(translation: Translation, user=None):
    """`Translation.save_target(publish=False)`, explicitly through `save_draft`."""
    return save_draft(
        translation.source,
        translation.target_locale,
        user=user,
        copy_parent_pages=True,
        fallback=True,
    )


def restore_published_content(page_id: int, content: dict) -> None:
    """Write `content` back to the page row, keeping the new draft as its latest revision."""
    current = Page.objects.get(pk=page_id).specific
    restored = current.with_content_json(content)
    restored.save(clean=False)


def create_or_update_translation(
    self: TranslationSource,
    locale: Locale,
    user=None,
    publish: bool = True,
    copy_parent_pages: bool = False,
    fallback: bool = False,
):
    """wagtail-localize's method with the same signature; drafts go through `save_draft`."""
    if publish or not issubclass(self.specific_content_type.model_class(), Page):
        return _upstream_create_or_update(
            self,
            locale,
            user=user,
            publish=publish,
            copy_parent_pages=copy_parent_pages,
            fallback=fallback,
        )
    return save_draft(
        self, locale, user=user, copy_parent_pages=copy_parent_pages, fallback=fallback
    )


def install() -> None:
    TranslationSource.create_or_update_translation = create_or_update_translation


@checks.register()
def check_wagtail_localize_version(app_configs=None, **kwargs) -> list:
    from importlib.metadata import version

    installed = version("wagtail-localize")
    if installed == CHECKED_VERSION:
        return []
    return [
        checks.Warning(
            f"localisation.drafts was checked against wagtail-localize {CHECKED_VERSION}, "
            f"{installed} is installed.",
            hint="Run tests/test_localisation_drafts.py and read the module's docstring.",
            id="localisation.W001",
        )
    ]
