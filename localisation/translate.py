"""Translating content in code through wagtail-localize, the way the translators' editor does:
source → strings → translation → publish. Used by the demo loader, imports and tests."""

from collections.abc import Callable

from django.db import models, transaction

from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


def submit_for_translation(instance: models.Model, locale: Locale) -> Translation:
    """Sync the source from the instance's current content and make sure a translation exists."""
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    return translation


def translate_strings(
    translation: Translation, translate: Callable[[str], str | None]
) -> tuple[int, int]:
    """Record a translation for each string that `translate` knows (None leaves it alone).

    Returns (translated, total) string counts.
    """
    segments = StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    )
    done = 0
    total = 0
    for segment in segments:
        total += 1
        text = translate(segment.string.data)
        if text is None:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
        done += 1
    return done, total


def translate_object(
    instance: models.Model,
    locale: Locale,
    translate: Callable[[str], str | None],
    *,
    publish: bool = True,
    fallback: bool = False,
):
    """Translate a page or snippet into `locale` and save (and publish) the result.

    A page's parent must already exist in `locale`. With `fallback`, strings `translate` does not
    know keep the source text instead of raising MissingTranslationError.
    """
    is_page = isinstance(instance, Page)
    with transaction.atomic():
        translation = submit_for_translation(instance, locale)
        translate_strings(translation, translate)
        # wagtail-localize publishes pages on commit, from a revision object that still holds
        # the tree counters of that moment: pages translated later in the same transaction
        # would vanish from their parent's children. Save a draft and publish it now instead.
        translated, _created = translation.source.create_or_update_translation(
            locale, publish=publish and not is_page, fallback=fallback
        )
        if is_page and publish:
            translated = Page.objects.get(pk=translated.pk).specific
            translated.get_latest_revision().publish()
            translated.refresh_from_db()
    return translated
