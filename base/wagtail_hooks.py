"""Admin registrations for what base owns."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .editor_checks import use_editor_checks
from .models import Topic

hooks.register("construct_wagtail_userbar", use_editor_checks)


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


register_snippet(TopicViewSet)
