"""What the translation editor tells a translator: what is live, what waits for review, and what
a moderator's approval will publish; and which of wagtail-localize's buttons they may use."""

import json
from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser

from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation

from . import history
from .discard import can_discard_translation
from .review import can_submit_for_review, target_translation


@dataclass(frozen=True)
class ReviewStatus:
    page: Page
    in_review: Revision | None  # the revision a moderator's approval publishes
    submitted_at: datetime | None
    submitted_by: AbstractBaseUser | None
    unsubmitted_draft: bool  # a saved draft nobody has sent for review
    strings_changed: int  # strings saved after the latest draft: in no revision yet
    yours_replaced: int  # this user's texts another translator replaced since the latest draft
    can_submit: bool


def review_status(page: Page, user: AbstractBaseUser) -> ReviewStatus:
    task_state = page.current_workflow_task_state if page.workflow_in_progress else None
    latest = page.latest_revision
    translation = target_translation(page)
    changed = 0
    if translation is not None:
        strings = StringTranslation.objects.filter(
            context__object_id=translation.source.object_id, locale=translation.target_locale
        )
        if latest is not None:
            strings = strings.filter(updated_at__gt=latest.created_at)
        changed = strings.count()
    return ReviewStatus(
        page=page,
        in_review=task_state.revision if task_state else None,
        submitted_at=task_state.started_at if task_state else None,
        submitted_by=page.current_workflow_state.requested_by if task_state else None,
        unsubmitted_draft=task_state is None and page.has_unpublished_changes,
        strings_changed=changed,
        yours_replaced=history.replaced_since(page, user, latest.created_at if latest else None),
        can_submit=can_submit_for_review(page, user),
    )


def editor_props(props: str, page: Page, user: AbstractBaseUser) -> str:
    """The translation editor's settings without the actions this user may not take.

    The editor (a compiled script) always draws "Stop synced translation"; an empty address
    marks it for the stylesheet to hide (static/localisation/css/translation_editor.css).
    """
    if not isinstance(page, Page) or can_discard_translation(page, user):
        return props
    data = json.loads(props)
    data["links"]["convertToAliasUrl"] = None
    data["links"]["stopTranslationUrl"] = ""
    return json.dumps(data)
