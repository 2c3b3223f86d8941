"""The project's roles, in one place: editors, moderators, translators per language, administrators.

Wagtail's migrations create Editors and Moderators and the "Moderators approval" workflow on the
root page; `ensure_roles` makes sure they exist with the rights this site expects (a flushed or
restored database may lack them), adds the Administrators group, and delegates the translator
groups to localisation.roles. Idempotent: `manage.py setup_roles` runs it.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from localisation.roles import ensure_translator_groups

from .two_factor import ADMINISTRATORS_GROUP

EDITORS = "Editors"
MODERATORS = "Moderators"
WORKFLOW_NAME = "Moderators approval"

# Page rights on the root page, so they hold in every locale's tree.
PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page", "lock_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    ADMINISTRATORS_GROUP: [
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
        "delete_page",
        "bulk_delete_page",
    ],
}
# Images and documents in the root collection.
MEDIA_PERMISSIONS = ["add_image", "change_image", "choose_image"] + [
    "add_document",
    "change_document",
    "choose_document",
]
ADMINISTRATOR_MEDIA_PERMISSIONS = MEDIA_PERMISSIONS + [
    "delete_image",
    "delete_document",
    "add_collection",
    "change_collection",
    "delete_collection",
]
# Model permissions (app_label, codename) beyond admin access.
MODEL_PERMISSIONS = {
    EDITORS: [
        ("base", "add_topic"),
        ("base", "change_topic"),
        ("members", "add_member"),
        ("members", "change_member"),
        ("posts", "add_post"),
        ("posts", "change_post"),
    ],
    MODERATORS: [
        ("base", "add_topic"),
        ("base", "change_topic"),
        ("base", "delete_topic"),
        ("members", "add_member"),
        ("members", "change_member"),
        ("members", "delete_member"),
        ("posts", "add_post"),
        ("posts", "change_post"),
        ("posts", "delete_post"),
    ],
}
# Administrators run the site but are not superusers: users, groups, sites, settings,
# redirects, workflows, locales and snippets. Every permission of these apps is theirs.
ADMINISTRATOR_APPS = [
    "auth",
    "base",
    "members",
    "posts",
    "wagtailadmin",
    "wagtailcore",
    "wagtailimages",
    "wagtaildocs",
    "wagtailredirects",
    "wagtailsearchpromotions",
    "wagtailforms",
    "wagtail_localize",
    "wagtaillocales",
    "wagtailusers",
    "axes",
    "otp_totp",
    "otp_static",
    "search",
]


def permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def grant_pages_and_media(group: Group, page_codenames: list[str], media: list[str]) -> None:
    root = Page.get_first_root_node()
    # A flushed database has no root collection (migrations made it): make one.
    root_collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    for codename in page_codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=root, permission=permission("wagtailcore", codename)
        )
    for codename in media:
        app_label = {"image": "wagtailimages", "document": "wagtaildocs"}.get(
            codename.rsplit("_", 1)[1], "wagtailcore"
        )
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root_collection, permission=permission(app_label, codename)
        )


def ensure_group(name: str) -> Group:
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.add(permission("wagtailadmin", "access_admin"))
    for app_label, codename in MODEL_PERMISSIONS.get(name, []):
        group.permissions.add(permission(app_label, codename))
    return group


def ensure_administrators() -> Group:
    group = ensure_group(ADMINISTRATORS_GROUP)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label__in=ADMINISTRATOR_APPS)
    )
    grant_pages_and_media(
        group, PAGE_PERMISSIONS[ADMINISTRATORS_GROUP], ADMINISTRATOR_MEDIA_PERMISSIONS
    )
    return group


def ensure_moderation_workflow(moderators: Group) -> Workflow:
    """The default submit → moderators approve → publish workflow, on the root page."""
    root = Page.get_first_root_node()
    existing = WorkflowPage.objects.filter(page=root).select_related("workflow").first()
    if existing is not None:
        return existing.workflow
    workflow, _created = Workflow.objects.get_or_create(
        name=WORKFLOW_NAME, defaults={"active": True}
    )
    if not workflow.workflow_tasks.exists():
        task = GroupApprovalTask.objects.create(name=WORKFLOW_NAME, active=True)
        task.groups.set([moderators])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(page=root, workflow=workflow)
    return workflow


@transaction.atomic
def ensure_roles() -> dict[str, Group]:
    """Create or refresh every role group and the moderation workflow; returns them by name."""
    groups = {}
    for name in (EDITORS, MODERATORS):
        groups[name] = ensure_group(name)
        grant_pages_and_media(groups[name], PAGE_PERMISSIONS[name], MEDIA_PERMISSIONS)
    groups[ADMINISTRATORS_GROUP] = ensure_administrators()
    for group in ensure_translator_groups().values():
        groups[group.name] = group
    ensure_moderation_workflow(groups[MODERATORS])
    return groups
