"""Login throttling (django-axes): the client's address, the limits per account and per address,
and the page a locked-out visitor sees.

Three counts, each with its own limit, any of which locks out:
- one username from one address (guessing one account's password): AXES_FAILURE_LIMIT;
- one address, any usernames (password spraying): AXES_ADDRESS_FAILURE_LIMIT, higher, so an
  office behind one NAT address is not locked out by a few colleagues' typos;
- one username, any addresses (guessing spread over many machines): AXES_ACCOUNT_FAILURE_LIMIT.
Administrators lift lockouts from the admin (accounts.lockouts) or with `manage.py axes_reset`.
"""

from ipaddress import ip_address
from math import floor

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_cool_off, get_failure_limit, get_lockout_parameters

from operations.errors import error_response

PAIR = ("username", "ip_address")


def client_ip(request: HttpRequest) -> str:
    """The visitor's address: REMOTE_ADDR, or the entry our own proxies appended to X-Forwarded-For.

    X-Forwarded-For is believed only when the connection comes from one of our proxies
    (TRUSTED_PROXY_ADDRESSES): a client reaching the app server directly could write anything
    there to dodge the lockout. Even then only the last TRUSTED_PROXY_COUNT entries were written
    by our proxies; anything before them came from the client.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0 or not from_trusted_proxy(remote):
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    return forwarded[-count] if len(forwarded) >= count else remote


def from_trusted_proxy(address: str) -> bool:
    try:
        return ip_address(address) in {ip_address(proxy) for proxy in trusted_proxies()}
    except ValueError:
        return False


def trusted_proxies() -> list[str]:
    return list(settings.TRUSTED_PROXY_ADDRESSES)


def limit_for(parameter: str | list[str], pair_limit: int) -> int:
    names = (parameter,) if isinstance(parameter, str) else tuple(parameter)
    if names == ("ip_address",):
        return settings.AXES_ADDRESS_FAILURE_LIMIT
    if names == ("username",):
        return settings.AXES_ACCOUNT_FAILURE_LIMIT
    return pair_limit


class AccountAndAddressHandler(AxesDatabaseHandler):
    """django-axes' database handler with a limit per lockout parameter.

    Axes compares the largest count of any parameter with one limit (AXES_FAILURE_LIMIT). Each
    count is scaled here to that limit, so each parameter locks out at its own limit: with 5
    and 20, twenty failures from one address count as five.
    """

    def get_failures(self, request, credentials: dict | None = None) -> int:
        pair_limit = get_failure_limit(request, credentials)
        parameters = get_lockout_parameters(request, credentials)
        attempts = self.get_user_attempts(request, credentials)
        scaled = [
            floor(
                sum(attempt.failures_since_start for attempt in found)
                * pair_limit
                / limit_for(parameter, pair_limit)
            )
            for parameter, found in zip(parameters, attempts, strict=True)
        ]
        return max(scaled, default=0)


def lockout_response(
    request: HttpRequest, original_response=None, credentials=None
) -> HttpResponse:
    """AXES_LOCKOUT_CALLABLE: the 429 page in the visitor's language, saying when to retry."""
    cool_off = get_cool_off(request)
    seconds = int(cool_off.total_seconds()) if cool_off else None
    return error_response(
        429,
        _(
            "Signing in is paused for a while after several failed attempts from your "
            "connection or for this account. Try again later, or ask an administrator to "
            "unlock it."
        ),
        retry_after=seconds,
    )
