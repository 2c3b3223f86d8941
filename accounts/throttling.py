"""The client address django-axes counts failed logins against, aware of trusted proxies."""

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    """The visitor's address: REMOTE_ADDR, or the entry our own proxies appended to X-Forwarded-For.

    Only the last TRUSTED_PROXY_COUNT entries were written by proxies we run; anything before
    them came from the client and could be forged to dodge the lockout.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    return forwarded[-count] if len(forwarded) >= count else remote
