"""A post's snapshot fetched once from X's public oEmbed endpoint: bounded, sanitised, checked.

Nothing here runs when a page is viewed: the tweet block calls it when an editor saves a post with
only its address, and the refresh action and command call it on request. Every way the fetch can
go wrong ends in `PostFetchError` with a message for the editor; nothing else escapes.
"""

import datetime
import io
import json
import logging
import re
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.images import get_image_model

from PIL import Image as PillowImage

from security.html import sanitise_html

logger = logging.getLogger(__name__)

DEFAULT_ENDPOINT = "https://publish.twitter.com/oembed"
HANDLE = re.compile(r"[A-Za-z0-9_]{1,15}")
# Status ids are "snowflakes" since November 2010: the upper bits are milliseconds since this.
SNOWFLAKE_EPOCH_MS = 1288834974657
FIRST_SNOWFLAKE = 1 << 32
MAX_REDIRECTS = 3


class PostFetchError(Exception):
    """The fetch failed; `str(error)` is the message for the editor."""

    def __init__(self, message, *, deleted: bool = False):
        super().__init__(message)
        self.message = message
        # X says the post is gone (404): the refresh command reports it.
        self.deleted = deleted


@dataclass(frozen=True)
class PostSnapshot:
    author_name: str
    handle: str
    text: str
    posted_at: datetime.datetime | None
    image_url: str = ""


def setting(name: str, default):
    return getattr(settings, name, default)


# --- HTTP ---------------------------------------------------------------------------------------


class SameHostRedirects(urllib.request.HTTPRedirectHandler):
    """Follow a redirect only to the host that was asked, a few times at most."""

    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        target = urlsplit(urljoin(req.full_url, newurl))
        if target.netloc.lower() != urlsplit(req.full_url).netloc.lower():
            raise PostFetchError(
                _("X sent the request on to another site (%(host)s); it was not followed.")
                % {"host": target.hostname or "?"}
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_opener = urllib.request.build_opener(SameHostRedirects)


def http_get(url: str, *, max_bytes: int) -> tuple[bytes, str]:
    """The body and content type of a GET, within the timeout and the size cap."""
    timeout = setting("TWEET_OEMBED_TIMEOUT", 5)
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(url, headers={"User-Agent": "coalition-site/1.0"})  # noqa: S310
    try:
        with _opener.open(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type()
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise _too_big(max_bytes)
            body = bytearray()
            while chunk := response.read(16 * 1024):
                body += chunk
                if len(body) > max_bytes:
                    raise _too_big(max_bytes)
                if time.monotonic() > deadline:
                    raise _too_slow(timeout)
            return bytes(body), content_type
    except PostFetchError:
        raise
    except urllib.error.HTTPError as error:
        raise _refused(error.code) from error
    except TimeoutError as error:
        raise _too_slow(timeout) from error
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise _too_slow(timeout) from error
        raise PostFetchError(
            _("X could not be reached. Fill in the fields by hand, or save again later.")
        ) from error
    except (OSError, ValueError) as error:
        raise PostFetchError(
            _("X could not be reached. Fill in the fields by hand, or save again later.")
        ) from error


def _too_big(limit: int) -> PostFetchError:
    return PostFetchError(
        _("X's answer was larger than %(size)s KB and was not read.") % {"size": limit // 1024}
    )


def _too_slow(timeout: float) -> PostFetchError:
    return PostFetchError(
        _(
            "X did not answer within %(seconds)s seconds. Fill in the fields by hand, "
            "or save again later."
        )
        % {"seconds": timeout}
    )


def _refused(status: int) -> PostFetchError:
    if status == 404:
        return PostFetchError(
            _("X says this post does not exist: it may have been deleted."), deleted=True
        )
    if status in (401, 403):
        return PostFetchError(
            _(
                "X refuses to share this post: the account may be protected. Fill in the fields by hand."
            )
        )
    return PostFetchError(
        _(
            "X answered with an error (HTTP %(status)s). Fill in the fields by hand, or save again later."
        )
        % {"status": status}
    )


# --- The post's image ---------------------------------------------------------------------------


def download_image(image_url: str, title: str):
    """The post's image in the Wagtail image library (the one already there under `title`, or
    a new one, decoded in full like any upload); None when it cannot be had."""
    # Imported here: security.uploads loads Wagtail's image forms, which need the models ready,
    # and this module is imported while the page models are being defined.
    from security.uploads import decode_fully

    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    parsed = urlsplit(image_url)
    allowed = setting("TWEET_IMAGE_HOSTS", ["pbs.twimg.com"])
    if parsed.scheme not in ("http", "https") or parsed.netloc.lower() not in allowed:
        logger.warning("Post image not downloaded from %s: host not allowed", parsed.netloc)
        return None
    try:
        body, _type = http_get(image_url, max_bytes=settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE)
        upload = io.BytesIO(body)
        decode_fully(upload)
        with PillowImage.open(upload) as opened:
            extension = (opened.format or "").lower().replace("jpeg", "jpg")
    except (PostFetchError, ValidationError, OSError) as error:
        logger.warning("Post image not downloaded from %s: %s", image_url, error)
        return None
    if extension not in settings.WAGTAILIMAGES_EXTENSIONS:
        logger.warning("Post image not downloaded from %s: %s files refused", image_url, extension)
        return None
    upload.seek(0)
    image = Image(title=title)
    image.file = ImageFile(upload, name=f"{slugify(title)}.{extension}")
    image.save()
    return image


# --- oEmbed -------------------------------------------------------------------------------------


def fetch_post(url: str, handle: str, status_id: str) -> PostSnapshot:
    """The snapshot of the post at `url` (a valid post URL, its handle and id), from oEmbed."""
    endpoint = setting("TWEET_OEMBED_ENDPOINT", DEFAULT_ENDPOINT)
    query = urlencode({"url": url, "omit_script": "1", "dnt": "true"})
    body, content_type = http_get(
        f"{endpoint}?{query}", max_bytes=setting("TWEET_OEMBED_MAX_BYTES", 256 * 1024)
    )
    unreadable = PostFetchError(
        _("X's answer could not be read as a post. Fill in the fields by hand.")
    )
    if content_type not in ("application/json", "text/json", "application/javascript"):
        raise PostFetchError(
            _("X sent a web page instead of the post's data. Fill in the fields by hand.")
        )
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise unreadable from error
    if not isinstance(data, dict) or not isinstance(data.get("html"), str):
        raise unreadable
    return snapshot_from_oembed(data, handle, status_id)


def snapshot_from_oembed(data: dict, handle_in_url: str, status_id: str) -> PostSnapshot:
    """Author, handle, text, date and image from an oEmbed answer, its HTML sanitised first."""
    author_path = urlsplit(str(data.get("author_url") or "")).path.strip("/")
    handle = author_path if HANDLE.fullmatch(author_path) else handle_in_url
    reader = EmbedReader()
    reader.feed(sanitise_html(data["html"]))
    reader.close()
    text = reader.text.strip()
    if not text:
        raise PostFetchError(
            _("X's answer holds no text for this post. Fill in the fields by hand.")
        )
    image_url = data.get("thumbnail_url")
    return PostSnapshot(
        author_name=str(data.get("author_name") or "").strip()[:80],
        handle=handle,
        text=text[:4000],
        posted_at=posted_at(status_id, reader.date_text),
        image_url=image_url if isinstance(image_url, str) else "",
    )


def posted_at(status_id: str, date_text: str) -> datetime.datetime | None:
    """The post's time from its id (exact), else from the date X shows under it (the day)."""
    number = int(status_id)
    if number >= FIRST_SNOWFLAKE:
        milliseconds = (number >> 22) + SNOWFLAKE_EPOCH_MS
        return datetime.datetime.fromtimestamp(milliseconds / 1000, tz=datetime.UTC).replace(
            microsecond=0
        )
    try:
        day = datetime.datetime.strptime(date_text.strip(), "%B %d, %Y")  # noqa: DTZ007
    except ValueError:
        return None
    return day.replace(tzinfo=datetime.UTC)


class EmbedReader(HTMLParser):
    """The text of the embed's first paragraph (line breaks kept, links as their text, the
    pic.twitter.com link of an attached image dropped) and the text of the last link (the date)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.in_paragraph = False
        self.done_paragraph = False
        self.link_text: list[str] | None = None
        self.date_text = ""

    def handle_starttag(self, tag, attrs):
        if tag == "p" and not self.done_paragraph:
            self.in_paragraph = True
        elif tag == "br" and self.in_paragraph:
            self.parts.append("\n")
        elif tag == "a":
            self.link_text = []

    def handle_endtag(self, tag):
        if tag == "p" and self.in_paragraph:
            self.in_paragraph, self.done_paragraph = False, True
        elif tag == "a" and self.link_text is not None:
            text = "".join(self.link_text)
            if self.in_paragraph and not text.startswith("pic.twitter.com/"):
                self.parts.append(text)
            elif not self.in_paragraph:
                self.date_text = text
            self.link_text = None

    def handle_data(self, data):
        if self.link_text is not None:
            self.link_text.append(data)
        elif self.in_paragraph:
            self.parts.append(data)

    @property
    def text(self) -> str:
        return "".join(self.parts)
