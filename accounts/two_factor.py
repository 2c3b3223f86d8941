"""Two-factor authentication for the admin: who must use it, and the middleware that insists.

django-otp provides the devices (TOTP apps, one-time backup codes) and marks a session as
verified; this module decides who needs a second factor and sends them to the setup or
verification page before any other admin page.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse

from django_otp import user_has_device

ADMINISTRATORS_GROUP = "Administrators"


def is_administrator(user: AbstractBaseUser) -> bool:
    return user.is_superuser or user.groups.filter(name=ADMINISTRATORS_GROUP).exists()


def two_factor_required_by_policy(user: AbstractBaseUser) -> bool:
    """Whether TWO_FACTOR_REQUIRED_FOR makes this user use a second factor."""
    policy = settings.TWO_FACTOR_REQUIRED_FOR
    if policy == "everyone":
        return True
    if policy == "administrators":
        return is_administrator(user)
    return False


def two_factor_required(user: AbstractBaseUser) -> bool:
    """Whether this signed-in user must pass a second factor to use the admin."""
    # Anyone who set up a device is asked for it, whatever the policy.
    return user_has_device(user) or two_factor_required_by_policy(user)


def exempt_paths() -> tuple[str, ...]:
    """Admin pages an unverified user may still reach: the two-factor pages and signing out."""
    return (
        reverse("accounts_two_factor_verify"),
        reverse("accounts_two_factor_setup"),
        reverse("wagtailadmin_logout"),
        reverse("wagtailadmin_login"),
    )


class TwoFactorMiddleware:
    """Sends signed-in, unverified admin users to verify (or set up) their second factor."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if self.must_verify(request):
            return self.redirect(request)
        return self.get_response(request)

    @staticmethod
    def must_verify(request: HttpRequest) -> bool:
        if not request.path_info.startswith("/" + settings.ADMIN_PATH):
            return False
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.is_verified():
            return False
        if request.path_info.startswith(exempt_paths()):
            return False
        return two_factor_required(user)

    @staticmethod
    def redirect(request: HttpRequest) -> HttpResponseRedirect:
        name = (
            "accounts_two_factor_verify"
            if user_has_device(request.user)
            else "accounts_two_factor_setup"
        )
        query = urlencode({"next": request.get_full_path()}) if request.method == "GET" else ""
        return HttpResponseRedirect(reverse(name) + (f"?{query}" if query else ""))
