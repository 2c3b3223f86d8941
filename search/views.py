"""The public search view: live pages of the visitor's language only, any input safe."""

from django.http import HttpRequest
from django.template.response import TemplateResponse

from base.models import Topic
from base.per_request import active_locale
from news.models import NewsIndexPage

from .models import QueryLog
from .query import SearchFilters, clean_query
from .results import COUNT_CAP, KIND_LABELS, KINDS, SiteSearch
from .synonyms import load_groups


def search(request: HttpRequest) -> TemplateResponse:
    locale = active_locale()
    query = clean_query(request.GET.get("q"), locale.language_code.split("-")[0])
    filters = SearchFilters.from_params(request.GET, tuple(KINDS))
    topics = list(Topic.objects.filter(locale=locale))
    topic = next((topic for topic in topics if topic.slug == filters.topic), None)
    context = {
        "query": query,
        "filters": filters,
        "topics": topics,
        "noindex": True,  # result pages are endless near-duplicates for search engines
    }
    if query.searchable:
        site_search = SiteSearch(query, filters, locale, topic, load_groups(locale))
        context.update(results_context(request, site_search))
    return TemplateResponse(request, "search/search.html", context)


def results_context(request: HttpRequest, site_search: SiteSearch) -> dict:
    query, filters = site_search.query, site_search.filters
    page = site_search.page(request.GET.get("page"))
    # A search counts once when typed; paging through it or narrowing it does not count again.
    if page.number == 1 and not filters.narrowed and "page" not in request.GET:
        QueryLog.record(query.text, site_search.locale, site_search.total)
    context = {
        "search_results": page,
        "hits": site_search.hits(page),
        "promotions": site_search.promotions(),
        "kinds": [
            {
                "key": kind,
                "label": label,
                "count": site_search.counts[kind],
                "query_string": filters.query_string(query.text, kind=kind),
                "current": kind == filters.kind,
            }
            for kind, label in KIND_LABELS.items()
        ],
        "total": min(sum(site_search.counts.values()), COUNT_CAP),
        "capped": site_search.capped,
        "also_searched": site_search.expansion.also,
        "all_kinds_query_string": filters.query_string(query.text, kind=""),
        "page_query_string": filters.query_string(query.text),
        "unfiltered_query_string": SearchFilters().query_string(query.text),
    }
    if not page.paginator.count:
        context["news_index"] = (
            NewsIndexPage.objects.live().filter(locale=site_search.locale).first()
        )
    return context
