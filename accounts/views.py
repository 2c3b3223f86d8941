"""The admin's two-factor pages: set up an authenticator app, and verify a code after login."""

from base64 import b32encode

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

import segno
from django_otp import devices_for_user, user_has_device, verify_token
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from .two_factor import two_factor_required_by_policy

BACKUP_CODE_COUNT = 10


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Code"),
        max_length=16,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
        help_text=_("The six-digit code from your authenticator app, or one of your backup codes."),
    )

    def clean_token(self) -> str:
        return "".join(self.cleaned_data["token"].split())


def safe_next(request: HttpRequest) -> str:
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
        return next_url
    return reverse("wagtailadmin_home")


def verified_device(request: HttpRequest, token: str):
    """The device that accepts `token`: six digits go to the app, anything else to backup codes.

    Routing by shape keeps a mistyped app code from counting against the backup codes too (each
    device slows down further tries after a failure).
    """
    wanted = TOTPDevice if token.isdigit() and len(token) == 6 else StaticDevice
    for device in devices_for_user(request.user, for_verify=True):
        if isinstance(device, wanted):
            found = verify_token(request.user, device.persistent_id, token)
            if found is not None:
                return found
    return None


@never_cache
@sensitive_post_parameters("token")
@login_required
def verify(request: HttpRequest) -> HttpResponse:
    """Asks a user who has a device for a code before the admin opens."""
    if not user_has_device(request.user):
        return HttpResponseRedirect(reverse("accounts_two_factor_setup"))
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = verified_device(request, form.cleaned_data["token"])
        if device is not None:
            otp_login(request, device)
            return HttpResponseRedirect(safe_next(request))
        form.add_error("token", _("That code is not valid. Wait for a new code and try again."))
    return render(
        request, "accounts/two_factor_verify.html", {"form": form, "next": safe_next(request)}
    )


def issue_backup_codes(user) -> list[str]:
    """Replaces the user's backup codes with new ones, each usable once."""
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name="backup", defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _number in range(BACKUP_CODE_COUNT)]
    device.token_set.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


@never_cache
@sensitive_post_parameters("token")
@login_required
def setup(request: HttpRequest) -> HttpResponse:
    """Adds an authenticator app: shows its key as a QR code, confirms it with a first code."""
    if user_has_device(request.user):
        return HttpResponseRedirect(reverse("accounts_two_factor_verify"))
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=request.user, name="app", confirmed=False)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            codes = issue_backup_codes(request.user)
            return render(
                request,
                "accounts/two_factor_backup_codes.html",
                {"codes": codes, "next": safe_next(request)},
            )
        form.add_error("token", _("That code does not match. Check the app's clock and try again."))
    qr_code = mark_safe(segno.make(device.config_url, error="m").svg_inline(scale=4))  # noqa: S308 - generated SVG
    return render(
        request,
        "accounts/two_factor_setup.html",
        {
            "form": form,
            "qr_code": qr_code,
            "secret": b32encode(device.bin_key).decode("ascii").rstrip("="),
            "next": safe_next(request),
        },
    )


@never_cache
@login_required
def manage(request: HttpRequest) -> HttpResponse:
    """The account page's two-factor section: status, new backup codes, switching it off."""
    has_device = user_has_device(request.user)
    required = two_factor_required_by_policy(request.user)
    if request.method == "POST" and has_device and request.user.is_verified():
        action = request.POST.get("action")
        if action == "backup_codes":
            codes = issue_backup_codes(request.user)
            return render(
                request,
                "accounts/two_factor_backup_codes.html",
                {"codes": codes, "next": reverse("accounts_two_factor_manage")},
            )
        if action == "remove" and not required:
            for device in devices_for_user(request.user, confirmed=None):
                device.delete()
            return HttpResponseRedirect(reverse("accounts_two_factor_manage"))
    backup = StaticDevice.objects.filter(user=request.user, name="backup").first()
    return render(
        request,
        "accounts/two_factor_manage.html",
        {
            "has_device": has_device,
            "required": required,
            "backup_codes_left": backup.token_set.count() if backup else 0,
        },
    )
