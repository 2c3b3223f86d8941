"""Values worked out once per request and shared by everything that renders it.

A page asks for the active locale, the locale's topics and the localised home page from its
view, its head, its structured data, the menu and the footer: without a memo each asks the
database again (ten locale queries for one article). The memo lives for one request only,
so nothing here can go stale; outside a request (commands, tests calling code directly)
values are computed every time.
"""

from collections.abc import Callable, Hashable
from contextvars import ContextVar
from typing import TypeVar

from django.utils import translation

from wagtail.models import Locale

T = TypeVar("T")
_memo: ContextVar[dict | None] = ContextVar("per_request_memo", default=None)


class PerRequestMemoMiddleware:
    """Opens the memo for the request and drops it with the response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)


def once_per_request(key: Hashable, compute: Callable[[], T]) -> T:
    memo = _memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


_wagtail_get_active = Locale.get_active


def active_locale() -> Locale:
    """Wagtail's Locale.get_active(), once per request and language."""
    return once_per_request(("active locale", translation.get_language()), _wagtail_get_active)


def share_active_locale() -> None:
    """Make Wagtail's own Locale.get_active() read the memo too: routing (`root_page.localized`)
    and every `page.localized` in templates asked the database again for the same locale (three
    identical queries on the home page). Called once from BaseConfig.ready()."""
    Locale.get_active = classmethod(lambda cls: active_locale())
