"""Per page and locale: is the translation missing, out of date, a draft, or live?"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

MISSING = "missing"
OUT_OF_DATE = "out_of_date"
DRAFT = "draft"
LIVE = "live"
STATUS_LABELS = {
    MISSING: _("Missing"),
    OUT_OF_DATE: _("Out of date"),
    DRAFT: _("Draft"),
    LIVE: _("Live"),
}


@dataclass(frozen=True)
class TranslationCell:
    status: str
    page: Page | None

    @property
    def label(self) -> str:
        return STATUS_LABELS[self.status]


@dataclass(frozen=True)
class StatusRow:
    source: Page
    cells: list[TranslationCell]


def translation_status(source: Page, target: Page | None, synced_at) -> str:
    """The state of one translation, given when the source was last synced."""
    if target is None:
        return MISSING
    source_changed = bool(
        source.last_published_at and (synced_at is None or source.last_published_at > synced_at)
    )
    target_behind = bool(
        synced_at and (target.last_published_at is None or target.last_published_at < synced_at)
    )
    if source_changed or (target.live and target_behind):
        return OUT_OF_DATE
    if not target.live or target.has_unpublished_changes:
        return DRAFT
    return LIVE


def status_table(locales: list[Locale] | None = None) -> tuple[list[Locale], list[StatusRow]]:
    """Every page of the default locale with its translations' status; three queries in all."""
    default = Locale.get_default()
    locales = locales or list(Locale.objects.exclude(pk=default.pk).order_by("language_code"))
    sources = list(Page.objects.filter(locale=default, depth__gt=1).order_by("path"))
    keys = [page.translation_key for page in sources]
    targets = {
        (page.translation_key, page.locale_id): page
        for page in Page.objects.filter(translation_key__in=keys, locale__in=locales)
    }
    synced = dict(
        TranslationSource.objects.filter(object_id__in=keys, locale=default).values_list(
            "object_id", "last_updated_at"
        )
    )
    rows = []
    for source in sources:
        cells = []
        for locale in locales:
            target = targets.get((source.translation_key, locale.pk))
            status = translation_status(source, target, synced.get(source.translation_key))
            cells.append(TranslationCell(status, target))
        rows.append(StatusRow(source, cells))
    return locales, rows
