"""Template context every page needs: consent state, navigation and the cookie policy link."""

from django.http import HttpRequest
from django.utils import translation

from .views import CONSENT_COOKIE


def site_chrome(request: HttpRequest) -> dict:
    consent = request.COOKIES.get(CONSENT_COOKIE, "")
    return {
        "cookie_consent": consent if consent in ("accepted", "rejected") else "",
        "text_direction": "rtl" if translation.get_language_bidi() else "ltr",
    }
