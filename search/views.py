"""The public search view: live pages of the visitor's language only, any input safe."""

from django.core.paginator import Paginator
from django.http import HttpRequest
from django.template.response import TemplateResponse

from wagtail.models import Locale, Page

from .query import clean_query

RESULTS_PER_PAGE = 10


def search(request: HttpRequest) -> TemplateResponse:
    query = clean_query(request.GET.get("q"))
    results = Page.objects.none()
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        results = pages.search(query.text, operator="and")
    page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "search/search.html",
        {"query": query, "search_results": page, "noindex": True},
    )
