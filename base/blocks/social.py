"""The tweet block: a stored snapshot of a post on X, rendered without any third-party request."""

import datetime
import re
from urllib.parse import parse_qsl, urlsplit

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import BlockGroup, StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from base.flags import flag_emoji_as_images
from security.consent import note_post_shown

from .post_fetch import PostFetchError, PostSnapshot, download_image, fetch_post

# Exactly the addresses X hands out: https, the bare, www. and mobile. hosts of x.com and
# twitter.com, no credentials, no port, no fragment.
TWEET_HOSTS = {
    "twitter.com",
    "www.twitter.com",
    "mobile.twitter.com",
    "x.com",
    "www.x.com",
    "mobile.x.com",
}
STATUS_PATH = re.compile(r"^/(?P<handle>[A-Za-z0-9_]{1,15})/status/(?P<id>\d{1,20})/?$")
# The share menu and embeds add these; they say nothing about the post and are dropped on save.
TRACKING_PARAMETERS = {"s", "t", "ref_src", "ref_url"}

# One pass over the text finds URLs, hashtags and mentions, so links never nest.
# Hashtags take any letter or digit (Arabic included) and underscores; a "#" inside a word is
# not a hashtag. `\w` leaves out combining marks: without the Arabic vowel marks and shadda
# (and Latin combining accents and the zero-width non-joiner) added here, #سُنّة would stop
# at its first letter.
HASHTAG_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200c"
TOKEN = re.compile(
    r"(?P<url>https?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]])"
    rf"|(?<![\w&])#(?P<tag>\w[\w{HASHTAG_MARKS}]*)"
    r"|(?<![\w@])@(?P<user>[A-Za-z0-9_]{1,15})\b"
    # A signed figure ("40,000+", "-3"): written left to right even inside Arabic text.
    r"|(?<![\w+\-\u2212])(?P<figure>[+\-\u2212]\d[\d,.]*\d?|\d[\d,.]*\+)",
)


SNAPSHOT_FIELDS = ("author_name", "handle", "text", "posted_at")
POST_URL_HELP = _(
    "The post's address, e.g. https://x.com/coalition/status/1234567890. Save it alone and the "
    "author, handle, text, date and image are filled in from X."
)
FILL_BY_HAND = _("Filled in from X when it answers; or type it in yourself.")
# Previews re-validate the form as the editor types: one fetch per post serves them all.
SNAPSHOT_CACHE_SECONDS = 600
FAILURE_CACHE_SECONDS = 30

POST_URL_MESSAGE = _(
    "Enter the address of a post on X or Twitter, like https://x.com/handle/status/1234567890."
)


def parse_status_url(url: str) -> tuple[str, str] | None:
    """The (handle, status id) of a post URL in one of the forms X uses, or None."""
    try:
        parsed = urlsplit(url or "")
        query = parse_qsl(parsed.query, keep_blank_values=True, strict_parsing=bool(parsed.query))
    except ValueError:
        return None
    if (
        parsed.scheme != "https"
        # netloc, not hostname: a port or user:password@ makes it differ from every known host.
        or parsed.netloc.lower() not in TWEET_HOSTS
        or parsed.fragment
        or any(name not in TRACKING_PARAMETERS for name, _value in query)
    ):
        return None
    match = STATUS_PATH.match(parsed.path)
    return (match["handle"], match["id"]) if match else None


def normalise_status_url(url: str) -> str:
    """A valid post URL without its tracking query and trailing slash, as it is stored."""
    parsed = urlsplit(url)
    return f"https://{parsed.netloc.lower()}{parsed.path.rstrip('/')}"


def cached_snapshot(url: str, handle: str, status_id: str) -> PostSnapshot:
    """The post's snapshot from X, fetched at most once per post every ten minutes."""
    key, failed_key = f"post-snapshot:{status_id}", f"post-snapshot-failed:{status_id}"
    snapshot = cache.get(key)
    if snapshot is None:
        # Autosave and the live preview post the form every few seconds: while X fails, say
        # so again without waiting on it each time.
        if (failure := cache.get(failed_key)) is not None:
            raise PostFetchError(failure)
        try:
            snapshot = fetch_post(normalise_status_url(url), handle, status_id)
        except PostFetchError as error:
            cache.set(failed_key, error.message, FAILURE_CACHE_SECONDS)
            raise
        cache.set(key, snapshot, SNAPSHOT_CACHE_SECONDS)
    return snapshot


def image_title(handle: str, status_id: str) -> str:
    """The post's image's title in the library, by which a second fetch finds it again."""
    return f"Post by @{handle} ({status_id})"


class SnapshotNotFilled(Exception):
    """X did not answer: `errors` says why on the address and which fields to type by hand."""

    def __init__(self, errors: dict[str, ValidationError]):
        super().__init__(errors)
        self.errors = errors


def fill_snapshot_from_x(value) -> bool:
    """Fill a post's empty snapshot fields from X when the address is all the editor gave, in
    `value` (the tweet block's value, or a mapping over the wall's post); True if its image was
    fetched into the library just now.

    Fields typed by hand are never overwritten; a failed fetch blocks the save only when
    fields are still empty (SnapshotNotFilled).
    """
    empty = [name for name in SNAPSHOT_FIELDS if not value.get(name)]
    parsed = parse_status_url(value.get("url"))
    if not empty or parsed is None:
        return False
    try:
        snapshot = cached_snapshot(value["url"], *parsed)
    except PostFetchError as error:
        errors = {"url": ValidationError(error.message)}
        errors.update({name: ValidationError(FILL_BY_HAND) for name in empty})
        raise SnapshotNotFilled(errors) from error
    for name in empty:
        value[name] = getattr(snapshot, name)
    if snapshot.image_url and not value.get("image"):
        value["image"] = download_image(snapshot.image_url, image_title(*parsed))
        return value["image"] is not None
    return False


def linkify_post_text(text: str) -> SafeString:
    """The post's text, escaped, with URLs, #hashtags and @mentions as links, and flag emoji as
    SVG flags (base/flags.py); other emoji untouched."""
    pieces, position = [], 0
    for match in TOKEN.finditer(text or ""):
        pieces.append(escape(text[position : match.start()]))
        if match["url"]:
            # dir="ltr" isolates the address, which would otherwise be reordered in Arabic text.
            link = format_html(
                '<a href="{0}" rel="nofollow noopener" dir="ltr">{0}</a>', match["url"]
            )
        elif match["figure"]:
            link = format_html('<bdi dir="ltr">{}</bdi>', match["figure"])
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
    return mark_safe(flag_emoji_as_images("".join(str(piece) for piece in pieces)))


class TweetStructValue(blocks.StructValue):
    def linked_text(self) -> SafeString:
        return linkify_post_text(self.get("text"))

    def linked_translation(self) -> SafeString:
        # Hashtags and handles isolated here too: in Arabic text they flip otherwise.
        return linkify_post_text(self.get("translation"))

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
        help_text=POST_URL_HELP,
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
        value, image_fetched = self.fill_from_x(value)
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
        # A post's image fetched just now cannot have been described yet: the snapshot is saved
        # with it, and the next save (and the accessibility checker) asks for the alt text.
        if value.get("image") and not value.get("image_alt") and not image_fetched:
            errors["image_alt"] = ValidationError(
                _("Describe the post's image for screen readers.")
            )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        value["handle"] = handle
        value["url"] = normalise_status_url(value["url"])
        return value

    def fill_from_x(self, value) -> tuple[blocks.StructValue, bool]:
        try:
            return value, fill_snapshot_from_x(value)
        except SnapshotNotFilled as error:
            raise StructBlockValidationError(block_errors=error.errors) from error

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
        # The snapshot is what X said; the translation is the translators' (they fill it in
        # wagtail-localize's editor, beside the post's text), so it sits behind the settings
        # toggle here instead of asking the source-language editor for it.
        form_layout = BlockGroup(
            children=[
                "url",
                BlockGroup(
                    children=["author_name", "handle", "text", "posted_at", "image", "image_alt"],
                    heading=_("Snapshot"),
                    help_text=_(
                        "Paste the post's address and save: these fields are filled in from X. "
                        "Correct anything by hand; what you type is never overwritten."
                    ),
                    icon="openquote",
                ),
            ],
            settings=["translation"],
        )
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
