"""The posts wall in the admin: editors add, order (by date) and translate posts from X."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Post


class PostViewSet(SnippetViewSet):
    model = Post
    icon = "openquote"
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["author_name", "handle", "posted_at", "locale"]
    list_filter = ["locale"]


register_snippet(PostViewSet)
