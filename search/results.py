"""Running a search: the pages of one locale, counts per kind, ordered and highlighted results,
and the results editors promoted for the query."""

import datetime
from dataclasses import dataclass
from functools import cached_property

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Page as PaginatorPage
from django.db.models import DateField, F, Q
from django.db.models.functions import Coalesce, TruncDate
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page

from base.listings import CountedPaginator
from base.models import Topic
from base.search_index import search_field_texts
from campaigns.models import CampaignPage
from home.models import StandardPage
from members.models import PartnerProfilePage
from news.models import DigestPage, NewsPage, ReadoutPage, VideoFeaturePage

from .highlight import Highlighter
from .query import CleanQuery, SearchFilters
from .text import query_key

RESULTS_PER_PAGE = 20
KINDS = {
    "news": NewsPage,
    "readout": ReadoutPage,
    "video": VideoFeaturePage,
    "digest": DigestPage,
    "campaign": CampaignPage,
    "partner": PartnerProfilePage,
    "page": StandardPage,
}
KIND_LABELS = {
    "news": _("News"),
    "readout": _("Readouts and statements"),
    "video": _("Video features"),
    "digest": _("Weekly digests"),
    "campaign": _("Campaigns"),
    "partner": _("Partner profiles"),
    "page": _("Other pages"),
}
# Articles are dated by their editors; other pages by their first publication.
LISTING_DATE = Coalesce(
    "articlepage__date", TruncDate("first_published_at"), output_field=DateField()
)
NOT_IN_SNIPPETS = {"title", "summary", "search_terms"}


def kind_content_types() -> dict[str, int]:
    """The content type id of each kind (Django caches them after the first request)."""
    by_model = ContentType.objects.get_for_models(*KINDS.values())
    return {kind: by_model[model].pk for kind, model in KINDS.items()}


@dataclass
class Hit:
    """One result as the template shows it."""

    page: Page
    kind: str
    date: datetime.date | None
    title: SafeString
    snippet: SafeString

    @property
    def kind_label(self) -> str:
        return getattr(self.page, "kind_label", None) or self.page._meta.verbose_name


class SiteSearch:
    """One visitor's search in one locale."""

    def __init__(
        self, query: CleanQuery, filters: SearchFilters, locale: Locale, topic: Topic | None
    ):
        self.query = query
        self.filters = filters
        self.locale = locale
        self.topic = topic
        self.language = locale.language_code.split("-")[0]
        self.content_types = kind_content_types()

    @property
    def terms(self) -> str:
        return " ".join(self.query.terms)

    def candidates(self):
        """Live, public pages of the locale's kinds, narrowed by topic and dates (not by kind)."""
        pages = (
            Page.objects.live()
            .public()
            .filter(locale=self.locale, content_type_id__in=self.content_types.values())
        )
        if self.topic:
            key = self.topic.translation_key
            on_topic = Page.objects.filter(
                Q(articlepage__topic_links__topic__translation_key=key)
                | Q(campaignpage__topic__translation_key=key)
            )
            pages = pages.filter(id__in=on_topic.values("id"))
        if self.filters.date_from or self.filters.date_to:
            dated = Page.objects.annotate(listing_date=LISTING_DATE)
            if self.filters.date_from:
                dated = dated.filter(listing_date__gte=self.filters.date_from)
            if self.filters.date_to:
                dated = dated.filter(listing_date__lte=self.filters.date_to)
            # A subquery on the id, because the search backends accept filters on indexed
            # fields only.
            pages = pages.filter(id__in=dated.values("id"))
        return pages

    @cached_property
    def counts(self) -> dict[str, int]:
        """How many results each kind has, whichever kind is chosen (one query)."""
        results = self.candidates().search(self.terms, operator="and", order_by_relevance=False)
        by_type = results.facet("content_type_id")
        return {kind: by_type.get(pk, 0) for kind, pk in self.content_types.items()}

    @property
    def total(self) -> int:
        if self.filters.kind:
            return self.counts[self.filters.kind]
        return sum(self.counts.values())

    def results(self):
        pages = self.candidates()
        if self.filters.kind:
            pages = pages.filter(content_type_id=self.content_types[self.filters.kind])
        if self.filters.sort == "newest":
            pages = pages.annotate(listing_date=LISTING_DATE).order_by(
                F("listing_date").desc(nulls_last=True), F("id").desc()
            )
            return pages.specific().search(self.terms, operator="and", order_by_relevance=False)
        return pages.specific().search(self.terms, operator="and")

    def page(self, number: str | None) -> PaginatorPage:
        """One page of results; bad or out-of-range numbers give the first or last page."""
        return CountedPaginator(self.results(), RESULTS_PER_PAGE, self.total).get_page(number)

    def hits(self, pages) -> list[Hit]:
        highlighter = Highlighter(self.query.terms, self.language)
        kinds = {pk: kind for kind, pk in self.content_types.items()}
        hits = []
        for page in pages:
            # Every result is in the active locale: spare each URL a query for its locale.
            page.locale = self.locale
            texts = search_field_texts(
                page, page.get_search_fields(), exclude=NOT_IN_SNIPPETS, follow_relations=False
            )
            date = getattr(page, "date", None) or (
                page.first_published_at.date() if page.first_published_at else None
            )
            hits.append(
                Hit(
                    page=page,
                    kind=kinds.get(page.content_type_id, ""),
                    date=date,
                    title=highlighter.mark(page.title),
                    snippet=highlighter.snippet([page.summary, *texts]),
                )
            )
        return hits

    def promotions(self) -> list[SearchPromotion]:
        """Editors' picks whose query means the same as this one: pages of this locale, and
        external links (which have no locale)."""
        wanted = query_key(self.query.text, self.language)
        candidates = SearchPromotion.objects.filter(
            Q(page__isnull=True) | Q(page__locale=self.locale, page__live=True)
        ).select_related("query", "page")[:500]
        return [
            promotion
            for promotion in candidates
            if query_key(promotion.query.query_string, self.language) == wanted
        ]
