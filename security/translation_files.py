"""PO file uploads in the translation editor: all or nothing, with every problem named.

wagtail-localize 1.14's upload view answers a POST without a file, and a PO file without its
translation header, with a 500; it imports the entries it can and silently skips the others
(unknown context or text), and stores HTML its own validator refuses, flagged as an error. This
view reads and checks the whole file first. One problem and nothing is stored: the message lists
each problem with its line, context and reason. A clean file is imported by wagtail-localize's
`Translation.import_po`, in one transaction. It is mounted on wagtail-localize's address
(security/wagtail_hooks.py); tests/test_security_uploads.py and tests/test_localisation_po.py
say when upstream changes.
"""

import contextlib
import os
import re
import tempfile
from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.models import (
    String,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationContext,
)
from wagtail_localize.strings import StringValue, validate_translation_links
from wagtail_localize.views.edit_translation import user_can_edit_instance

import polib

TRANSLATION_HEADER = "X-WagtailLocalize-TranslationID"
MAX_PO_SIZE = 5 * 1024 * 1024
MAX_LISTED_PROBLEMS = 20


class UnreadableFile(Exception):
    """The upload is not a PO file this translation can read; the message says why."""


@dataclass(frozen=True)
class Problem:
    line: int
    context: str
    reason: str


def read_po(upload) -> polib.POFile:
    """Parse the upload as UTF-8 PO text, or raise UnreadableFile."""
    if upload is None or upload.size == 0:
        raise UnreadableFile(_("Please choose a PO file to upload."))
    if upload.size > MAX_PO_SIZE:
        raise UnreadableFile(
            _("The file is larger than %(size)d MB.") % {"size": MAX_PO_SIZE // (1024 * 1024)}
        )
    data = upload.read()
    upload.seek(0)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UnreadableFile(
            _("The file is not UTF-8 text (byte %(position)d). Save it as UTF-8 and try again.")
            % {"position": error.start + 1}
        ) from error
    # polib reads a *path* when given one: parse from a file of our own, as upstream does.
    with tempfile.NamedTemporaryFile(suffix=".po", delete=False) as handle:
        handle.write(data)
    try:
        po = polib.pofile(handle.name, encoding="utf-8")
    except (OSError, ValueError) as error:
        raise UnreadableFile(syntax_error_message(str(error))) from error
    finally:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
    if TRANSLATION_HEADER not in po.metadata:
        raise UnreadableFile(
            _("Please upload a valid PO file.")
            + " "
            + _("Download the PO file of this translation, translate it and upload that file.")
        )
    return po


def syntax_error_message(error: str) -> str:
    """polib's message names our temporary file; the translator needs only the line."""
    line = re.search(r"\(line (\d+)\)", error)
    if line:
        return _("This is not a valid PO file: syntax error on line %(line)s.") % {
            "line": line.group(1)
        }
    return _("This is not a valid PO file.")


def entry_problem(translation: Translation, entry: polib.POEntry) -> str | None:
    """Why this entry cannot be imported into `translation`, or None."""
    source = translation.source
    context = TranslationContext.objects.filter(
        object_id=source.object_id, path=entry.msgctxt or ""
    ).first()
    if context is None:
        return _("this place (context) is not on the page")
    string = String.objects.filter(
        locale_id=source.locale_id, data_hash=String._get_data_hash(entry.msgid)
    ).first()
    if string is None:
        return _("this source text is not on the page; the page may have changed since")
    used_here = (
        StringSegment.objects.filter(string=string, context=context).exists()
        or StringTranslation.objects.filter(translation_of=string, context=context).exists()
    )
    if not used_here:
        return _("this source text is not used in this place")
    try:
        StringValue.from_translated_html(entry.msgstr)
        validate_translation_links(entry.msgid, entry.msgstr)
    except ValueError as error:
        return str(error.args[0])
    return None


def file_problems(translation: Translation, po: polib.POFile) -> list[Problem]:
    """Every entry that would be skipped or stored with an error; empty when all can go in."""
    if po.metadata[TRANSLATION_HEADER] != str(translation.uuid):
        return [Problem(0, "", _("the file was made for a different translation"))]
    problems = []
    for entry in po:
        if entry.obsolete or not entry.msgstr:
            continue  # as upstream: nothing to import
        reason = entry_problem(translation, entry)
        if reason:
            problems.append(Problem(entry.linenum, entry.msgctxt or "", reason))
    return problems


def problems_message(problems: list[Problem]):
    listed = problems[:MAX_LISTED_PROBLEMS]
    items = format_html_join(
        "",
        "<li>{}</li>",
        (
            (
                _("Line %(line)d, context “%(context)s”: %(reason)s")
                % {
                    "line": problem.line,
                    "context": Truncator(problem.context).chars(80),
                    "reason": problem.reason,
                },
            )
            for problem in listed
        ),
    )
    more = len(problems) - len(listed)
    more_text = (
        format_html("<p>{}</p>", _("…and %(count)d more.") % {"count": more}) if more else ""
    )
    return format_html(
        "{}<ul>{}</ul>{}",
        _("Nothing was imported: fix these entries and upload the file again."),
        items,
        more_text,
    )


@require_POST
def upload_pofile(request: HttpRequest, translation_id: int) -> HttpResponse:
    translation = get_object_or_404(Translation, id=translation_id)
    if not user_can_edit_instance(request.user, translation.get_target_instance()):
        raise PermissionDenied
    back = redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))
    try:
        po = read_po(request.FILES.get("file"))
    except UnreadableFile as error:
        messages.error(request, str(error))
        return back
    problems = file_problems(translation, po)
    if problems:
        messages.error(request, problems_message(problems))
        return back
    with transaction.atomic():
        translation.import_po(po, user=request.user, tool_name="PO File")
    messages.success(request, _("Successfully imported translations from PO File."))
    return back
