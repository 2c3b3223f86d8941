"""Finding the page a URL names in two queries, however deep it is.

Wagtail's routing walks the tree: at each level one query for the child with the next slug and
one for its specific instance, so an article three levels down costs six queries before its
view runs. Here every page on the path is fetched at once by URL path, the specific classes
come from the content type cache, and only the last page is fetched as its specific model.

The answers are Wagtail's: where a page on the way routes paths itself (a RoutablePageMixin
page whose routes match the rest of the path, such as a news index's feeds), or anything is
unusual, Wagtail's own walk decides.
"""

from django.http import Http404
from django.urls import Resolver404

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.url_routing import RouteResult


def claims_path(page: Page, page_class: type, remaining: list[str]) -> bool:
    """Whether `page`, a live routable page, routes `remaining` itself (its own view)."""
    if not (page.live and issubclass(page_class, RoutablePageMixin)):
        return False
    try:
        page_class.get_resolver().resolve("/" + "/".join(remaining) + "/")
    except (Resolver404, Http404):
        return False
    return True


def route_by_url_path(root: Page, request, path_components: list[str]) -> RouteResult | None:
    """The route Wagtail's walk from `root` would find, or None to let the walk decide."""
    if claims_path(root, type(root), path_components):
        return None
    prefixes = [
        root.url_path + "/".join(path_components[:depth]) + "/"
        for depth in range(1, len(path_components) + 1)
    ]
    # The slug's index finds the few pages of those names; the URL path picks the right ones.
    on_path = {
        page.url_path: page
        for page in Page.objects.filter(slug__in=set(path_components), url_path__in=prefixes)
    }
    parent = page = None
    for depth, prefix in enumerate(prefixes, start=1):
        parent, page = page, on_path.get(prefix)
        page_class = page.specific_class if page else None
        if page_class is None:
            raise Http404  # no such child: Wagtail's walk stops here too
        remaining = path_components[depth:]
        if remaining and claims_path(page, page_class, remaining):
            return None
    specific = page.specific
    if parent is not None and parent.path == specific.path[: -specific.steplen]:
        # What treebeard's get_parent() would fetch again (an article's topic links do).
        specific._cached_parent_obj = parent
    return specific.route(request, [])
