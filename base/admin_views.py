"""Admin views of what base owns: refreshing a page's posts from X."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from wagtail.models import Page

from .post_refresh import DELETED, FAILED, UPDATED, posts_on, refresh_page


def refresh_posts_view(request: HttpRequest, page_id: int) -> HttpResponse:
    """The posts of the page's latest revision, each with a "Refresh from X" button."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if request.method == "POST":
        results = refresh_page(page, user=request.user, block_id=request.POST.get("block_id"))
        for result in results:
            report(request, result)
        if not results:
            messages.error(request, _("This post is no longer on the page."))
        return redirect("base_refresh_posts", page.pk)
    posts = list(posts_on(page.get_latest_revision_as_object()))
    return TemplateResponse(
        request,
        "base/admin/refresh_posts.html",
        {"page": page, "posts": posts, "title": _("Refresh posts from X")},
    )


def report(request: HttpRequest, result) -> None:
    values = {"url": result.url, "message": result.message}
    if result.outcome == UPDATED:
        messages.success(request, _("Refreshed from X: %(url)s") % values)
    elif result.outcome == DELETED:
        messages.warning(
            request,
            _("%(url)s: %(message)s The stored snapshot is kept; remove the post if it should go.")
            % values,
        )
    elif result.outcome == FAILED:
        messages.error(request, _("%(url)s was not refreshed: %(message)s") % values)
    else:
        messages.info(request, _("%(url)s is already up to date.") % values)
