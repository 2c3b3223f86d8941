"""Admin registrations for what base owns."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.auth import require_admin_access
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import refresh_posts_view
from .editor_checks import use_editor_checks
from .models import Topic
from .post_refresh import has_posts

hooks.register("construct_wagtail_userbar", use_editor_checks)


@hooks.register("construct_page_action_menu")
def one_unpublish_action(menu_items: list, request, context) -> None:
    """Wagtail offers "Unpublish" in the editor's header menu (beside Move, Copy and Delete) and
    again in the save menu; keep the header's."""
    menu_items[:] = [item for item in menu_items if item.name != "action-unpublish"]


@hooks.register("register_admin_urls")
def register_refresh_posts_url():
    return [
        path(
            "pages/<int:page_id>/refresh-posts/",
            require_admin_access(refresh_posts_view),
            name="base_refresh_posts",
        )
    ]


@hooks.register("register_page_header_buttons")
def refresh_posts_button(page, user, view_name=None, next_url=None):
    # Only in the page editor, and only for a page that holds a post: one revision read.
    if view_name == "edit" and page.permissions_for_user(user).can_edit() and has_posts(page):
        yield Button(
            _("Refresh posts from X"),
            reverse("base_refresh_posts", args=[page.pk]),
            icon_name="rotate",
            priority=58,
        )


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


register_snippet(TopicViewSet)
