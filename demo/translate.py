"""Translating demo objects through wagtail-localize from the texts the demo data supplies.

The data gives each object in every language. To hand wagtail-localize its translations, the
loader builds an unsaved copy of the object in the target language (the "variant"), extracts its
segments the way wagtail-localize extracts the source's, and pairs them up position by position.
That pairing also works for rich text, whose paragraphs become separate segments.

The translation itself goes through `localisation.translate.translate_object`, the project's way
of translating in code; this module only decides whether anything needs doing, so that loading
the demo again writes nothing.
"""

from django.db.models import Model

from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    TranslationLog,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from localisation.translate import translate_object

from .render import DemoDataError


def string_segments(instance: Model) -> list[StringSegmentValue]:
    return [s for s in extract_segments(instance) if isinstance(s, StringSegmentValue)]


def paired_strings(source: TranslationSource, variant: Model, locale: Locale) -> dict[str, str]:
    """{source string: translated string} for every string of the source, from the variant."""
    where = f"{source.object_repr} ({locale.language_code})"
    originals = string_segments(source.as_instance())
    renderings = string_segments(variant)
    if [s.path for s in originals] != [s.path for s in renderings]:
        missing = {s.path for s in originals} ^ {s.path for s in renderings}
        raise DemoDataError(f"{where}: translations do not match the source at {sorted(missing)}")
    pairs = {}
    for original, rendering in zip(originals, renderings, strict=True):
        known = pairs.setdefault(original.string.data, rendering.string.data)
        # translate_object looks strings up by their text alone, whatever field they are in.
        if known != rendering.string.data:
            raise DemoDataError(f"{where}: {original.string.data!r} has two translations")
    return pairs


def strings_changed(source: TranslationSource, locale: Locale, pairs: dict[str, str]) -> bool:
    """Whether any string of the source lacks the wanted translation in `locale`."""
    segments = StringSegment.objects.filter(source=source).select_related("string")
    stored = {
        (row.translation_of_id, row.context_id): row.data
        for row in StringTranslation.objects.filter(
            locale=locale, translation_of__segments__source=source, has_error=False
        )
    }
    return any(
        stored.get((segment.string_id, segment.context_id)) != pairs[segment.string.data]
        for segment in segments
    )


def is_current(source: TranslationSource, locale: Locale) -> bool:
    """Whether the translation exists, is published and was made from the source as it is now."""
    target = source.object.get_instance_or_none(locale)
    if target is None:
        return False
    if isinstance(target, Page) and (not target.live or target.has_unpublished_changes):
        return False
    return TranslationLog.objects.filter(
        source=source, locale=locale, created_at__gte=source.last_updated_at
    ).exists()


def translate(instance: Model, locale: Locale, variant: Model) -> bool:
    """Create or update `instance`'s translation into `locale`; True if anything was written."""
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    pairs = paired_strings(source, variant, locale)
    if not strings_changed(source, locale, pairs) and is_current(source, locale):
        return False
    translate_object(instance, locale, pairs.get)
    return True
