"""The visitor's cookie choice, decided in one place: the cookie, its values, the state a request
is in, and whether the page shown holds what the choice unlocks (a post from X, whose widget
script loads only for visitors who accepted).

Read by the consent view, the template context, the page cache (one entry per state) and the
Content-Security-Policy (security.headers); set by the consent view and by site.js.
"""

from django.http import HttpRequest
from django.template import Context

CONSENT_COOKIE = "cookie_consent"
CONSENT_ACCEPTED = "accepted"
CONSENT_CHOICES = frozenset({CONSENT_ACCEPTED, "rejected"})
CONSENT_MAX_AGE = 180 * 24 * 3600

# Set on the request by a block that rendered a post from X (base.blocks.social.TweetBlock).
POSTS_SHOWN_ATTRIBUTE = "shows_x_posts"


def consent_state(request: HttpRequest) -> str:
    """ "accepted" or "rejected"; "" while the visitor has not chosen (any other value too)."""
    value = request.COOKIES.get(CONSENT_COOKIE, "")
    return value if value in CONSENT_CHOICES else ""


def has_accepted(request: HttpRequest) -> bool:
    return consent_state(request) == CONSENT_ACCEPTED


def note_post_shown(context: Context | dict | None) -> None:
    """A block rendering a post from X says so with its template context: the page's policy
    then allows X's widget for visitors who accepted. Rendered without a request (a feed, a
    preview of the block alone), there is no page to tell."""
    request = context.get("request") if context else None
    if request is not None:
        setattr(request, POSTS_SHOWN_ATTRIBUTE, True)


def shows_posts(request: HttpRequest) -> bool:
    """Whether the response to this request shows a post from X (see note_post_shown)."""
    return getattr(request, POSTS_SHOWN_ATTRIBUTE, False)
