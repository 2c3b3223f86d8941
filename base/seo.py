"""What a page tells search engines and link previews: title, description, canonical URL, share
image, Open Graph locale. Used by components/meta.html and the structured data."""

import logging
from dataclasses import dataclass, field
from datetime import date, datetime

from django.http import HttpRequest
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext

from wagtail.images.models import AbstractImage, AbstractRendition, SourceImageIOError
from wagtail.models import Page

from .models import BasePage

logger = logging.getLogger(__name__)

# Open Graph and X both crop share images to 1.91:1; 1200x630 is the size both recommend.
# JPEG, because not every link-preview crawler reads WebP.
SHARE_RENDITION = "fill-1200x630-c100|format-jpeg"
# Open Graph wants language_TERRITORY; these are the forms Facebook accepts for our languages.
OG_LOCALES = {"en": "en_GB", "ar": "ar_AR", "fr": "fr_FR"}
DESCRIPTION_LENGTH = 300


def og_locale(language_code: str) -> str:
    return OG_LOCALES.get(language_code, language_code.replace("-", "_"))


def site_name() -> str:
    return gettext("Global Coalition")


def site_description() -> str:
    # The footer's sentence, so it is translated once for both.
    return gettext(
        "The Global Coalition brings together member states and organisations committed to "
        "the lasting defeat of Daesh."
    )


@dataclass(frozen=True)
class ShareImage:
    url: str
    width: int
    height: int
    alt: str
    rendition: AbstractRendition


@dataclass(frozen=True)
class PageMeta:
    title: str
    description: str  # the page's own words only; "" when it has none
    url: str  # absolute canonical URL; "" for a page not yet saved (editor preview)
    language: str
    type: str  # Open Graph type: "article" or "website"
    image: ShareImage | None = None
    published: date | None = None
    modified: datetime | None = None
    section: str = ""
    tags: list[str] = field(default_factory=list)

    @property
    def share_description(self) -> str:
        """Link previews look empty without a description, so they fall back to the site's."""
        return self.description or site_description()

    @property
    def locale(self) -> str:
        return og_locale(self.language)

    @property
    def twitter_card(self) -> str:
        return "summary_large_image" if self.image else "summary"


def page_description(page: Page) -> str:
    """The page's search description, else its summary, else its introduction (index and home
    pages). No site-wide fallback: the same description on many pages hurts more than none, and
    the editor's content checker reports pages that have none."""
    text = getattr(page, "search_description", "") or getattr(page, "summary", "")
    if not text:
        for name in ("intro", "about_text"):
            text = strip_tags(getattr(page, name, "") or "").strip()
            if text:
                break
    return Truncator(" ".join(text.split())).chars(DESCRIPTION_LENGTH)


def share_image_source(page: Page) -> tuple[AbstractImage | None, str]:
    """The image a shared link shows, with its alt text: the listing image (editors choose it for
    sharing), else a campaign's hero, else a video's poster."""
    if getattr(page, "listing_image", None):
        return page.listing_image, ""
    if getattr(page, "hero_image", None):
        return page.hero_image, getattr(page, "hero_alt", "")
    video = getattr(page, "video_value", None)
    if video and video.get("poster"):
        return video["poster"], video.get("title", "")
    return None, ""


def share_rendition(image: AbstractImage) -> AbstractRendition | None:
    """The image at share size; None when its original file is missing, so that a lost file
    costs the link preview its picture and never the page."""
    try:
        return image.get_rendition(SHARE_RENDITION)
    except SourceImageIOError:
        logger.warning("Share image %s: the original file is missing.", image.pk)
        return None


def share_image(page: Page, request: HttpRequest | None) -> ShareImage | None:
    image, alt = share_image_source(page)
    rendition = share_rendition(image) if image else None
    if rendition is None:
        return None
    return ShareImage(
        url=absolute(rendition.url, request),
        width=rendition.width,
        height=rendition.height,
        alt=alt,
        rendition=rendition,
    )


def absolute(url: str, request: HttpRequest | None) -> str:
    if not url or url.startswith(("http://", "https://")) or request is None:
        return url or ""
    return request.build_absolute_uri(url)


def page_meta(page: Page, request: HttpRequest | None) -> PageMeta:
    """Everything the head needs about `page` (its specific instance), in its own language."""
    url = page.get_url(request=request) if page.pk else None
    ours = isinstance(page, BasePage)  # each kind of page says what it is (og_type, article_meta)
    return PageMeta(
        title=page.seo_title or page.title,
        description=page_description(page),
        url=absolute(url or "", request),
        language=page.locale.language_code,
        type=page.og_type if ours else "website",
        image=share_image(page, request),
        modified=page.last_published_at,
        **(page.article_meta() if ours else {}),
    )
