"""The admin's list of sign-in lockouts, where administrators lift one (or all) of them."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.timezone import now
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from wagtail.admin import messages

from axes.helpers import get_cool_off
from axes.models import AccessAttempt

PERMISSION = "axes.delete_accessattempt"  # Administrators have it (accounts.roles)


def can_lift_lockouts(user) -> bool:
    return user.has_perm(PERMISSION)


def recent_attempts():
    """Failed sign-ins that still count towards a lockout, the most recent first."""
    since = now() - get_cool_off()
    return AccessAttempt.objects.filter(attempt_time__gte=since).order_by("-attempt_time")


@require_http_methods(["GET", "POST"])
def lockouts(request: HttpRequest) -> HttpResponse:
    if not can_lift_lockouts(request.user):
        raise PermissionDenied
    if request.method == "POST":
        chosen = AccessAttempt.objects.all()
        if request.POST.get("attempt") != "all":
            chosen = chosen.filter(pk=request.POST.get("attempt") or 0)
        count, _deleted = chosen.delete()
        if count:
            messages.success(request, _("Lockout lifted: those accounts can sign in again."))
        return HttpResponseRedirect(reverse("accounts_lockouts"))
    return render(
        request,
        "accounts/lockouts.html",
        {
            "attempts": recent_attempts(),
            "pair_limit": settings.AXES_FAILURE_LIMIT,
            "address_limit": settings.AXES_ADDRESS_FAILURE_LIMIT,
            "account_limit": settings.AXES_ACCOUNT_FAILURE_LIMIT,
        },
    )
