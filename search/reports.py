"""The admin report of what visitors search for: popular queries and queries that found nothing."""

from django import forms
from django.db.models import Max, Sum
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import DateRangePickerWidget, LocaleFilter, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.coreutils import get_content_languages
from wagtail.permission_policies import ModelPermissionPolicy

import django_filters

from .models import QueryLog


class NoResultsFilter(django_filters.BooleanFilter):
    def filter(self, qs, value):
        # Applies to the grouped rows: a query that never found anything in the period.
        return qs.filter(max_results=0) if value else qs


class SearchQueriesFilterSet(WagtailFilterSet):
    locale = LocaleFilter(
        label=_("Language"),
        choices=lambda: list(get_content_languages().items()),
        empty_label=None,
        null_label=_("All"),
        null_value=None,
        widget=forms.RadioSelect,
    )
    date = django_filters.DateFromToRangeFilter(label=_("Searched"), widget=DateRangePickerWidget)
    no_results = NoResultsFilter(
        label=_("Only searches that found nothing"), widget=forms.CheckboxInput
    )

    class Meta:
        model = QueryLog
        fields = ["locale", "date", "no_results"]


class SearchQueriesReportView(ReportView):
    page_title = _("Search queries")
    header_icon = "search"
    index_url_name = "search_queries_report"
    index_results_url_name = "search_queries_report_results"
    filterset_class = SearchQueriesFilterSet
    permission_policy = ModelPermissionPolicy(QueryLog)
    permission_required = "view"
    default_ordering = "-searches_total"
    columns = [
        Column("query", label=_("Query")),
        Column("locale__language_code", label=_("Language")),
        Column("searches_total", label=_("Searches"), sort_key="searches_total"),
        Column("max_results", label=_("Results"), sort_key="max_results"),
        DateColumn("last_searched", label=_("Last searched"), sort_key="last_searched"),
    ]
    list_export = [
        "query",
        "locale__language_code",
        "searches_total",
        "max_results",
        "last_searched",
    ]
    export_headings = {
        "query": _("Query"),
        "locale__language_code": _("Language"),
        "searches_total": _("Searches"),
        "max_results": _("Results"),
        "last_searched": _("Last searched"),
    }

    def get_base_queryset(self):
        # One row per query and language over the chosen period; filters on the date narrow the
        # days summed, the no-results filter applies to the sums.
        return (
            QueryLog.objects.values("query", "locale__language_code")
            .annotate(
                searches_total=Sum("searches"),
                max_results=Max("results"),
                last_searched=Max("date"),
            )
            .order_by()
        )

    def order_queryset(self, queryset):
        return queryset.order_by(self.ordering, "query")

    def get_filtered_queryset(self):
        # BaseListingView.get_queryset has filtered already; filtering the grouped rows twice
        # would be harmless but costs a second pass.
        return self.get_queryset()
