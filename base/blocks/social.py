"""The tweet block: a stored snapshot of a post on X, rendered without any third-party request."""

import datetime
import re
from urllib.parse import urlparse

from django.core.exceptions import ValidationError
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from ..consent import note_post_shown

TWEET_HOSTS = {
    "twitter.com",
    "www.twitter.com",
    "mobile.twitter.com",
    "x.com",
    "www.x.com",
    "mobile.x.com",
}
STATUS_PATH = re.compile(r"^/(?P<handle>[A-Za-z0-9_]{1,15})/status(?:es)?/(?P<id>\d{1,20})/?$")

# One pass over the text finds URLs, hashtags and mentions, so links never nest.
# Hashtags take any letter or digit (Arabic included) and underscores; a "#" inside a word is
# not a hashtag. `\w` leaves out combining marks: without the Arabic vowel marks and shadda
# (and Latin combining accents and the zero-width non-joiner) added here, #سُنّة would stop
# at its first letter.
HASHTAG_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200c"
TOKEN = re.compile(
    r"(?P<url>https?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]])"
    rf"|(?<![\w&])#(?P<tag>\w[\w{HASHTAG_MARKS}]*)"
    r"|(?<![\w@])@(?P<user>[A-Za-z0-9_]{1,15})\b",
)


POST_URL_MESSAGE = _(
    "Enter the address of a post on X or Twitter, like https://x.com/handle/status/1234567890."
)


def parse_status_url(url: str) -> tuple[str, str] | None:
    """The (handle, status id) of an X/Twitter post URL, or None."""
    parsed = urlparse(url or "")
    if parsed.scheme not in ("http", "https") or (parsed.hostname or "").lower() not in TWEET_HOSTS:
        return None
    match = STATUS_PATH.match(parsed.path)
    return (match["handle"], match["id"]) if match else None


def linkify_post_text(text: str) -> SafeString:
    """The post's text, escaped, with URLs, #hashtags and @mentions as links; emoji untouched."""
    pieces, position = [], 0
    for match in TOKEN.finditer(text or ""):
        pieces.append(escape(text[position : match.start()]))
        if match["url"]:
            link = format_html('<a href="{0}" rel="nofollow noopener">{0}</a>', match["url"])
        elif match["tag"]:
            link = format_html(
                '<a href="https://x.com/hashtag/{}" rel="nofollow noopener"><bdi>#{}</bdi></a>',
                match["tag"],
                match["tag"],
            )
        else:
            link = format_html(
                '<a href="https://x.com/{0}" rel="nofollow noopener"><bdi>@{0}</bdi></a>',
                match["user"],
            )
        pieces.append(link)
        position = match.end()
    pieces.append(escape((text or "")[position:]))
    return mark_safe("".join(str(piece) for piece in pieces))


class TweetStructValue(blocks.StructValue):
    def linked_text(self) -> SafeString:
        return linkify_post_text(self.get("text"))

    def status_id(self) -> str:
        parsed = parse_status_url(self.get("url"))
        return parsed[1] if parsed else ""

    def canonical_url(self) -> str:
        parsed = parse_status_url(self.get("url"))
        return f"https://x.com/{parsed[0]}/status/{parsed[1]}" if parsed else ""

    def shows_translation(self) -> bool:
        translation = (self.get("translation") or "").strip()
        return bool(translation) and translation != (self.get("text") or "").strip()


class TweetBlock(blocks.StructBlock):
    url = blocks.URLBlock(
        label=_("Post URL"),
        help_text=_("The post's address, e.g. https://x.com/coalition/status/1234567890."),
    )
    author_name = blocks.CharBlock(max_length=80)
    handle = blocks.CharBlock(max_length=16, help_text=_("Without the @."))
    text = blocks.TextBlock(max_length=4000, help_text=_("Copy the post's text exactly."))
    posted_at = blocks.DateTimeBlock(label=_("Posted at"))
    image = ImageChooserBlock(required=False)
    image_alt = blocks.CharBlock(required=False, max_length=250, label=_("Image alt text"))
    translation = blocks.TextBlock(
        required=False,
        help_text=_("Filled in by translators: the post in the page's language, shown with it."),
    )

    def clean(self, value):
        try:
            value = super().clean(value)
        except StructBlockValidationError as error:
            # URLBlock's "Enter a valid URL." (e.g. for a javascript: address) does not say
            # which address is wanted.
            if "url" in error.block_errors and value.get("url"):
                error.block_errors["url"] = ValidationError(POST_URL_MESSAGE)
            raise
        errors = {}
        parsed = parse_status_url(value.get("url"))
        if parsed is None:
            errors["url"] = ValidationError(POST_URL_MESSAGE)
        handle = (value.get("handle") or "").lstrip("@")
        if not re.fullmatch(r"[A-Za-z0-9_]{1,15}", handle):
            errors["handle"] = ValidationError(
                _("A handle has 1 to 15 letters, digits or underscores.")
            )
        elif parsed and parsed[0].lower() != handle.lower():
            errors["handle"] = ValidationError(
                _("The handle does not match the post URL (@%(handle)s).") % {"handle": parsed[0]}
            )
        if value.get("image") and not value.get("image_alt"):
            errors["image_alt"] = ValidationError(
                _("Describe the post's image for screen readers.")
            )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        value["handle"] = handle
        return value

    def get_context(self, value, parent_context=None):
        note_post_shown(parent_context)  # the page's policy may then allow X's widget
        return super().get_context(value, parent_context)

    # The post is a quotation: its text, author and handle stay verbatim in every locale. The
    # translator is offered the post's text and their translation is stored beside it, in
    # `translation`; only the image's alt text is translated in place.
    def get_translatable_segments(self, value):
        from wagtail_localize.segments import StringSegmentValue

        segments = []
        if value.get("text"):
            segments.append(StringSegmentValue("translation", value["text"]))
        if value.get("image_alt"):
            segments.append(StringSegmentValue("image_alt", value["image_alt"]))
        return segments

    def restore_translated_segments(self, value, segments):
        for segment in segments:
            value[segment.path] = segment.render_text()
        return value

    class Meta:
        template = "base/blocks/tweet.html"
        icon = "openquote"
        group = _("Social")
        value_class = TweetStructValue
        description = _("A post from X, stored as text and shown without loading X.")
        preview_value = {
            "url": "https://x.com/coalition/status/1790000000000000000",
            "author_name": "Global Coalition",
            "handle": "coalition",
            "text": "Partners met today in Rome 🇮🇹 to keep up the pressure. #DefeatDaesh "
            "#StrongerTogether @coalition",
            # A datetime, not a string: preview values are not run through to_python, and the
            # template's date filter turns a string into nothing.
            "posted_at": datetime.datetime(2026, 5, 12, 10, 30, tzinfo=datetime.UTC),
        }
