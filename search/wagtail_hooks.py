"""Admin hooks: the search queries report, its menu item and its permission; synonyms."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Synonym
from .reports import SearchQueriesReportView


class SearchQueriesMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return request.user.has_perm("search.view_querylog")


@hooks.register("register_admin_urls")
def register_search_queries_report_urls():
    return [
        path(
            "reports/search-queries/",
            SearchQueriesReportView.as_view(),
            name="search_queries_report",
        ),
        path(
            "reports/search-queries/results/",
            SearchQueriesReportView.as_view(results_only=True),
            name="search_queries_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_search_queries_menu_item():
    return SearchQueriesMenuItem(
        _("Search queries"),
        reverse("search_queries_report"),
        name="search-queries",
        icon_name="search",
        order=1100,
    )


@hooks.register("register_permissions")
def register_search_queries_permission():
    # Lets administrators give editors' groups the report without making them superusers.
    return Permission.objects.filter(content_type__app_label="search", codename="view_querylog")


@hooks.register("construct_reports_menu")
def hide_wagtail_search_terms_report(request, menu_items):
    # Wagtail's own "Search terms" report reads Query/QueryDailyHits, which this site does not
    # fill (they keep no language): the report above replaces it.
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = _("Search synonyms")
    menu_order = 1100
    add_to_settings_menu = True
    list_display = ["__str__", "locale"]
    list_filter = ["locale"]


register_snippet(SynonymViewSet)
