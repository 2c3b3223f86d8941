"""Media blocks: images with required alt text, click-to-load videos, documents."""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock


def latest_image():
    """The image most recently added to the library, for block previews; None if it is empty."""
    return get_image_model().objects.order_by("-created_at", "-pk").first()


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        label=_("Alt text"),
        help_text=_("Describe the image for someone who cannot see it."),
    )
    caption = blocks.CharBlock(required=False, max_length=250)
    credit = blocks.CharBlock(required=False, max_length=120)

    def get_preview_value(self):
        # A picture from the site's own library, so the preview looks like the site.
        image = latest_image()
        return self.normalize(
            {
                "image": image,
                "alt_text": (image and (image.description or image.title)) or "",
                "caption": "Partners of the Coalition at the Small Group meeting",
                "credit": "Global Coalition",
            }
        )

    class Meta:
        template = "base/blocks/image.html"
        icon = "image"
        group = _("Media")
        description = _("A photo or illustration with alt text, caption and credit.")


@dataclass(frozen=True)
class VideoSource:
    provider: str  # "youtube" or "vimeo"
    video_id: str

    @property
    def embed_url(self) -> str:
        # Privacy-enhanced hosts: no cookies until the visitor plays the video.
        if self.provider == "youtube":
            return f"https://www.youtube-nocookie.com/embed/{self.video_id}?autoplay=1&rel=0"
        return f"https://player.vimeo.com/video/{self.video_id}?autoplay=1&dnt=1"

    @property
    def watch_url(self) -> str:
        if self.provider == "youtube":
            return f"https://www.youtube.com/watch?v={self.video_id}"
        return f"https://vimeo.com/{self.video_id}"


YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
YOUTUBE_HOSTS = {
    "youtube.com",
    "www.youtube.com",
    "m.youtube.com",
    "youtube-nocookie.com",
    "www.youtube-nocookie.com",
}
VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}


def parse_video_url(url: str) -> VideoSource | None:
    """The provider and id of a YouTube or Vimeo URL, or None for anything else."""
    parsed = urlparse(url or "")
    if parsed.scheme not in ("http", "https"):
        return None
    host = (parsed.hostname or "").lower()
    parts = [part for part in parsed.path.split("/") if part]
    candidate = ""
    if host == "youtu.be" and parts:
        candidate = parts[0]
    elif host in YOUTUBE_HOSTS:
        if parts[:1] == ["watch"]:
            candidate = parse_qs(parsed.query).get("v", [""])[0]
        elif len(parts) >= 2 and parts[0] in ("embed", "shorts", "live", "v"):
            candidate = parts[1]
    elif host in VIMEO_HOSTS:
        digits = [part for part in parts if part.isdigit()]
        return VideoSource("vimeo", digits[-1]) if digits else None
    if YOUTUBE_ID.match(candidate):
        return VideoSource("youtube", candidate)
    return None


# m:ss or h:mm:ss; minutes after an hour and seconds stop at 59.
DURATION = re.compile(r"(?:\d{1,2}:[0-5]\d|\d{1,2}):[0-5]\d")


class VideoStructValue(blocks.StructValue):
    def source(self) -> VideoSource | None:
        return parse_video_url(self.get("url"))


class VideoBlock(blocks.StructBlock):
    TRANSLATED = ("title", "transcript")

    url = blocks.URLBlock(
        label=_("Video URL"), help_text=_("A YouTube or Vimeo address of the video.")
    )
    title = blocks.CharBlock(max_length=160)
    poster = ImageChooserBlock(
        required=False, help_text=_("Shown until the visitor plays the video.")
    )
    duration = blocks.CharBlock(
        required=False, max_length=8, help_text=_("Minutes and seconds, e.g. 1:05.")
    )
    transcript = blocks.TextBlock(required=False)

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if parse_video_url(value.get("url")) is None:
            errors["url"] = ValidationError(
                _("Enter a YouTube or Vimeo video address, e.g. https://www.youtube.com/watch?v=…")
            )
        duration = value.get("duration") or ""
        if duration and not DURATION.fullmatch(duration):
            errors["duration"] = ValidationError(_("Write the duration as 1:05 or 1:02:05."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value

    def get_translatable_segments(self, value):
        from wagtail_localize.segments import StringSegmentValue

        # Only the words are translated; the URL, poster and duration stay as in the source.
        return [
            StringSegmentValue(name, value[name]) for name in self.TRANSLATED if value.get(name)
        ]

    def restore_translated_segments(self, value, segments):
        for segment in segments:
            value[segment.path] = segment.render_text()
        return value

    class Meta:
        template = "base/blocks/video.html"
        icon = "media"
        group = _("Media")
        value_class = VideoStructValue
        description = _("A YouTube or Vimeo video that loads only when the visitor presses play.")
        preview_value = {
            "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
            "title": "Deny Daesh Cash: following the money",
            "duration": "1:05",
            "transcript": "Cutting off the group's money is how partners stop it rebuilding.",
        }

    def get_preview_value(self):
        return self.normalize({**self.meta.preview_value, "poster": latest_image()})


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(
        required=False, max_length=160, help_text=_("Leave empty to use the document's title.")
    )

    def get_preview_value(self):
        document = get_document_model().objects.order_by("-created_at", "-pk").first()
        return self.normalize({"document": document, "title": ""})

    class Meta:
        template = "base/blocks/document.html"
        icon = "doc-full"
        group = _("Media")
        description = _("A downloadable file, such as a joint statement's official PDF.")
