"""Scheduled publishing in code, the way an editor schedules a page in the admin ("Set schedule",
then Publish). `manage.py publish_scheduled`, run every minute, makes it happen."""

import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.utils import timezone

from wagtail.models import Page, Revision


def schedule_publication(
    page: Page,
    go_live_at: datetime.datetime,
    expire_at: datetime.datetime | None = None,
    user: AbstractBaseUser | None = None,
) -> Revision:
    """Save the page's current content as a revision approved to go live at `go_live_at` (and,
    if given, to be unpublished at `expire_at`). A page already live stays as it is until then;
    a time in the past publishes now."""
    page.go_live_at = go_live_at
    page.expire_at = expire_at
    revision = page.save_revision(user=user, log_action=True)
    revision.publish(user=user)
    return revision


def is_scheduled(page: Page) -> bool:
    """Whether a revision of the page waits for its publication time."""
    return page.revisions.filter(approved_go_live_at__gt=timezone.now()).exists()
