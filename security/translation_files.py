"""PO file uploads in the translation editor: a file that is missing or malformed is a message.

wagtail-localize 1.14's upload view answers a POST without a file, and a PO file without its
translation header, with a 500. This view checks the upload first and hands every good one to
wagtail-localize unchanged. It is mounted on the same address (security/wagtail_hooks.py);
tests/test_security_uploads.py fails once upstream handles these cases itself, so this can go.
"""

import contextlib
import os
import tempfile

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.models import Translation
from wagtail_localize.views import edit_translation
from wagtail_localize.views.edit_translation import user_can_edit_instance

import polib

TRANSLATION_HEADER = "X-WagtailLocalize-TranslationID"
MAX_PO_SIZE = 5 * 1024 * 1024


def is_importable(upload) -> bool:
    """Whether wagtail-localize can read this upload: a PO file with its translation header."""
    if upload is None or upload.size > MAX_PO_SIZE:
        return False
    # polib reads a *path* when given one: parse from a file of our own, as upstream does.
    with tempfile.NamedTemporaryFile(suffix=".po", delete=False) as handle:
        handle.write(upload.read())
    try:
        return TRANSLATION_HEADER in polib.pofile(handle.name).metadata
    except (OSError, UnicodeDecodeError, ValueError):
        return False
    finally:
        upload.seek(0)
        with contextlib.suppress(OSError):
            os.unlink(handle.name)


@require_POST
def upload_pofile(request: HttpRequest, translation_id: int) -> HttpResponse:
    translation = get_object_or_404(Translation, id=translation_id)
    if not user_can_edit_instance(request.user, translation.get_target_instance()):
        raise PermissionDenied
    if not is_importable(request.FILES.get("file")):
        messages.error(request, _("Please upload a valid PO file."))
        return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))
    return edit_translation.upload_pofile(request, translation_id)
