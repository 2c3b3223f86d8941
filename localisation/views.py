"""Admin view: the translation status of every page in every language."""

from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .status import STATUS_LABELS, status_table


def translation_status_report(request: HttpRequest) -> TemplateResponse:
    wanted = request.GET.get("status", "")
    locales, rows = status_table()
    if wanted in STATUS_LABELS:
        rows = [row for row in rows if any(cell.status == wanted for cell in row.cells)]
    return TemplateResponse(
        request,
        "localisation/status.html",
        {
            "title": _("Translation status"),
            "locales": locales,
            "rows": rows,
            "statuses": STATUS_LABELS.items(),
            "wanted": wanted,
        },
    )
