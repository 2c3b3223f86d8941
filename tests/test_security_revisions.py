"""Nothing lost: every save is a revision editors can compare and restore, and publishing goes
through the moderators' approval in every language."""

from django.contrib.auth import get_user_model

from wagtail.models import Locale, Page, WorkflowPage, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

import pytest

from accounts.roles import ensure_roles
from localisation.translate import translate_object

from .factories import NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def roles(home_page):
    return ensure_roles()


def user_in(groups, group: str, name: str):
    user = get_user_model().objects.create_user(name, f"{name}@example.org", "x" * 20)
    user.groups.add(groups[group])
    return user


@pytest.fixture
def article(news_index):
    page = NewsPageFactory(parent=news_index, title="Partners meet")
    page.save_revision().publish()
    return page


def save_draft(client, page: Page, title: str, action: str | None = None):
    """Post the edit form as the editor would, changing only the title."""
    edit_url = f"/admin/pages/{page.pk}/edit/"
    form = querydict_from_html(client.get(edit_url).content.decode(), form_id="page-edit-form")
    # The body is built by the editor's JavaScript; this article has an empty one.
    form.update(nested_form_data({"body": streamfield([])}))
    form["title"] = title
    if action:
        form[action] = "1"
    return client.post(edit_url, form)


def test_every_save_is_a_revision_that_can_be_compared_and_restored(client, roles, article):
    editor = user_in(roles, "Editors", "ed")
    client.force_login(editor)
    before = article.revisions.count()
    for title in ("Partners meet again", "Partners meet in Rome"):
        assert save_draft(client, article, title).status_code == 302
    assert article.revisions.count() == before + 2
    first, *_rest, latest = article.revisions.order_by("created_at")

    history = client.get(f"/admin/pages/{article.pk}/history/")
    assert history.status_code == 200
    compare = client.get(f"/admin/pages/{article.pk}/revisions/compare/{first.pk}...{latest.pk}/")
    assert compare.status_code == 200
    assert b"Partners meet in Rome" in compare.content
    # Restoring opens the editor with the old content, to be saved as a new revision.
    revert = client.get(f"/admin/pages/{article.pk}/revisions/{first.pk}/revert/")
    assert revert.status_code == 200
    assert b'value="Partners meet"' in revert.content
    # Drafts never touched the live page.
    article.refresh_from_db()
    assert article.title == "Partners meet"


def test_moderation_workflow_is_on_the_root_for_every_locale(roles, home_page, news_index):
    workflow = WorkflowPage.objects.get(page=Page.get_first_root_node()).workflow
    assert workflow.active and workflow.name == "Moderators approval"
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == ["Moderators"]
    pages = [home_page, news_index]
    for code in ("ar", "fr"):
        locale = Locale.objects.get(language_code=code)
        pages.append(translate_object(home_page, locale, lambda text: text))
        pages.append(translate_object(news_index, locale, lambda text: text))
    for page in pages:
        assert page.get_workflow() == workflow, page.locale


def test_submit_approve_publish(client, roles, article):
    editor = user_in(roles, "Editors", "ed")
    moderator = user_in(roles, "Moderators", "mo")
    assert not article.permissions_for_user(editor).can_publish()
    assert article.permissions_for_user(moderator).can_publish()

    client.force_login(editor)
    response = save_draft(client, article, "Partners agree a plan", action="action-submit")
    assert response.status_code == 302
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(article.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    article.refresh_from_db()
    assert article.title == "Partners meet"  # not published by submitting

    # An editor's attempt to publish directly is refused.
    save_draft(client, article, "Sneaky", action="action-publish")
    article.refresh_from_db()
    assert article.title == "Partners meet"

    state.current_task_state.approve(user=moderator)
    article.refresh_from_db()
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert article.live and article.title == "Partners agree a plan"


def test_roles_are_created_idempotently(roles):
    again = ensure_roles()
    assert {name: group.pk for name, group in roles.items()} == {
        name: group.pk for name, group in again.items()
    }
    assert {"Editors", "Moderators", "Administrators", "Arabic translators"} <= set(roles)
    assert WorkflowPage.objects.filter(page=Page.get_first_root_node()).count() == 1
