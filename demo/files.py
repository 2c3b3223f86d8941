"""Reads the demo's data files (content/*.yaml) into the vocabulary of spec.py.

Every text is written in English, Arabic and French side by side (`{en, ar, fr}`); a plain
string reads the same in every language (a name, a figure, a hashtag). Everything else is
referred to by key: an image or document by its key in media.yaml, a page by its slug path below
the home page, a topic by its slug, a member or a post by its key. content/README.md describes
the files.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db import models

from wagtail.documents.models import AbstractDocument
from wagtail.fields import RichTextField, StreamField
from wagtail.images.models import AbstractImage
from wagtail.models import Page

import yaml

from base.models import Topic
from members.models import Member

from .media import DocumentSpec, ImageSpec
from .render import DemoDataError
from .spec import (
    LANGUAGES,
    DocumentRef,
    ImageRef,
    MemberRef,
    PageRef,
    PageSpec,
    Rich,
    T,
    TopicRef,
    bullets,
    call_to_action,
    digest_item,
    document,
    figure,
    heading,
    image,
    key_figures,
    quote,
    related,
    rich,
    same,
    tweet,
    video,
)

CONTENT = Path(__file__).resolve().parent / "content"
BUILD_ORDER = "pages.yaml"
HOME = "home"  # the home page's name in pages.yaml and its file, pages/home.yaml


@cache
def read(name: str) -> Any:
    """The parsed content of content/<name>; files are read once per process."""
    with (CONTENT / name).open(encoding="utf-8") as file:
        return yaml.safe_load(file)


# --- Texts -------------------------------------------------------------------------------------


def texts(value: Any) -> Any:
    """`value` with every `{en, ar, fr}` mapping in it turned into a T."""
    if isinstance(value, dict):
        if not value.keys() & set(LANGUAGES):
            return {key: texts(item) for key, item in value.items()}
        if value.keys() != set(LANGUAGES):
            raise DemoDataError(f"A text has en, ar and fr, not {sorted(value)}: {value!r}")
        return T(*(value[language] for language in LANGUAGES))
    if isinstance(value, list):
        return [texts(item) for item in value]
    return value


def text(value: Any) -> T:
    """A text, where a plain string is the same in every language."""
    value = texts(value)
    return value if isinstance(value, T) else same(str(value))


def rich_text(parts: list) -> Rich:
    """Paragraphs (texts) and bulleted lists (`{bullets: [texts]}`)."""
    return rich(
        *(
            bullets(*map(text, part["bullets"]))
            if isinstance(part, dict) and "bullets" in part
            else text(part)
            for part in parts
        )
    )


# --- StreamField blocks: a list of `{block type: value}` ----------------------------------------

# Blocks whose value is one mapping, read as the keyword arguments of spec.py's helper.
KEYWORD_BLOCKS = {
    "heading": heading,
    "image": image,
    "quote": quote,
    "call_to_action": call_to_action,
    "video": video,
    "document": document,
    "figure": figure,
    "item": digest_item,
}


def block(entry: Any) -> tuple:
    if not isinstance(entry, dict) or len(entry) != 1:
        raise DemoDataError(f"A block is one `type: value` mapping, not {entry!r}")
    [(block_type, value)] = entry.items()
    if block_type == "paragraph":
        return ("paragraph", rich_text(value))
    if block_type == "tweet":
        return tweet(value)
    value = texts(value)
    if block_type == "key_figures":
        figures = [(item["figure"], item["label"]) for item in value["figures"]]
        return key_figures(value.get("heading"), *figures)
    if block_type == "related":
        return related(value["heading"], *value["pages"])
    if block_type not in KEYWORD_BLOCKS:
        raise DemoDataError(f"Unknown block type {block_type!r}")
    try:
        return KEYWORD_BLOCKS[block_type](**value)
    except TypeError as error:  # a missing or misspelt field
        raise DemoDataError(f"{block_type}: {error}") from None


# --- Pages -------------------------------------------------------------------------------------


def reference(model: type[models.Model], key: str):
    """What a foreign key's value, a key, refers to, by the model it points at."""
    kinds = [
        (Page, PageRef),
        (AbstractImage, ImageRef),
        (AbstractDocument, DocumentRef),
        (Topic, TopicRef),
        (Member, MemberRef),
    ]
    for base, ref in kinds:
        if issubclass(model, base):
            return ref(key)
    raise DemoDataError(f"No demo reference to a {model.__name__}")


def field_value(model: type[Page], name: str, value: Any) -> Any:
    field = model._meta.get_field(name)
    if isinstance(field, StreamField):
        return [block(entry) for entry in value]
    if isinstance(field, RichTextField):
        return rich_text(value)
    if isinstance(field, models.ForeignKey):
        return reference(field.related_model, value)
    return texts(value)  # text, date, number, choice or flag


def page_spec(key: str, data: dict) -> PageSpec:
    """A page from its file: `type`, `title`, optional `fr_slug`, `topics` and `partners`, and
    its fields by name."""
    fields = dict(data)
    model = apps.get_model(fields.pop("type"))
    return PageSpec(
        key=key,
        model=model,
        title=text(fields.pop("title")),
        fr_slug=fields.pop("fr_slug", ""),
        topics=tuple(fields.pop("topics", ())),
        partners=tuple(fields.pop("partners", ())),
        fields={name: field_value(model, name, value) for name, value in fields.items()},
    )


def page(key: str, folder: str = "pages") -> PageSpec:
    """The page whose slug path below the home page is `key` ("" for the home page)."""
    name = f"{folder}/{key or HOME}.yaml"
    try:
        return page_spec(key, read(name))
    except (DemoDataError, FieldDoesNotExist, LookupError, ValueError) as error:
        raise DemoDataError(f"{name}: {error}") from error


def build_order() -> list[str]:
    """The keys of the pages to build, in order (pages.yaml); every page file must be listed."""
    keys = ["" if name == HOME else name for name in read(BUILD_ORDER)]
    files = {
        str(path.relative_to(CONTENT / "pages").with_suffix(""))
        for path in (CONTENT / "pages").rglob("*.yaml")
    }
    unlisted = files - {key or HOME for key in keys}
    if unlisted:
        raise DemoDataError(f"Pages missing from {BUILD_ORDER}: {sorted(unlisted)}")
    return keys


# --- Topics, images, documents, site settings --------------------------------------------------


@dataclass(frozen=True)
class TopicSpec:
    slug: str  # the same in every language, so the news filter's address works everywhere
    name: T
    description: T


def topics() -> list[TopicSpec]:
    return [
        TopicSpec(item["slug"], text(item["name"]), text(item["description"]))
        for item in read("topics.yaml")
    ]


def images() -> dict[str, ImageSpec]:
    return {key: ImageSpec(**spec) for key, spec in read("media.yaml")["images"].items()}


def documents() -> dict[str, DocumentSpec]:
    return {
        key: DocumentSpec(spec["title"], tuple(spec["paragraphs"]))
        for key, spec in read("media.yaml")["documents"].items()
    }


def site_identity() -> dict[str, str]:
    """The site settings: the X account and the cookie policy page's key."""
    return read("site.yaml")
