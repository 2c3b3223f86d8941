"""The vocabulary the demo data is written in: texts in three languages, references to images,
pages and documents, and helpers that describe StreamField blocks.

files.py reads the data files into these types; the loader renders them for each language. Keeping
each English string beside its Arabic and French renderings keeps the translations reviewable.
"""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

LANGUAGES = ("en", "ar", "fr")
TARGET_LANGUAGES = LANGUAGES[1:]  # translated from English


class T(NamedTuple):
    """One text in English, Arabic and French."""

    en: str
    ar: str
    fr: str

    def get(self, language: str) -> str:
        return getattr(self, language)


def same(text: str) -> T:
    """A text written the same way in every language: a name, a number, a hashtag."""
    return T(text, text, text)


@dataclass(frozen=True)
class Bullets:
    """A bulleted list inside rich text; one item per text."""

    items: tuple[T, ...]


@dataclass(frozen=True)
class Rich:
    """Rich text: paragraphs (which may hold <b> and <i>) and bulleted lists."""

    parts: tuple[T | Bullets, ...]

    def get(self, language: str) -> str:
        html = []
        for part in self.parts:
            if isinstance(part, Bullets):
                items = "".join(f"<li>{item.get(language)}</li>" for item in part.items)
                html.append(f"<ul>{items}</ul>")
            else:
                html.append(f"<p>{part.get(language)}</p>")
        return "".join(html)


def rich(*parts: T | Bullets) -> Rich:
    return Rich(tuple(parts))


def bullets(*items: T) -> Bullets:
    return Bullets(tuple(items))


# Where an image is shown decides which renditions the loader prepares for it.
@dataclass(frozen=True)
class ImageRef:
    key: str
    role: str = "listing"


@dataclass(frozen=True)
class PageRef:
    key: str  # the page's slug path below the home page, e.g. "news/small-group-meets"


@dataclass(frozen=True)
class DocumentRef:
    key: str


@dataclass(frozen=True)
class TopicRef:
    slug: str


@dataclass(frozen=True)
class MemberRef:
    key: str  # a member's key in demo/content/members.yaml


@dataclass(frozen=True)
class PostRef:
    key: str  # a post in posts.POSTS


@dataclass(frozen=True)
class Items:
    """The items of a ListBlock, stored in block format (with ids) so they can be translated."""

    values: tuple[Any, ...]


@dataclass(frozen=True)
class Post:
    """A post on X, kept verbatim: only its rendering in the page's language is translated."""

    handle: str
    status_id: str
    author_name: str
    text: str  # the post as written, in its own language
    language: str
    rendering: T  # what the post says, in each site language
    posted_at: datetime
    image: str = ""
    image_alt: T | None = None

    @property
    def url(self) -> str:
        return f"https://x.com/{self.handle}/status/{self.status_id}"


@dataclass(frozen=True)
class PageSpec:
    """One page of the English tree and what its translations say."""

    key: str  # slug path below the home page; "" is the home page itself
    model: type
    title: T
    fields: dict = field(default_factory=dict)
    topics: tuple[str, ...] = ()  # topic slugs, for article pages
    partners: tuple[str, ...] = ()  # member keys, for article pages
    fr_slug: str = ""  # French web address, when it should differ from the English one

    @property
    def slug(self) -> str:
        return self.key.rsplit("/", 1)[-1]

    @property
    def parent_key(self) -> str:
        return self.key.rsplit("/", 1)[0] if "/" in self.key else ""


# --- StreamField blocks ------------------------------------------------------------------------
# Each helper returns (block type, value); the value may hold texts and references.


def _optional(text: T | None) -> T | str:
    # An empty text field is "", never None: wagtail-localize cannot extract None as a string.
    return "" if text is None else text


def heading(text: T, level: str = "h2") -> tuple:
    return ("heading", {"text": text, "level": level})


def paragraph(*parts: T | Bullets) -> tuple:
    return ("paragraph", rich(*parts))


def image(image: str, alt: T, caption: T | None = None, credit: T | None = None) -> tuple:
    return (
        "image",
        {
            "image": ImageRef(image, "body"),
            "alt_text": alt,
            "caption": _optional(caption),
            "credit": _optional(credit),
        },
    )


def quote(text: T, attribution: T | None = None, role: T | None = None) -> tuple:
    return (
        "quote",
        {"text": text, "attribution": _optional(attribution), "role": _optional(role)},
    )


def call_to_action(
    title: T, button: T, text: T | None = None, page: str = "", url: str = ""
) -> tuple:
    return (
        "call_to_action",
        {
            "title": title,
            "text": _optional(text),
            "button_label": button,
            "page": PageRef(page) if page else None,
            "external_url": url,
        },
    )


def key_figures(heading_text: T | None, *figures: tuple[T, T]) -> tuple:
    return (
        "key_figures",
        {
            "heading": _optional(heading_text),
            "figures": Items(tuple({"figure": f, "label": label} for f, label in figures)),
        },
    )


def tweet(key: str) -> tuple:
    return ("tweet", PostRef(key))


def video(
    url: str, title: T, duration: str = "", transcript: T | None = None, poster: str = ""
) -> tuple:
    return (
        "video",
        {
            "url": url,
            "title": title,
            "poster": ImageRef(poster, "poster") if poster else None,
            "duration": duration,
            "transcript": _optional(transcript),
        },
    )


def document(document: str, title: T | None = None) -> tuple:
    return ("document", {"document": DocumentRef(document), "title": _optional(title)})


def related(heading_text: T, *page_keys: str) -> tuple:
    return (
        "related",
        {"heading": heading_text, "pages": Items(tuple(PageRef(key) for key in page_keys))},
    )


def figure(figure: T, label: T) -> tuple:
    """One of the home page's key figures (its own StreamField, not a key_figures block)."""
    return ("figure", {"figure": figure, "label": label})


def digest_item(
    headline: T, outlet: T, date: str, summary: T, url: str, topic: str | None = None
) -> tuple:
    """One report in a weekly digest: another outlet's article, summed up in our words."""
    return (
        "item",
        {
            "headline": headline,
            "outlet": outlet,
            "date": date,
            "summary": summary,
            "url": url,
            "topic": TopicRef(topic) if topic else None,
        },
    )
