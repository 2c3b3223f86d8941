"""Error pages for every status the site answers with, in the visitor's language.

Each page is rendered from one standalone template without the request's context processors,
so it needs no database (no site settings, menus or page tree) and comes out during an outage
too. Statuses Django answers with an empty body (405 from `require_POST`, say) get the same page
from ErrorPageMiddleware.
"""

import logging

from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language, get_language_bidi
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

# What is shown if even the error page cannot be rendered (no static manifest, a broken
# template): plain, in the three languages.
FALLBACK_HTML = (
    '<!DOCTYPE html><html lang="en"><meta charset="utf-8"><title>Global Coalition</title>'
    "<h1>Back soon</h1><p>Please try again in a minute.</p>"
    '<p lang="fr">Bientôt de retour. Veuillez réessayer dans une minute.</p>'
    '<p lang="ar" dir="rtl">سنعود قريبًا. يرجى المحاولة بعد دقيقة.</p></html>'
)

# status → (heading, explanation)
ERROR_PAGES = {
    400: (
        _("Bad request"),
        _(
            "The site could not understand this request. Go back, check the address or the form, and try again."
        ),
    ),
    403: (
        _("Access denied"),
        _(
            "You do not have permission to do this. If you were filling in a form, reload the page and try again."
        ),
    ),
    404: (_("Page not found"), _("The page you asked for does not exist or has moved.")),
    405: (
        _("Not available this way"),
        _(
            "This address does not accept this kind of request. Go back and use the site’s links and buttons."
        ),
    ),
    413: (
        _("Too much to send"),
        _("What you sent is larger than the site accepts. Send a smaller file or a shorter form."),
    ),
    429: (
        _("Too many attempts"),
        _("Too many requests came from your connection. Wait a few minutes and try again."),
    ),
    500: (
        _("Something went wrong"),
        _("We could not show this page. Please try again in a moment."),
    ),
    503: (
        _("Back soon"),
        _("The site is briefly unavailable while we fix a problem. Please try again in a minute."),
    ),
}


def render_error_page(template: str, context: dict | None = None) -> str:
    """An error page that cannot fail in turn."""
    try:
        return render_to_string(template, context)
    except Exception:  # noqa: BLE001 - an error page must come out whatever else is broken
        logger.exception("Could not render %s", template)
        return FALLBACK_HTML


def error_response(
    status: int, message: str | None = None, retry_after: int | None = None
) -> HttpResponse:
    """The page for `status` in the active language; `message` replaces the explanation."""
    heading, explanation = ERROR_PAGES[status]
    language = get_language() or "en"
    html = render_error_page(
        "operations/error.html",
        {
            "status": status,
            "heading": heading,
            "message": message or explanation,
            "language": language,
            "direction": "rtl" if get_language_bidi() else "ltr",
            "home": f"/{language}/",
            "offer_search": status == 404,
        },
    )
    response = HttpResponse(html, status=status)
    if retry_after is not None:
        response["Retry-After"] = str(retry_after)
    add_never_cache_headers(response)
    return response


class ErrorPageMiddleware:
    """Gives error responses that have no body (a 405 from `require_POST`) the error page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code in ERROR_PAGES and not response.streaming and not response.content:
            page = error_response(response.status_code)
            for header in ("Allow", "Retry-After"):
                if header in response:
                    page[header] = response[header]
            return page
        return response
