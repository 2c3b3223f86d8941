"""Blocks only news pages use: the weekly digest's items of outside reporting."""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

WEB_SCHEMES = ("http", "https")
_web_url = URLValidator(schemes=list(WEB_SCHEMES))


def web_link_error(url: str) -> str:
    """Why a digest cannot link to `url`, in words for the editor; "" when it can."""
    url = (url or "").strip()
    if not url:
        return gettext("Add the link to the report: a web address starting with https://.")
    if urlsplit(url).scheme.lower() not in WEB_SCHEMES:
        return gettext("Link only to web pages: the address must start with https:// or http://.")
    try:
        _web_url(url)
    except ValidationError:
        return gettext(
            "This is not a complete web address. Copy it from the browser’s address bar."
        )
    return ""


class DigestItemValue(blocks.StructValue):
    def link(self) -> str:
        """The report's address if it is a web link; "" otherwise (content written by imports
        or the API never went through the editor's check)."""
        url = (self.get("url") or "").strip()
        return "" if web_link_error(url) else url

    def host(self) -> str:
        """Where the link leads, shown beside it: "example.org" for https://www.example.org/…"""
        host = urlsplit(self.link()).hostname or ""
        return host.removeprefix("www.")


class DigestItemBlock(blocks.StructBlock):
    headline = blocks.CharBlock(
        max_length=200, label=_("Headline"), help_text=_("The report's headline, translated.")
    )
    outlet = blocks.CharBlock(
        max_length=120,
        label=_("Outlet"),
        help_text=_("The newspaper, broadcaster or website that published it."),
    )
    date = blocks.DateBlock(label=_("Date published"))
    summary = blocks.CharBlock(
        max_length=240,
        label=_("Summary"),
        help_text=_("One line in our own words: what the report says. Never copy its text."),
    )
    url = blocks.URLBlock(
        required=False,
        label=_("Link"),
        help_text=_("The report's web address, starting with https://."),
    )
    topic = SnippetChooserBlock(
        "base.Topic",
        required=False,
        label=_("Topic"),
        help_text=_("Items are grouped by topic; items without one come last."),
    )

    def clean(self, value):
        # The link is checked here rather than by the URL field alone, so that a missing,
        # non-web or malformed address gets a message saying what to do.
        errors = {}
        try:
            value = super().clean(value)
        except StructBlockValidationError as error:
            errors.update(error.block_errors)
        message = web_link_error(value.get("url"))
        if message:
            errors["url"] = ValidationError(message)
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value

    class Meta:
        template = "news/blocks/digest_item.html"
        icon = "link-external"
        group = _("Links")
        value_class = DigestItemValue
        label = _("Report")
        description = _("A report from another outlet: headline, outlet, date, summary and link.")
        preview_value = {
            "headline": "Rebuilt pumping station brings water back to a district",
            "outlet": "The Harbour Gazette",
            "date": "2026-11-20",
            "summary": "A local paper visits the station and hears from the engineers.",
            "url": "https://example.org/reports/water-station",
        }
