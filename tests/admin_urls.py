"""Walking the admin's URL patterns: every route under the admin prefix, with a concrete URL for it.

Used by the permission matrix (tests/test_security_permissions.py). Arguments are filled from a
set of sample objects, chosen by the argument's name and the route's namespace.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.exceptions import NoReverseMatch


@dataclass(frozen=True)
class AdminRoute:
    name: str  # "namespace:name", or the route itself for an unnamed pattern
    route: str
    keywords: tuple[str, ...]


def walk(patterns, prefix: str = "", namespace: str = ""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern):
            route = prefix + str(pattern.pattern)
            if pattern.name:
                name = f"{namespace}:{pattern.name}" if namespace else pattern.name
            else:
                name = route
            keywords = tuple(pattern.pattern.regex.groupindex)
            yield AdminRoute(name, route, keywords)


def admin_routes() -> list[AdminRoute]:
    """Every URL pattern under the admin prefix that the installed apps register."""
    found = {}
    for route in walk(get_resolver().url_patterns):
        if route.route.startswith(settings.ADMIN_PATH) and route.name not in found:
            found[route.name] = route
    return sorted(found.values(), key=lambda route: route.name)


# Which sample object a `pk` means, by the route's namespace.
PK_BY_NAMESPACE = {
    "wagtailusers_users": "user",
    "wagtailusers_groups": "group",
    "wagtailsites": "site",
    "wagtaillocales": "locale",
    "wagtailadmin_workflows": "workflow",
    "wagtailredirects": "redirect",
    "wagtailsearchpromotions": "query",
    "wagtailadmin_collections": "collection",
    "wagtailsnippets_base_topic": "topic",
    "wagtailsnippetchoosers_base_topic": "topic",
    "wagtailsnippets_members_member": "member",
    "wagtailsnippetchoosers_members_member": "member",
    "wagtailsnippets_posts_post": "post",
    "wagtailsnippetchoosers_posts_post": "post",
    "wagtailimages": "image",
    "wagtailimages_chooser": "image",
    "wagtaildocs": "document",
    "wagtaildocs_chooser": "document",
    "wagtailadmin_api:images": "image",
    "wagtailadmin_api:documents": "document",
    "wagtailsettings": "site",
}
# Sample value names for every other argument name.
BY_KEYWORD = {
    "page_id": "page",
    "parent_page_id": "home",
    "page_to_move_id": "page",
    "destination_id": "home",
    "page_pk": "page",
    "image_id": "image",
    "document_id": "document",
    "doc_id": "document",
    "redirect_id": "redirect",
    "query_id": "query",
    "collection_id": "collection",
    "revision_id": "revision",
    "revision_id_a": "revision",
    "revision_id_b": "revision",
    "translation_id": "translation",
    "translation_source_id": "translation_source",
    "workflow_pk": "workflow",
    "task_id": "task",
    "object_id": "topic",
    "app_label": "app_label",
    "app_name": "app_label",
    "content_type_app_name": "app_label",
    "model_name": "model_name",
    "content_type_model_name": "model_name",
}
LITERALS = {
    "mode": "edit",
    "filter_spec": "width-100",
    "action_name": "copy",
    "action": "publish",
    "uidb64": "MQ",
    "token": "set-password",
}


def argument(route: AdminRoute, keyword: str, samples: dict) -> object:
    if keyword in LITERALS:
        return LITERALS[keyword]
    if keyword in ("model_name", "content_type_model_name") and route.name.startswith(
        "wagtailsettings:"
    ):
        return samples["setting_model_name"]
    if keyword == "pk":
        namespace = route.name.rsplit(":", 1)[0]
        return samples[PK_BY_NAMESPACE.get(namespace, "page")]
    return samples.get(BY_KEYWORD.get(keyword, ""), 1)


def concrete_url(route: AdminRoute, samples: dict) -> str | None:
    """A URL that resolves to the route, or None for a pattern that cannot be reversed."""
    kwargs = {keyword: argument(route, keyword, samples) for keyword in route.keywords}
    if route.name == route.route:
        return None
    try:
        return reverse(route.name, kwargs=kwargs)
    except NoReverseMatch:
        return None
