"""The content checks editors see in the page editor's Checks panel and the userbar: Wagtail's
accessibility checker (axe), with the rules for what editors write switched on."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.userbar import ContentCheckerItem


class EditorContentChecker(ContentCheckerItem):
    """Wagtail's default checks (heading order, empty headings and links, alt text that looks
    like a file name, missing meta description …) plus the ones for content editors control:
    images without alt text, alt text that repeats the caption, lists and table headers from
    rich text. Layout rules (contrast, landmarks) stay with the front-end tests."""

    axe_run_only = [
        *ContentCheckerItem.axe_run_only,
        "image-alt",
        "image-redundant-alt",
        "list",
        "listitem",
        "th-has-data-cells",
    ]
    axe_messages = {
        **ContentCheckerItem.axe_messages,
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
