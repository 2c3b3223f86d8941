"""Posts from partner accounts on X (demo/content/posts.yaml): the home page's wall, as
posts.Post snippets in every language, and the posts articles quote, as tweet blocks.

A post's text is a quotation and stays exactly as written in every language; `rendering` is what
a reader of each site language is shown beside it (the same text where the post is already in
that language).
"""

import uuid
from collections import Counter
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from django.conf import settings

from wagtail.models import Locale

import yaml

from posts.models import Post as WallPost

from .render import Refs
from .spec import LANGUAGES, ImageRef, Post, T

POSTS_FILE = Path(settings.BASE_DIR) / "demo" / "content" / "posts.yaml"


def post_spec(entry: dict) -> Post:
    says = {**entry.get("says", {}), entry["language"]: entry["text"]}
    alt = entry.get("image_alt")
    return Post(
        handle=entry["account"],
        status_id=entry["status"],
        author_name=entry["author"],
        text=entry["text"],
        language=entry["language"],
        rendering=T(*(says[language] for language in LANGUAGES)),
        posted_at=datetime.strptime(entry["posted"], "%Y-%m-%d %H:%M").replace(tzinfo=UTC),
        image=entry.get("image", ""),
        image_alt=T(*(alt[language] for language in LANGUAGES)) if alt else None,
    )


@cache
def load_posts() -> dict[str, Post]:
    entries = yaml.safe_load(POSTS_FILE.read_text(encoding="utf-8"))
    return {entry["key"]: post_spec(entry) for entry in entries}


POSTS = load_posts()


def wall_values(spec: Post, language: str, refs: Refs) -> dict:
    rendering = spec.rendering.get(language)
    return {
        "author_name": spec.author_name,
        "handle": spec.handle,
        "text": spec.text,
        "posted_at": spec.posted_at,
        "image_id": refs.image_id(ImageRef(spec.image, "post")) if spec.image else None,
        "image_alt": spec.image_alt.get(language) if spec.image_alt else "",
        "translation": rendering if rendering != spec.text else "",
    }


def ensure_wall(refs: Refs, stats: Counter) -> None:
    """Every post on the wall in every language, created or brought up to date, found again by
    its address. The versions share a translation key, as translations of one post."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    for spec in POSTS.values():
        key = uuid.uuid5(uuid.NAMESPACE_URL, spec.url)
        for language in LANGUAGES:
            values = wall_values(spec, language, refs)
            post = WallPost.objects.filter(url=spec.url, locale=locales[language]).first()
            if post is None:
                WallPost.objects.create(
                    url=spec.url, locale=locales[language], translation_key=key, **values
                )
                stats["wall posts created"] += 1
            elif any(getattr(post, name) != value for name, value in values.items()):
                WallPost.objects.filter(pk=post.pk).update(**values)
                stats["wall posts updated"] += 1
