"""The public search view: live pages of the visitor's language only, any input safe."""

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from base import fragments
from base.models import Topic
from base.page_cache import current_generation
from base.per_request import active_locale
from news.models import NewsIndexPage

from . import cache
from .analytics import count_search
from .query import MAX_PARAM_CHARS, SearchFilters, clean_query
from .results import KIND_LABELS, KINDS, SiteSearch
from .synonyms import load_groups


def search(request: HttpRequest) -> HttpResponse:
    locale = active_locale()
    language = locale.language_code.split("-")[0]
    query = clean_query(request.GET.get("q"), language)
    filters = SearchFilters.from_params(request.GET, tuple(KINDS))
    # A search counts once when typed; paging through it or narrowing it does not count again.
    counted = query.searchable and not filters.narrowed and "page" not in request.GET
    cache_key = generation = None
    if query.searchable and cache.enabled(request):
        page = request.GET.get("page", "")[:MAX_PARAM_CHARS]
        generation = current_generation()
        cache_key = cache.key(request, language, query, filters, page, generation)
        cached = cache.get(cache_key) if cache_key else None
        if cached is not None:
            response, total = cached
            counts = (query.text, locale.pk, total) if counted else None
            if counts:
                count_search(*counts)
            cache.store_address(request, response, generation, counts)
            return response
    topics = fragments.cached(
        "search-topics", (locale.pk,), lambda: list(Topic.objects.filter(locale=locale))
    )
    topic = next((topic for topic in topics if topic.slug == filters.topic), None)
    context = {
        "query": query,
        "filters": filters,
        "topics": topics,
        "noindex": True,  # result pages are endless near-duplicates for search engines
    }
    total = 0
    if query.searchable:
        site_search = SiteSearch(query, filters, locale, topic, load_groups(locale))
        context.update(results_context(request, site_search))
        total = site_search.total
    counts = (query.text, locale.pk, total) if counted else None
    if counts:
        count_search(*counts)
    response = TemplateResponse(request, "search/search.html", context)
    if cache_key:

        def keep(rendered: HttpResponse) -> None:
            cache.store(cache_key, rendered, total)
            cache.store_address(request, rendered, generation, counts)

        response.add_post_render_callback(keep)
    return response


def results_context(request: HttpRequest, site_search: SiteSearch) -> dict:
    query, filters = site_search.query, site_search.filters
    page = site_search.page(request.GET.get("page"))
    context = {
        "search_results": page,
        "hits": site_search.hits(page, request),
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
        "total": site_search.all_kinds_total,
        "capped": site_search.capped,
        "also_searched": site_search.expansion.also,
        "all_kinds_query_string": filters.query_string(query.text, kind=""),
        "page_query_string": filters.query_string(query.text),
        "unfiltered_query_string": SearchFilters().query_string(query.text),
    }
    if not page.paginator.count:
        context["news_index_url"] = fragments.cached(
            "search-news-index-url",
            (site_search.locale.pk,),
            lambda: news_index_url(request, site_search.locale),
            host=request.get_host(),
        )
    return context


def news_index_url(request: HttpRequest, locale) -> str:
    """Where a search that found nothing suggests browsing ("" if the language has no news)."""
    news_index = NewsIndexPage.objects.live().filter(locale=locale).first()
    return (news_index.get_url(request) or "") if news_index else ""
