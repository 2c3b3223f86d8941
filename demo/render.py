"""Turns the demo's language-neutral descriptions into field values for one language.

Block ids are derived from the page and the block's position, so every run (and every language)
gives the same ids: the English page, its translations and wagtail-localize's translation
contexts all stay stable when the loader runs again.
"""

import uuid
from dataclasses import dataclass, field

from django.db import models

from wagtail.fields import StreamField

from .spec import (
    DocumentRef,
    ImageRef,
    Items,
    MemberRef,
    PageRef,
    PageSpec,
    Post,
    PostRef,
    Rich,
    T,
    TopicRef,
)

BLOCK_ID_NAMESPACE = uuid.UUID("9a1d3c52-6c1e-4c4f-9d0b-5f7d2f0e8b11")
# Fields whose image gets the renditions of that role (see loader.RENDITIONS).
IMAGE_FIELD_ROLES = {"listing_image": "listing", "hero_image": "hero"}


class DemoDataError(Exception):
    """The demo data refers to something that does not exist, or a translation is incomplete."""


@dataclass
class Refs:
    """What references in the data resolve to: English pages, topics, images and documents."""

    images: dict = field(default_factory=dict)
    documents: dict = field(default_factory=dict)
    topics: dict = field(default_factory=dict)
    members: dict = field(default_factory=dict)
    pages: dict = field(default_factory=dict)
    posts: dict = field(default_factory=dict)
    image_roles: dict = field(default_factory=dict)  # image id -> roles it is shown in

    def lookup(self, kind: str, key: str):
        try:
            return getattr(self, kind)[key]
        except KeyError:
            raise DemoDataError(
                f"Unknown {kind[:-1]} {key!r} (list a page before using it)"
            ) from None

    def image_id(self, ref: ImageRef, role: str = "") -> int:
        image = self.lookup("images", ref.key)
        self.image_roles.setdefault(image.pk, set()).add(role or ref.role)
        return image.pk


@dataclass
class Renderer:
    """Renders values for one language; `for_segments` renders posts as their translation."""

    refs: Refs
    language: str
    base_id: str
    for_segments: bool = False
    counter: int = 0

    def next_id(self) -> str:
        self.counter += 1
        return str(uuid.uuid5(BLOCK_ID_NAMESPACE, f"{self.base_id}#{self.counter}"))

    def value(self, value):
        if isinstance(value, T | Rich):
            return value.get(self.language)
        if isinstance(value, ImageRef):
            return self.refs.image_id(value)
        if isinstance(value, PageRef):
            return self.refs.lookup("pages", value.key).pk
        if isinstance(value, DocumentRef):
            return self.refs.lookup("documents", value.key).pk
        if isinstance(value, TopicRef):
            return self.refs.lookup("topics", value.slug).pk
        if isinstance(value, MemberRef):
            return self.refs.lookup("members", value.key).pk
        if isinstance(value, PostRef):
            return self.post(self.refs.lookup("posts", value.key))
        if isinstance(value, Items):
            return [
                {"type": "item", "value": self.value(v), "id": self.next_id()} for v in value.values
            ]
        if isinstance(value, dict):
            return {key: self.value(item) for key, item in value.items()}
        return value

    def post(self, post: Post) -> dict:
        rendering = post.rendering.get(self.language)
        # wagtail-localize offers the post's text for translation and stores the answer in
        # `translation`; rendering the text as that answer lets it be read off like any field.
        text = rendering if self.for_segments else post.text
        shown = rendering if rendering != post.text else ""
        return {
            "url": post.url,
            "author_name": post.author_name,
            "handle": post.handle,
            "text": text,
            "posted_at": post.posted_at.isoformat(),
            "image": self.refs.image_id(ImageRef(post.image, "post")) if post.image else None,
            "image_alt": post.image_alt.get(self.language) if post.image_alt else "",
            "translation": shown,
        }

    def stream(self, blocks) -> list:
        rendered = []
        for block_type, value in blocks:
            block_id = self.next_id()
            rendered.append({"type": block_type, "value": self.value(value), "id": block_id})
        return rendered


def page_slug(spec: PageSpec, language: str, english_slug: str) -> str:
    # Arabic addresses keep the English slug: Django's slugify drops Arabic letters.
    return spec.fr_slug if language == "fr" and spec.fr_slug else english_slug


def apply_fields(page, spec: PageSpec, language: str, refs: Refs, for_segments=False) -> None:
    """Set the page's title, slug and every field the spec gives, in `language`."""
    page.title = spec.title.get(language)
    page.slug = page_slug(spec, language, spec.slug or page.slug)
    for name, value in spec.fields.items():
        model_field = page._meta.get_field(name)
        renderer = Renderer(refs, language, f"{spec.key or 'home'}:{name}", for_segments)
        if isinstance(model_field, StreamField):
            setattr(page, name, renderer.stream(value))
        elif isinstance(model_field, models.ForeignKey):
            resolved = (
                refs.image_id(value, IMAGE_FIELD_ROLES.get(name, "listing"))
                if isinstance(value, ImageRef)
                else renderer.value(value)
            )
            setattr(page, model_field.attname, resolved)
        else:
            setattr(page, name, renderer.value(value))
