"""Admin registrations for members: the snippet editors add, filter and translate."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Member


class MemberViewSet(SnippetViewSet):
    model = Member
    icon = "group"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "kind", "region", "year_joined", "locale"]
    list_filter = ["kind", "region", "locale"]
    search_fields = ["name"]


register_snippet(MemberViewSet)
