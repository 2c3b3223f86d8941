"""The demo's scheduled article: written now, published by `manage.py publish_scheduled` a few
days after the demo is loaded, in all three languages at once.

It is created and scheduled once. Loading again leaves it alone, whether it still waits or its
time has come, so the loader stays idempotent; the other articles' dates are fixed instead.
"""

import datetime
from collections import Counter

from django.utils import timezone

from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from base.scheduling import schedule_publication
from localisation.translate import translate_object
from news.models import ArticleTopic

from . import files
from .render import Refs, apply_fields
from .spec import TARGET_LANGUAGES
from .translate import paired_strings

DAYS_AHEAD = 3
PUBLICATION_HOUR = 9  # UTC: morning in Europe, midday in Baghdad
# content/scheduled/news/winter-shelter-returning-families.yaml
SCHEDULED_PAGE = "news/winter-shelter-returning-families"


def publication_time(now: datetime.datetime) -> datetime.datetime:
    """A morning a few days after `now`, on the hour, so the demo shows a pending schedule."""
    day = (now + datetime.timedelta(days=DAYS_AHEAD)).astimezone(datetime.UTC).date()
    return datetime.datetime.combine(day, datetime.time(PUBLICATION_HOUR), tzinfo=datetime.UTC)


def ensure_scheduled(refs: Refs, stats: Counter, now: datetime.datetime | None = None) -> None:
    """Create the English article as a draft scheduled a few days ahead, once. Built with the
    English tree: adding it later would change the news index after it was translated."""
    spec = files.page(SCHEDULED_PAGE, folder="scheduled")
    parent = refs.lookup("pages", spec.parent_key)
    existing = parent.get_children().filter(slug=spec.slug).first()
    if existing is not None:
        refs.pages[spec.key] = existing.specific
        return
    go_live_at = publication_time(now or timezone.now())
    page = spec.model(live=False)
    apply_fields(page, spec, "en", refs)
    page.date = go_live_at.date()
    page.topic_links = [ArticleTopic(topic=refs.lookup("topics", slug)) for slug in spec.topics]
    parent.add_child(instance=page)
    schedule_publication(page, go_live_at)
    refs.pages[spec.key] = page
    stats["scheduled pages created"] += 1


def translate_scheduled(refs: Refs, stats: Counter) -> None:
    """Translate the article into drafts scheduled for the English version's time, once."""
    spec = files.page(SCHEDULED_PAGE, folder="scheduled")
    page = refs.lookup("pages", spec.key)
    if page.live:  # its time has come and gone: nothing left to schedule
        return
    source, _created = TranslationSource.update_or_create_from_instance(page)
    for language in TARGET_LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        if page.get_translation_or_none(locale) is not None:
            continue
        variant = spec.model(slug=page.slug)
        apply_fields(variant, spec, language, refs, for_segments=True)
        pairs = paired_strings(source, variant, locale)
        draft = translate_object(page, locale, pairs.get, publish=False)
        schedule_publication(Page.objects.get(pk=draft.pk).specific, page.go_live_at)
        stats["scheduled translations created"] += 1
