"""The content checks editors see in the page editor's Checks panel and the userbar: Wagtail's
accessibility checker (axe), with the rules for what editors write switched on."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.userbar import ContentCheckerItem


class EditorContentChecker(ContentCheckerItem):
    """Wagtail's default checks (heading order, empty headings and links, alt text that looks
    like a file name, missing meta description …) plus the ones for content editors control:
    images without alt text (an empty alt included), alt text that repeats the caption, lists
    and table headers from rich text, the language of the page and of its parts. Layout rules
    (contrast, landmarks) stay with the front-end tests. The same checks run on pages in every
    language; their messages follow the editor's admin language."""

    axe_run_only = [
        *ContentCheckerItem.axe_run_only,
        "image-alt",
        "image-redundant-alt",
        "content-image-alt",
        "list",
        "listitem",
        "th-has-data-cells",
        # Language of the page and of its parts (a French quotation in an English article).
        "html-has-lang",
        "html-lang-valid",
        "valid-lang",
    ]
    # axe accepts alt="" as "decorative", but no picture an editor puts in the content is: a
    # photo, or a post's image saved from X before anyone described it, must be described.
    axe_custom_rules = [
        *ContentCheckerItem.axe_custom_rules,
        {
            "id": "content-image-alt",
            "impact": "critical",
            "selector": ".block-image img, img.tweet__image",
            "tags": ["wcag2a", "wcag111"],
            "any": ["non-empty-alt"],
            "enabled": True,
        },
    ]
    axe_messages = {
        **ContentCheckerItem.axe_messages,
        "content-image-alt": {
            "error_name": _("Image without alt text"),
            "help_text": _("Describe the image for people who cannot see it"),
        },
        "html-has-lang": {
            "error_name": _("Page language not set"),
            "help_text": _("Screen readers need the page's language to pronounce it"),
        },
        "html-lang-valid": {
            "error_name": _("Page language not valid"),
            "help_text": _("Screen readers need the page's language to pronounce it"),
        },
        "valid-lang": {
            "error_name": _("Language of a passage not valid"),
            "help_text": _("Mark passages in another language with a valid language code"),
        },
        "image-alt": {
            "error_name": _("Image without alt text"),
            "help_text": _("Describe the image for people who cannot see it"),
        },
        "image-redundant-alt": {
            "error_name": _("Alt text repeats nearby text"),
            "help_text": _("Say what the image shows, not what the caption already says"),
        },
        "list": {
            "error_name": _("Broken list"),
            "help_text": _("Use the editor's list buttons for bulleted and numbered lists"),
        },
        "listitem": {
            "error_name": _("Broken list"),
            "help_text": _("Use the editor's list buttons for bulleted and numbered lists"),
        },
        "th-has-data-cells": {
            "error_name": _("Table header without data"),
            "help_text": _("Every table header should describe a column or row of data"),
        },
    }


def use_editor_checks(request, items: list, page) -> None:
    """Swap Wagtail's checker for ours wherever it appears (userbar, preview, Checks panel)."""
    for position, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, EditorContentChecker):
            items[position] = EditorContentChecker(in_editor=item.in_editor)
