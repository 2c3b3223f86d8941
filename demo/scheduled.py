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
from news.models import ArticleTopic, NewsPage

from .articles import article
from .render import Refs, apply_fields
from .spec import T, paragraph
from .topics import STABILISATION
from .translate import paired_strings

DAYS_AHEAD = 3
PUBLICATION_HOUR = 9  # UTC: morning in Europe, midday in Baghdad

WINTER_SHELTER = article(
    NewsPage,
    "winter-shelter-returning-families",
    "abris-hiver-familles-retour",
    T(
        "Partners fund winter shelter for families returning home",
        "الشركاء يموّلون مأوى شتوياً للعائلات العائدة إلى ديارها",
        "Les partenaires financent l'abri d'hiver des familles qui rentrent chez elles",
    ),
    "2026-12-01",  # replaced by the publication date when the article is scheduled
    T(
        "Insulated shelters, stoves and blankets will reach families returning to liberated "
        "areas before the coldest weeks of the year.",
        "ستصل ملاجئ معزولة ومدافئ وبطانيات إلى العائلات العائدة إلى المناطق المحررة قبل أشد "
        "أسابيع السنة برداً.",
        "Des abris isolés, des poêles et des couvertures parviendront aux familles qui "
        "rentrent dans les zones libérées avant les semaines les plus froides de l'année.",
    ),
    [STABILISATION],
    "news-camps-returns",
    [
        paragraph(
            T(
                "Families who have left the camps often come home to houses without windows "
                "or heating. Coalition partners are funding insulated shelters, stoves and "
                "blankets, distributed by local councils with the United Nations.",
                "كثيراً ما تعود العائلات التي غادرت المخيمات إلى بيوت بلا نوافذ ولا تدفئة. "
                "ويموّل شركاء التحالف ملاجئ معزولة ومدافئ وبطانيات توزعها المجالس المحلية "
                "بالتعاون مع الأمم المتحدة.",
                "Les familles qui quittent les camps retrouvent souvent des maisons sans "
                "fenêtres ni chauffage. Les partenaires de la Coalition financent des abris "
                "isolés, des poêles et des couvertures, distribués par les conseils locaux avec "
                "les Nations unies.",
            ),
        ),
    ],
)


def publication_time(now: datetime.datetime) -> datetime.datetime:
    """A morning a few days after `now`, on the hour, so the demo shows a pending schedule."""
    day = (now + datetime.timedelta(days=DAYS_AHEAD)).astimezone(datetime.UTC).date()
    return datetime.datetime.combine(day, datetime.time(PUBLICATION_HOUR), tzinfo=datetime.UTC)


def ensure_scheduled(refs: Refs, stats: Counter, now: datetime.datetime | None = None) -> None:
    """Create the English article as a draft scheduled a few days ahead, once. Built with the
    English tree: adding it later would change the news index after it was translated."""
    spec = WINTER_SHELTER
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


def translate_scheduled(refs: Refs, stats: Counter, languages: tuple[str, ...]) -> None:
    """Translate the article into drafts scheduled for the English version's time, once."""
    spec = WINTER_SHELTER
    page = refs.lookup("pages", spec.key)
    if page.live:  # its time has come and gone: nothing left to schedule
        return
    source, _created = TranslationSource.update_or_create_from_instance(page)
    for language in languages:
        locale = Locale.objects.get(language_code=language)
        if page.get_translation_or_none(locale) is not None:
            continue
        variant = spec.model(slug=page.slug)
        apply_fields(variant, spec, language, refs, for_segments=True)
        pairs = paired_strings(source, variant, locale)
        draft = translate_object(page, locale, pairs.get, publish=False)
        schedule_publication(Page.objects.get(pk=draft.pk).specific, page.go_live_at)
        stats["scheduled translations created"] += 1
