"""Small site-wide views: the cookie-consent choice."""

from django.http import HttpRequest, HttpResponseBadRequest, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .consent import CONSENT_CHOICES, CONSENT_COOKIE, CONSENT_MAX_AGE


# CSRF-exempt so the banner works on cached pages with no per-visitor token. A forged post can
# only record a choice the visitor can change at any time, and cross-site posts are refused.
@csrf_exempt
@require_POST
def cookie_consent(request: HttpRequest):
    """Remembers the visitor's choice for visitors without JavaScript (the JS sets the same cookie)."""
    if request.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
        return HttpResponseBadRequest("Cross-site consent is not accepted.")
    choice = request.POST.get("choice", "")
    if choice not in CONSENT_CHOICES:
        return HttpResponseBadRequest("Unknown consent choice.")
    next_url = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    response.set_cookie(
        CONSENT_COOKIE, choice, max_age=CONSENT_MAX_AGE, samesite="Lax", secure=request.is_secure()
    )
    return response
