"""The permission matrix: every admin URL the installed apps register, for every role and for an
anonymous visitor. A route nobody classified fails the test, so an upgrade that adds one is
looked at before it ships.

Classes:
- PUBLIC: the login and password-reset pages, open to anyone.
- SIGNED_IN: the dashboard, account, choosers, listings: any role may open them (what they list
  is filtered by the role's rights).
- ADMINISTRATORS: users, groups, sites, locales, settings, workflows, collections, redirects,
  promoted search results and site-wide reports: refused to editors, moderators and translators.
- CONTENT: views of one page, image, document or snippet: what each role may do there depends on
  the object; the matrix checks they never fail, and the role tests check the rights themselves.
Everyone else (anonymous) is sent to the login page, and no URL answers any role with a 500.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import reverse

from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query
from wagtail.documents.models import Document
from wagtail.models import Collection, Locale, Site, Task, Workflow
from wagtail_localize.models import Translation, TranslationSource

import pytest

from accounts.roles import ensure_roles
from localisation.translate import translate_object

from .admin_urls import admin_routes, concrete_url
from .factories import ImageFactory, MemberFactory, NewsPageFactory, PostFactory, TopicFactory

pytestmark = pytest.mark.django_db

PUBLIC = "public"
SIGNED_IN = "signed-in"
ADMINISTRATORS = "administrators"
SUPERUSERS = "superusers"
CONTENT = "content"

# Classification by namespace; names listed in EXACT override it. A namespace or name not here
# fails test_every_admin_route_is_classified.
BY_NAMESPACE = {
    "wagtailusers_users": ADMINISTRATORS,
    "wagtailusers_groups": ADMINISTRATORS,
    "wagtailsites": ADMINISTRATORS,
    "wagtaillocales": ADMINISTRATORS,
    "wagtailadmin_workflows": ADMINISTRATORS,
    "wagtailsettings": ADMINISTRATORS,
    "wagtailredirects": ADMINISTRATORS,
    "wagtailsearchpromotions": ADMINISTRATORS,
    "wagtailadmin_collections": ADMINISTRATORS,
    "wagtailadmin_pages": CONTENT,
    "wagtailimages": CONTENT,
    "wagtaildocs": CONTENT,
    "wagtailsnippets_base_topic": CONTENT,
    "wagtailsnippetchoosers_base_topic": CONTENT,
    "wagtailsnippets_search_synonym": CONTENT,
    "wagtailsnippetchoosers_search_synonym": CONTENT,
    "wagtailsnippets_members_member": CONTENT,
    "wagtailsnippetchoosers_members_member": CONTENT,
    "wagtailsnippets_posts_post": CONTENT,
    "wagtailsnippetchoosers_posts_post": CONTENT,
    "wagtailimages_chooser": SIGNED_IN,
    "wagtaildocs_chooser": SIGNED_IN,
    "wagtailadmin_api:pages": CONTENT,
    "wagtailadmin_api:images": CONTENT,
    "wagtailadmin_api:documents": CONTENT,
    "wagtail_localize": CONTENT,
    "wagtailforms": CONTENT,
    "wagtailadmin_reports": CONTENT,  # each report needs the rights over what it lists
    "wagtailadmin_editing_sessions": CONTENT,
    "wagtailembeds": SIGNED_IN,
    "wagtailsnippets": CONTENT,
}
EXACT = {
    # Wagtail's own search-terms report is for superusers; the site's search app replaces it.
    "wagtailsearchpromotions:search_terms": SUPERUSERS,
    "wagtailsearchpromotions:search_terms_results": SUPERUSERS,
    # Choosing a promoted query or a workflow task only lists their names; creating a task
    # needs the add-task permission (test_editor_cannot_create_a_workflow_task).
    "wagtailsearchpromotions:chooser": SIGNED_IN,
    "wagtailsearchpromotions:chooserresults": SIGNED_IN,
    "wagtailadmin_workflows:task_chooser": SIGNED_IN,
    "wagtailadmin_workflows:task_chooser_results": SIGNED_IN,
    "wagtailadmin_workflows:task_chooser_create": SIGNED_IN,
    "wagtailadmin_workflows:task_chosen": SIGNED_IN,
    # Choosing or uploading from a chooser needs rights on the collection.
    "wagtailimages_chooser:chosen": CONTENT,
    "wagtailimages_chooser:create": CONTENT,
    "wagtailimages_chooser:select_format": CONTENT,
    "wagtaildocs_chooser:chosen": CONTENT,
    "wagtaildocs_chooser:create": CONTENT,
    # Static assets of the login page itself.
    "wagtailadmin_javascript_catalog": PUBLIC,
    "wagtailadmin_sprite": PUBLIC,
    "wagtailadmin_login": PUBLIC,
    "wagtailadmin_logout": PUBLIC,  # signing out is open to anyone
    "wagtailadmin_password_reset": PUBLIC,
    "wagtailadmin_password_reset_done": PUBLIC,
    "wagtailadmin_password_reset_confirm": PUBLIC,
    "wagtailadmin_password_reset_complete": PUBLIC,
}


def classify(name: str) -> str | None:
    if name in EXACT:
        return EXACT[name]
    namespace = name.rsplit(":", 1)[0] if ":" in name else ""
    return BY_NAMESPACE.get(namespace) or UNNAMESPACED.get(name)


# Routes outside a namespace, each named (unnamed patterns by their route).
UNNAMESPACED = {
    "accounts_two_factor_setup": SIGNED_IN,
    "accounts_two_factor_verify": SIGNED_IN,
    "accounts_two_factor_manage": SIGNED_IN,
    "accounts_lockouts": ADMINISTRATORS,  # lifting a sign-in lockout
    "admin/^.*/$": SIGNED_IN,  # the admin's own 404 for unknown addresses
    "admin/test404/": SIGNED_IN,
    "base_refresh_posts": CONTENT,  # an editor refreshes a page's posts from X
    "localisation_submit_for_review": CONTENT,  # a translator sends their translation to review
    "localisation_convert_to_alias": CONTENT,  # and the right to delete the page
    "localisation_stop_translation": CONTENT,  # and the right to delete the page
    "security_upload_pofile": CONTENT,
    "search_queries_report": ADMINISTRATORS,
    "search_queries_report_results": ADMINISTRATORS,
    "translation_status": SIGNED_IN,
    "wagtail_bulk_action": CONTENT,
    "wagtailadmin_account": SIGNED_IN,
    "wagtailadmin_block_preview": SIGNED_IN,
    "wagtailadmin_choose_page": SIGNED_IN,
    "wagtailadmin_choose_page_anchor_link": SIGNED_IN,
    "wagtailadmin_choose_page_child": CONTENT,
    "wagtailadmin_choose_page_chosen_multiple": SIGNED_IN,
    "wagtailadmin_choose_page_email_link": SIGNED_IN,
    "wagtailadmin_choose_page_external_link": SIGNED_IN,
    "wagtailadmin_choose_page_phone_link": SIGNED_IN,
    "wagtailadmin_choose_page_search": SIGNED_IN,
    "wagtailadmin_dismissibles": SIGNED_IN,
    "wagtailadmin_error_test": SIGNED_IN,
    "wagtailadmin_explore": CONTENT,
    "wagtailadmin_explore_results": CONTENT,
    "wagtailadmin_explore_root": CONTENT,
    "wagtailadmin_home": SIGNED_IN,
    "wagtailadmin_tag_autocomplete": SIGNED_IN,
    "wagtailadmin_tag_model_autocomplete": SIGNED_IN,
}

# Wagtail's /failwhale/ raises on purpose, so that error reporting can be tried out.
DELIBERATE_ERRORS = {"wagtailadmin_error_test"}

ROLES = ["anonymous", "editor", "moderator", "translator", "administrator"]


def outcome(response, url: str) -> str:
    """allowed, refused, login, missing, post-only or error."""
    status = response.status_code
    if status >= 500:
        return "error"
    if status in (301, 302):
        location = response["Location"]
        if location.startswith(reverse("wagtailadmin_login")):
            return "login"
        if location == f"/en{url}":
            return "missing"  # a 404 that the language middleware retried under /en/
        if location == reverse("wagtailadmin_home"):
            return "refused"  # Wagtail's permission-denied answer: back to the dashboard
        return "allowed"
    if status == 403:
        return "refused"
    if status == 404:
        return "missing"
    if status == 405:
        return "post-only"
    return "allowed"  # 200, or 400 for a view that wants other input


@pytest.fixture
def samples(home_page, news_index):
    groups = ensure_roles()
    page = NewsPageFactory(parent=news_index, title="Ministers meet")
    page.save_revision()
    french = Locale.objects.get(language_code="fr")
    for original in (home_page, news_index, page):
        translate_object(original, french, lambda text: text)
    source = TranslationSource.objects.get_for_instance(page)
    translation = Translation.objects.get(source=source, target_locale=french)
    users = {}
    for role, group in (
        ("editor", "Editors"),
        ("moderator", "Moderators"),
        ("translator", "Arabic translators"),
        ("administrator", "Administrators"),
    ):
        user = get_user_model().objects.create_user(role, f"{role}@example.org", "x" * 20)
        user.groups.add(groups[group])
        users[role] = user
    workflow = Workflow.objects.first()
    return {
        "users": users,
        "home": home_page.pk,
        "page": page.pk,
        "revision": page.latest_revision.pk,
        # In the root collection, where the roles have their rights (the factory makes its own).
        "image": ImageFactory(collection=Collection.get_first_root_node()).pk,
        "document": Document.objects.create(
            title="Statement", file=ContentFile(b"%PDF-1.4", "statement.pdf")
        ).pk,
        "redirect": Redirect.objects.create(old_path="/old", redirect_link="/en/").pk,
        "query": Query.get("water").pk,
        "collection": Collection.get_first_root_node().add_child(name="Photos").pk,
        "topic": TopicFactory().pk,
        "member": MemberFactory().pk,
        "post": PostFactory().pk,
        "user": users["editor"].pk,
        "group": Group.objects.get(name="Editors").pk,
        "site": Site.objects.get(is_default_site=True).pk,
        "locale": Locale.objects.get(language_code="fr").pk,
        "workflow": workflow.pk,
        "task": Task.objects.first().pk,
        "translation": translation.pk,
        "translation_source": source.pk,
        "app_label": "base",
        "model_name": "topic",
        "setting_model_name": "siteidentity",
    }


def test_every_admin_route_is_classified():
    unclassified = [route.name for route in admin_routes() if classify(route.name) is None]
    assert not unclassified, "Classify these admin URLs: " + ", ".join(unclassified)


def observe(client, samples) -> dict[str, dict[str, str]]:
    """{route name: {role: outcome}} for every route that can be reversed."""
    found = {}
    client.raise_request_exception = False
    for route in admin_routes():
        url = concrete_url(route, samples)
        if url is None:
            continue
        found[route.name] = {}
        for role in ROLES:
            client.logout()
            if role != "anonymous":
                client.force_login(samples["users"][role])
            result = outcome(client.get(url), url)
            if result == "post-only" and role not in ("anonymous", "administrator"):
                # A view that only takes POST must refuse the POST too. (Administrators' POSTs
                # would really delete and disable things; their GET answer is enough.)
                result = outcome(client.post(url, {}), url)
            found[route.name][role] = result
    return found


def test_permission_matrix(client, samples):
    observed = observe(client, samples)
    problems = []
    for name, outcomes in observed.items():
        access = classify(name)
        for role, result in outcomes.items():
            if name in DELIBERATE_ERRORS:
                continue
            if result == "error":
                problems.append(f"{name}: 500 for {role}")
            elif role == "anonymous":
                if access != PUBLIC and result != "login":
                    problems.append(f"{name}: anonymous got {result}, not the login page")
            elif (
                access == SIGNED_IN
                and result not in ("allowed", "missing")
                or access == SUPERUSERS
                and result not in ("refused", "missing")
            ):
                problems.append(f"{name}: {role} got {result}")
            elif access == ADMINISTRATORS:
                expected = (
                    ("allowed", "missing", "post-only")
                    if role == "administrator"
                    else ("refused", "missing")
                )
                if result not in expected:
                    problems.append(f"{name}: {role} got {result}")
            elif access == CONTENT and result == "login":
                problems.append(f"{name}: {role} was sent to log in again")
    assert not problems, "\n".join(problems)
    # The walk really reached the admin: most routes were exercised.
    assert len(observed) > 150


def test_editor_cannot_create_a_workflow_task(client, samples):
    client.force_login(samples["users"]["editor"])
    before = Task.objects.count()
    client.post(
        reverse("wagtailadmin_workflows:task_chooser_create"),
        {"create-task-name": "Sneaky", "create-task-groups": [samples["group"]]},
    )
    assert Task.objects.count() == before
