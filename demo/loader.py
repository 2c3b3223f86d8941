"""Builds the demo site from its data files (content/, read by files.py): topics, members,
images, documents and the English page tree, then the Arabic and French versions through
wagtail-localize, then the image renditions the templates use.

Every step looks up what already exists (pages by slug under their parent, topics by slug,
members by English name, images and documents by title) and writes only what differs, so running
the loader again changes nothing.
"""

import json
from collections import Counter
from collections.abc import Callable
from io import BytesIO

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction

from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import Locale, Page, Site
from wagtail.utils.file import hash_filelike

from base.listings import LISTING_RENDITIONS
from base.models import SiteIdentity, Topic
from base.seo import SHARE_RENDITION
from news.models import ArticlePage, ArticlePartner, ArticleTopic
from search.synonyms import load_demo_synonyms

from . import files, membership, posts, scheduled
from .documents import simple_pdf
from .images import generate
from .render import Refs, apply_fields
from .spec import TARGET_LANGUAGES, PageSpec
from .translate import translate

# The renditions each template asks for, by where the image is shown, so the loader can make
# them in advance and the first visitor does not wait for them.
RENDITIONS = {
    # Article cards and campaign tiles; the share image of link previews (components/meta.html).
    "listing": (*LISTING_RENDITIONS, SHARE_RENDITION),
    "lead": ("fill-1200x600-c100|format-webp",),  # home_page.html, the lead story
    "hero": ("fill-1200x500-c100|format-webp", SHARE_RENDITION),  # campaign_page.html
    "body": tuple(Filter.expand_spec("format-{webp,jpeg} width-{480,800,1200}")),  # image block
    "poster": ("fill-960x540-c100|format-webp", SHARE_RENDITION),  # video block
    "post": ("width-640|format-webp",),  # tweet block
}

Log = Callable[[str], None]
Step = Callable[[Refs, Counter], None]


def page_specs() -> list[PageSpec]:
    """Every page in the order it is built (content/pages.yaml): a page only refers to pages
    listed before it."""
    written_in_code = {spec.key: spec for spec in (membership.PAGE, *membership.PROFILES)}
    return [written_in_code.get(key) or files.page(key) for key in files.build_order()]


def ensure_search_synonyms(refs: Refs, stats: Counter) -> None:
    """The search synonyms of each language (Daesh, ISIS, ISIL…), unless editors made their own."""
    stats["search synonyms created"] += load_demo_synonyms()


def load(log: Log = print) -> Counter:
    """Load (or bring up to date) the whole demo; returns how many objects each step wrote."""
    stats = Counter()
    refs = Refs(posts=dict(posts.POSTS))
    steps: list[Step] = [
        ensure_topics,
        membership.ensure_members,
        # Drawing images is slow: it happens outside the transaction, which holds the write lock.
        ensure_images,
        ensure_documents,
        posts.ensure_wall,
        build_english_tree,
        translate_everything,
        # The scheduled article's drafts need their parents in each language.
        scheduled.translate_scheduled,
        prepare_renditions,
        ensure_search_synonyms,
    ]
    for step in steps:
        step(refs, stats)
    for key in sorted(stats):
        if stats[key]:
            log(f"{key}: {stats[key]}")
    return stats


# --- Topics, images, documents -----------------------------------------------------------------


def ensure_topics(refs: Refs, stats: Counter) -> None:
    english = Locale.get_default()
    for spec in files.topics():
        values = {"name": spec.name.en, "description": spec.description.en}
        topic = Topic.objects.filter(slug=spec.slug, locale=english).first()
        if topic is None:
            topic = Topic.objects.create(slug=spec.slug, locale=english, **values)
            stats["topics created"] += 1
        elif any(getattr(topic, name) != value for name, value in values.items()):
            Topic.objects.filter(pk=topic.pk).update(**values)
            topic.refresh_from_db()
            stats["topics updated"] += 1
        refs.topics[spec.slug] = topic


def file_metadata(data: bytes) -> dict:
    # What the admin's upload form records, so duplicate detection and listings work.
    return {"file_size": len(data), "file_hash": hash_filelike(BytesIO(data))}


def ensure_images(refs: Refs, stats: Counter) -> None:
    Image = get_image_model()
    for key, spec in files.images().items():
        image = Image.objects.filter(title=spec.title).first()
        if image is None:
            data = generate(key, spec.width, spec.height, spec.palette, spec.style)
            image = Image(
                title=spec.title,
                file=ImageFile(BytesIO(data), name=f"demo-{key}.jpg"),
                **file_metadata(data),
            )
            image.save()
            stats["images created"] += 1
        refs.images[key] = image


def ensure_documents(refs: Refs, stats: Counter) -> None:
    Document = get_document_model()
    for key, spec in files.documents().items():
        document = Document.objects.filter(title=spec.title).first()
        if document is None:
            data = simple_pdf(spec.title, list(spec.paragraphs))
            document = Document(
                title=spec.title, file=ContentFile(data, name=f"{key}.pdf"), **file_metadata(data)
            )
            document.save()
            stats["documents created"] += 1
        refs.documents[key] = document


# --- English pages -----------------------------------------------------------------------------


def build_english_tree(refs: Refs, stats: Counter) -> None:
    """The English pages, the scheduled article and the site settings, in one transaction.

    The English tree is committed whole before anything is translated: translations never share a
    transaction with their source, where wagtail-localize would finish part of its work only at
    commit, and a failure while translating still leaves a complete English site.
    """
    with transaction.atomic():
        specs = page_specs()
        # Pages are built under the home page, which is filled in last (it links to them).
        home = next(spec for spec in specs if not spec.key)
        refs.pages[home.key] = find_page(home, refs)
        for spec in specs:
            ensure_page(spec, refs, stats)
        scheduled.ensure_scheduled(refs, stats)
        configure_site(refs, stats)


def find_page(spec: PageSpec, refs: Refs) -> Page | None:
    if not spec.key:
        return Site.objects.get(is_default_site=True).root_page.specific
    parent = refs.lookup("pages", spec.parent_key)
    page = parent.get_children().filter(slug=spec.slug).first()
    return page.specific if page else None


def snapshot(page: Page, spec: PageSpec) -> str:
    """The spec's fields as stored on the page, in one comparable form."""
    state = {"title": page.title, "slug": page.slug}
    for name in spec.fields:
        model_field = page._meta.get_field(name)
        if isinstance(model_field, StreamField):
            stream = getattr(page, name)
            list(stream)  # convert every block, so both sides go through the same to_python
            state[name] = model_field.stream_block.get_prep_value(stream)
        elif isinstance(model_field, models.ForeignKey):
            state[name] = getattr(page, model_field.attname)
        else:
            state[name] = model_field.value_from_object(page)
    if isinstance(page, ArticlePage):
        state["topics"] = [link.topic_id for link in page.topic_links.all()]
        state["partners"] = [link.member_id for link in page.partner_links.all()]
    return json.dumps(state, sort_keys=True, cls=DjangoJSONEncoder)


def apply_spec(page: Page, spec: PageSpec, refs: Refs) -> None:
    apply_fields(page, spec, "en", refs)
    if isinstance(page, ArticlePage):
        page.topic_links = [
            ArticleTopic(topic=refs.lookup("topics", slug), sort_order=index)
            for index, slug in enumerate(spec.topics)
        ]
        page.partner_links = [
            ArticlePartner(member=refs.lookup("members", key), sort_order=index)
            for index, key in enumerate(spec.partners)
        ]


def ensure_page(spec: PageSpec, refs: Refs, stats: Counter) -> None:
    page = find_page(spec, refs)
    if page is None:
        page = spec.model(live=False)
        apply_spec(page, spec, refs)
        refs.lookup("pages", spec.parent_key).add_child(instance=page)
        changed = True
        stats["pages created"] += 1
    else:
        before = snapshot(page, spec)
        apply_spec(page, spec, refs)
        changed = snapshot(page, spec) != before
        stats["pages updated"] += changed
    if changed or not page.live or page.has_unpublished_changes:
        page.save_revision().publish()
    # Fetched again so that later steps see the published page and its tree counters.
    refs.pages[spec.key] = Page.objects.get(pk=page.pk).specific


def configure_site(refs: Refs, stats: Counter) -> None:
    site = Site.objects.get(is_default_site=True)
    identity = SiteIdentity.for_site(site)
    settings = files.site_identity()
    wanted = {
        "x_handle": settings["x_handle"],
        "cookie_policy_page_id": refs.lookup("pages", settings["cookie_policy"]).pk,
    }
    if any(getattr(identity, name) != value for name, value in wanted.items()):
        for name, value in wanted.items():
            setattr(identity, name, value)
        identity.save()
        stats["site settings updated"] += 1


# --- Translations ------------------------------------------------------------------------------


def translate_everything(refs: Refs, stats: Counter) -> None:
    """Topics and members first (pages link to them), then pages, parents before children."""
    locales = [Locale.objects.get(language_code=code) for code in TARGET_LANGUAGES]
    for spec in files.topics():
        for locale in locales:
            variant = Topic(
                name=spec.name.get(locale.language_code),
                slug=spec.slug,
                description=spec.description.get(locale.language_code),
            )
            stats["topic translations written"] += translate(
                refs.topics[spec.slug], locale, variant
            )
    membership.translate_members(refs, stats, locales)
    for spec in sorted(page_specs(), key=depth):
        english = refs.pages[spec.key]
        for locale in locales:
            variant = spec.model(slug=english.slug)
            apply_fields(variant, spec, locale.language_code, refs, for_segments=True)
            stats["page translations written"] += translate(english, locale, variant)


def depth(spec: PageSpec) -> int:
    """0 for the home page, 1 for its children and so on."""
    return spec.key.count("/") + 1 if spec.key else 0


# --- Renditions --------------------------------------------------------------------------------


def prepare_renditions(refs: Refs, stats: Counter) -> None:
    lead = refs.pages[""].lead_story
    if lead and lead.specific.listing_image_id:
        refs.image_roles.setdefault(lead.specific.listing_image_id, set()).add("lead")
    Image = get_image_model()
    Rendition = Image.get_rendition_model()
    before = Rendition.objects.count()
    for image in Image.objects.filter(pk__in=refs.image_roles):
        specs = [spec for role in sorted(refs.image_roles[image.pk]) for spec in RENDITIONS[role]]
        image.get_renditions(*specs)
    stats["renditions created"] += Rendition.objects.count() - before
