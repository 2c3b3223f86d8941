"""Text blocks: headings, paragraphs, quotes, calls to action, key figures, related pages."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "superscript"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=160, label=_("Heading"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
        help_text=_("Use section headings first; sub-headings only under a section heading."),
    )

    class Meta:
        template = "base/blocks/heading.html"
        icon = "title"
        group = _("Text")
        description = _("A section heading that also appears in the page outline.")
        preview_value = {"text": "Stabilising liberated areas", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        template = "base/blocks/paragraph.html"
        icon = "pilcrow"
        group = _("Text")
        description = _("Body text with bold, italic, lists and links.")
        preview_value = RichText(
            "<p>Partners met to review progress on restoring water, power and schools "
            "in liberated areas.</p>"
        )


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(required=False, max_length=120, label=_("Who said it"))
    role = blocks.CharBlock(required=False, max_length=160, label=_("Their role"))

    def clean(self, value):
        value = super().clean(value)
        if value.get("role") and not value.get("attribution"):
            raise StructBlockValidationError(
                block_errors={
                    "attribution": ValidationError(
                        _("Name the speaker, or remove the role: a role alone cannot be quoted.")
                    )
                }
            )
        return value

    class Meta:
        template = "base/blocks/quote.html"
        icon = "openquote"
        group = _("Text")
        description = _("A pull quote with the speaker's name and role.")
        preview_value = {
            "text": "We are stronger when we act together.",
            "attribution": "Special Envoy",
            "role": "Co-chair of the Small Group",
        }


class LinkStructValue(blocks.StructValue):
    def url(self) -> str:
        page = self.get("page")
        if page:
            return page.localized.url
        return self.get("external_url") or ""


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False, max_length=400)
    button_label = blocks.CharBlock(max_length=40, label=_("Button label"))
    page = blocks.PageChooserBlock(required=False, help_text=_("A page on this site, or …"))
    external_url = blocks.URLBlock(
        required=False, label=_("External URL"), help_text=_("… a web address (https://…).")
    )

    def clean(self, value):
        value = super().clean(value)
        has_page, has_url = bool(value.get("page")), bool(value.get("external_url"))
        if has_page == has_url:
            message = ValidationError(
                _("Choose a page or enter a web address, not both.")
                if has_page
                else _("Choose a page or enter a web address for the button.")
            )
            raise StructBlockValidationError(
                block_errors={"page": message, "external_url": message}
            )
        return value

    class Meta:
        template = "base/blocks/call_to_action.html"
        icon = "pick"
        group = _("Text")
        value_class = LinkStructValue
        description = _("A highlighted box with a button that leads somewhere.")
        preview_value = {
            "title": "Deny Daesh Cash",
            "text": "Watch the one-minute explainers on how partners cut off financing.",
            "button_label": "Watch the series",
            "external_url": "https://example.org/campaigns/deny-daesh-cash/",
        }


class KeyFigureBlock(blocks.StructBlock):
    figure = blocks.CharBlock(max_length=20, help_text=_("The number, e.g. 85 or 7.7 million."))
    label = blocks.CharBlock(max_length=120, help_text=_("What it counts, e.g. members."))

    class Meta:
        icon = "decimal"


class KeyFiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120)
    figures = blocks.ListBlock(KeyFigureBlock(), min_num=1, max_num=6)

    class Meta:
        template = "base/blocks/key_figures.html"
        icon = "table"
        group = _("Text")
        description = _("Up to six headline numbers with what they count.")
        preview_value = {
            "heading": "The Coalition in numbers",
            "figures": [
                {"figure": "85", "label": "members"},
                {"figure": "2014", "label": "formed in September"},
            ],
        }


class RelatedPagesStructValue(blocks.StructValue):
    def live_pages(self) -> list:
        """The chosen pages in the visitor's language, skipping any that are not live."""
        # `localized` gives the live translation, or the chosen page itself when there is none;
        # test that page, so a live translation of an unpublished original still shows.
        localized = [page.localized for page in self.get("pages") or [] if page]
        return [page for page in localized if page.live]


class RelatedPagesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120, default="Related")
    pages = blocks.ListBlock(blocks.PageChooserBlock(), min_num=1, max_num=6)

    class Meta:
        template = "base/blocks/related.html"
        icon = "link"
        group = _("Links")
        value_class = RelatedPagesStructValue
        description = _("Links to up to six related pages, shown as cards.")

    def get_preview_value(self):
        # The latest live pages below the sections (articles, campaigns) in the editor's language.
        pages = (
            Page.objects.live()
            .public()
            .filter(depth__gte=4, locale=Locale.get_active())
            .order_by("-first_published_at", "-pk")[:3]
        )
        return self.normalize({"heading": "Related", "pages": list(pages)})
