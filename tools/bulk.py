"""Creating thousands of articles quickly for scale tests: tree paths computed up front, rows
inserted in bulk table by table, then the search index updated in batches.

Saving pages one by one costs a tree lock, a revision, signals and an index update per page
(about 25 pages a second); inserting rows directly makes 20 000 articles a matter of minutes.
The articles come in translation groups: one story in English, Arabic and French sharing a
translation key, with each language's own text, topics, dates and listing images.
"""

import datetime
import random
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from wagtail.images import get_image_model
from wagtail.models import Page

from base.models import Topic
from base.search_index import index_in_bulk
from news.models import (
    ArticlePage,
    ArticleTopic,
    NewsIndexPage,
    NewsPage,
    ReadoutPage,
    VideoFeaturePage,
)

from . import bulk_text as text

KINDS = ((NewsPage, 5), (ReadoutPage, 3), (VideoFeaturePage, 2))  # kind and its weight
LANGUAGES = ("en", "ar", "fr")
INSERT_CHUNK = 250  # rows per INSERT: well inside SQLite's limit on query parameters

Progress = Callable[[int], None]


@dataclass
class Section:
    """One language's news index, where that language's articles go."""

    language: str
    index: NewsIndexPage
    topics: list = field(default_factory=list)
    next_step: int = 1


def children(page: Page):
    # By path, not get_children(): treebeard answers that from numchild, which bulk rows skip.
    return Page.objects.filter(path__startswith=page.path, depth=page.depth + 1)


def sections() -> list[Section]:
    found = []
    for language in LANGUAGES:
        index = NewsIndexPage.objects.filter(locale__language_code=language).first()
        if index is None:
            continue
        last = children(index).order_by("-path").first()
        step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
        topics = list(Topic.objects.filter(locale=index.locale))
        found.append(Section(language, index, topics, step))
    return found


@dataclass
class Story:
    """What the translations of one generated article share."""

    number: int
    model: type
    date: datetime.date
    subject: int
    place: int
    topic_keys: list
    image_id: int | None
    translation_key: uuid.UUID = field(default_factory=uuid.uuid4)


def stories(count: int, rng: random.Random, topic_keys: list, image_ids: list) -> Iterator[Story]:
    models, weights = zip(*KINDS, strict=True)
    today = timezone.localdate()
    for number in range(count):
        yield Story(
            number=number,
            model=rng.choices(models, weights)[0],
            date=today - datetime.timedelta(days=rng.randrange(3650)),
            subject=rng.randrange(len(text.SUBJECTS["en"])),
            place=rng.randrange(len(text.PLACES["en"])),
            topic_keys=rng.sample(topic_keys, min(len(topic_keys), rng.randint(1, 2))),
            image_id=rng.choice(image_ids) if image_ids and rng.random() < 0.8 else None,
        )


def fill(template: str, language: str, story: Story) -> str:
    return template.format(
        subject=text.SUBJECTS[language][story.subject], place=text.PLACES[language][story.place]
    )


def body(language: str, story: Story, rng: random.Random) -> list:
    sentences = [fill(s, language, story) for s in rng.sample(text.SENTENCES[language], 6)]
    heading = rng.choice(text.HEADINGS[language])
    return [
        {
            "type": "paragraph",
            "value": f"<p>{' '.join(sentences[:3])}</p>",
            "id": str(uuid.uuid4()),
        },
        {"type": "heading", "value": {"text": heading, "level": "h2"}, "id": str(uuid.uuid4())},
        {
            "type": "paragraph",
            "value": f"<p>{' '.join(sentences[3:])}</p>",
            "id": str(uuid.uuid4()),
        },
    ]


def kind_fields(language: str, story: Story, rng: random.Random) -> dict:
    if story.model is ReadoutPage:
        governments = rng.sample(text.GOVERNMENTS[language], 3)
        return {
            "document_type": rng.choice(["readout", "statement", "communique"]),
            "meeting_name": text.MEETINGS[language],
            "meeting_date": story.date,
            "meeting_format": "virtual",
            "chairs": text.CHAIRS[language],
            "issuing_governments": "\n".join(governments),
        }
    if story.model is VideoFeaturePage:
        speaker, role = text.SPEAKERS[story.number % len(text.SPEAKERS)]
        title = fill(text.TITLES[language][0], language, story)
        video = {"url": rng.choice(text.VIDEO_URLS), "title": title, "duration": "1:05"}
        video["transcript"] = fill(text.SENTENCES[language][0], language, story)
        return {
            "speaker_name": speaker,
            "speaker_role": role,
            "video": [{"type": "video", "value": video, "id": str(uuid.uuid4())}],
        }
    return {}


def build(section: Section, story: Story, content_types: dict, rng: random.Random):
    """The page row and the article object for one language of one story."""
    language = section.language
    title = fill(text.TITLES[language][story.number % len(text.TITLES[language])], language, story)
    # Arabic addresses keep an ASCII slug, as the demo's do: slugify drops Arabic letters.
    slug = f"{slugify(fill(text.TITLES['en'][0], 'en', story))[:50]}-{story.number}"
    path = Page._get_path(section.index.path, section.index.depth + 1, section.next_step)
    section.next_step += 1
    published = timezone.make_aware(datetime.datetime.combine(story.date, datetime.time(9)))
    common = {
        "title": title,
        "draft_title": title,
        "slug": slug,
        "path": path,
        "depth": section.index.depth + 1,
        "numchild": 0,
        "url_path": f"{section.index.url_path}{slug}/",
        "live": True,
        "has_unpublished_changes": False,
        "first_published_at": published,
        "last_published_at": published,
        "locale_id": section.index.locale_id,
        "translation_key": story.translation_key,
        "content_type_id": content_types[story.model],
    }
    sentences = text.SENTENCES[language]
    article = story.model(
        **common,
        summary=fill(sentences[story.number % len(sentences)], language, story),
        listing_image_id=story.image_id,
        date=story.date,
        body=body(language, story, rng),
        **kind_fields(language, story, rng),
    )
    return Page(**common), article


def insert_rows(model: type, objects: list) -> None:
    """Insert the columns `model`'s own table holds for objects of it or of a subclass."""
    fields = model._meta.local_concrete_fields
    for start in range(0, len(objects), INSERT_CHUNK):
        model._base_manager._insert(objects[start : start + INSERT_CHUNK], fields=fields, raw=True)


def write_batch(rows: list, links: list) -> list:
    """Insert one batch of (page, article) pairs; returns the articles with their keys set."""
    pages = Page.objects.bulk_create([page for page, _ in rows], batch_size=INSERT_CHUNK)
    articles = []
    for page, (_, article) in zip(pages, rows, strict=True):
        # The same key in every table of the inheritance chain: Page, ArticlePage, the kind.
        article.id = article.page_ptr_id = article.articlepage_ptr_id = page.pk
        articles.append(article)
    insert_rows(ArticlePage, articles)
    for model, _ in KINDS:
        insert_rows(model, [a for a in articles if type(a) is model])
    ArticleTopic.objects.bulk_create(
        [
            ArticleTopic(page_id=article.pk, topic_id=topic.pk, sort_order=order)
            for article, topics in zip(articles, links, strict=True)
            for order, topic in enumerate(topics)
        ],
        batch_size=INSERT_CHUNK,
    )
    return articles


def update_search_index(articles: list) -> None:
    """Index a batch the way update_index does: each kind under its own model."""
    for model, _ in KINDS:
        ids = [a.pk for a in articles if type(a) is model]
        if ids:
            index_in_bulk(model, ids)


def generate(
    count: int,
    batch_size: int = 600,
    seed: int = 1,
    index: bool = True,
    progress: Progress = lambda done: None,
) -> int:
    """Create `count` live articles spread over the languages that have a news index."""
    found = sections()
    if not found:
        raise ValueError(
            "No news index: load the demo content first (manage.py load_demo_content)."
        )
    rng = random.Random(seed)
    content_types = {model: ContentType.objects.get_for_model(model).pk for model, _ in KINDS}
    english_topics = [t.translation_key for t in Topic.objects.filter(locale__language_code="en")]
    image_ids = list(get_image_model().objects.values_list("pk", flat=True)[:40])
    group_count = -(-count // len(found))
    made = 0
    rows, links = [], []
    for story in stories(group_count, rng, english_topics, image_ids):
        for section in found:
            if made + len(rows) >= count:
                break
            rows.append(build(section, story, content_types, rng))
            by_key = {t.translation_key: t for t in section.topics}
            links.append([by_key[key] for key in story.topic_keys if key in by_key])
        if len(rows) >= batch_size or made + len(rows) >= count:
            made += flush(rows, links, index)
            rows, links = [], []
            progress(made)
        if made >= count:
            break
    for section in found:
        NewsIndexPage.objects.filter(pk=section.index.pk).update(
            numchild=children(section.index).count()
        )
    refresh_planner_statistics()
    return made


def refresh_planner_statistics() -> None:
    """PostgreSQL plans from table statistics, which still describe the tables before the load
    until autovacuum gets to them: with them, the news index's queries took 60 ms instead of
    14 ms at 20 000 articles. VACUUM too, as autovacuum would soon after a load: indexing writes
    every search index entry twice, and until the first version is vacuumed the full-text index
    still points at it (a search's count read twice the rows: 4.5 ms at 20 000 articles, 1.9 ms
    on a copy without them). VACUUM cannot run inside a transaction (a test's): there,
    statistics only. SQLite keeps no statistics unless asked, and the site's queries are written
    for its default planner, so it is left as it is."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")


def flush(rows: list, links: list, index: bool) -> int:
    with transaction.atomic():
        articles = write_batch(rows, links)
    if index:
        update_search_index(articles)
    return len(articles)


def sqlite_tuned() -> None:
    """Fewer syncs while writing in bulk; WAL keeps readers consistent whatever happens."""
    if connection.vendor == "sqlite" and not connection.in_atomic_block:
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA synchronous=OFF")
