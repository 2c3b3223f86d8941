"""Small site-wide views: the cookie-consent choice."""

from urllib.parse import urlsplit

from django.http import (
    HttpRequest,
    HttpResponseBadRequest,
    HttpResponsePermanentRedirect,
    HttpResponseRedirect,
)
from django.templatetags.static import static
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe

from security.consent import CONSENT_CHOICES, CONSENT_COOKIE, CONSENT_MAX_AGE


def is_cross_site(request: HttpRequest) -> bool:
    """Whether the post came from another site, by Sec-Fetch-Site, else Origin, else Referer.

    Browsers older than 2020–2023 send no Sec-Fetch-Site but do send Origin (or at least
    Referer) on a form post. A post with none of the three (privacy tools strip them) is
    accepted: it can only record a choice the visitor can change at any time.
    """
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site:
        return fetch_site not in ("same-origin", "none")
    source = request.headers.get("Origin") or request.headers.get("Referer")
    if not source:
        return False
    if source == "null":  # an opaque origin: a sandboxed frame or a data: URL
        return True
    parts = urlsplit(source)
    own_scheme = "https" if request.is_secure() else "http"
    return (parts.scheme, parts.netloc) != (own_scheme, request.get_host())


# CSRF-exempt so the banner works on cached pages with no per-visitor token. A forged post can
# only record a choice the visitor can change at any time, and cross-site posts are refused.
@csrf_exempt
@require_POST
def cookie_consent(request: HttpRequest):
    """Remembers the visitor's choice for visitors without JavaScript (the JS sets the same cookie)."""
    if is_cross_site(request):
        # Empty: the error page middleware answers in the visitor's language.
        return HttpResponseBadRequest()
    choice = request.POST.get("choice", "")
    if choice not in CONSENT_CHOICES:
        return HttpResponseBadRequest()
    next_url = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    response.set_cookie(
        CONSENT_COOKIE, choice, max_age=CONSENT_MAX_AGE, samesite="Lax", secure=request.is_secure()
    )
    return response


@require_safe
def favicon(request: HttpRequest) -> HttpResponsePermanentRedirect:
    """/favicon.ico, which browsers and crawlers ask for whatever the page says: the static one."""
    return HttpResponsePermanentRedirect(static("favicon.ico"))
