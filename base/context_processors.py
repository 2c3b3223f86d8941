"""Template context every page needs: consent state, navigation and the cookie policy link."""

from django.http import HttpRequest
from django.utils import translation

from security.consent import consent_state


def site_chrome(request: HttpRequest) -> dict:
    return {
        "cookie_consent": consent_state(request),
        "text_direction": "rtl" if translation.get_language_bidi() else "ltr",
    }
