"""Running a search: the pages of one locale, counts per kind, ordered and highlighted results,
and the results editors promoted for the query."""

import datetime
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Page as PaginatorPage
from django.db.models import DateField, F, Q
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone
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
from .ranking import RESCORE_WINDOW, Candidate, rescore
from .synonyms import Group, expand
from .text import query_key
from .topk import backend_query, matching_ids_sql, phrase_matches, top_matches, uses_database_index

RESULTS_PER_PAGE = 20
# Counting stops here: "1 000+" costs the same at 20 000 articles as at 2 000.
COUNT_CAP = 1000
# Matches read from the index per result wanted: other languages' pages, drafts and pages
# outside the filters are dropped after reading.
OVERFETCH = 3
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
        self,
        query: CleanQuery,
        filters: SearchFilters,
        locale: Locale,
        topic: Topic | None,
        synonyms: list[Group] = (),
    ):
        self.query = query
        self.filters = filters
        self.locale = locale
        self.topic = topic
        self.language = locale.language_code.split("-")[0]
        self.content_types = kind_content_types()
        self.kinds_by_type = {pk: kind for kind, pk in self.content_types.items()}
        self.expansion = expand(query.text, query.terms, self.language, list(synonyms))

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
            pages = pages.filter(id__in=dated.values("id"))
        return pages

    def matching(self, kinds: list[int] | None = None):
        """The candidates that match the query (a subquery on the full-text index)."""
        sql, params = matching_ids_sql(self.expansion, kinds or list(self.content_types.values()))
        return self.candidates().filter(id__in=RawSQL(sql, params))

    @cached_property
    def counts(self) -> dict[str, int]:
        """How many results each kind has, whichever kind is chosen (one query, at most
        COUNT_CAP + 1 rows read: past that the counts are lower bounds, see `capped`)."""
        if uses_database_index():
            types = self.matching().values_list("content_type_id", flat=True)[: COUNT_CAP + 1]
            found = Counter(types)
        else:  # OpenSearch counts with its facets
            query = backend_query(self.expansion)
            results = self.candidates().search(query, order_by_relevance=False)
            found = results.facet("content_type_id")
        return {kind: found.get(pk, 0) for kind, pk in self.content_types.items()}

    @property
    def capped(self) -> bool:
        """Whether more results exist than were counted (the page then shows "1 000+")."""
        return sum(self.counts.values()) > COUNT_CAP

    @property
    def all_kinds_total(self) -> int:
        return min(sum(self.counts.values()), COUNT_CAP)

    @property
    def total(self) -> int:
        if self.filters.kind:
            return min(self.counts[self.filters.kind], COUNT_CAP)
        return self.all_kinds_total

    def selected_types(self) -> list[int]:
        if self.filters.kind:
            return [self.content_types[self.filters.kind]]
        return list(self.content_types.values())

    def ranked_ids(self, needed: int) -> list[int]:
        """The ids of at least `needed` results (if there are so many), best first.

        The index's best matches are read in every language and kind asked for, then kept if
        they are candidates (language, live, topic, dates); when too few are left, more are read.
        """
        window = max(needed, RESCORE_WINDOW)
        fetch = window * OVERFETCH
        while True:
            matches = top_matches(self.expansion, self.selected_types(), fetch)
            dates = dict(
                self.candidates()
                .filter(id__in=[match.page_id for match in matches])
                .annotate(listing_date=LISTING_DATE)
                .values_list("id", "listing_date")
            )
            kept = [match for match in matches if match.page_id in dates]
            if len(kept) >= window or len(matches) < fetch:
                break
            fetch *= 4
        candidates = [
            Candidate(
                m.page_id, self.kinds_by_type.get(m.content_type_id, ""), dates[m.page_id], m.score
            )
            for m in kept
        ]
        head_ids = [c.page_id for c in candidates[:RESCORE_WINDOW]]
        in_phrase = set()
        if len(self.query.terms) > 1:
            in_phrase = phrase_matches(self.query.terms, head_ids)
        ranked = [c.page_id for c in rescore(candidates, in_phrase, timezone.localdate())]
        if len(ranked) < min(needed, self.total):
            # Narrow filters on a common word: the ranked window held too few of the filtered
            # pages, so the rest follow newest first (every counted result can be reached).
            seen = set(ranked)
            ranked += [pk for pk in self.newest_ids(needed) if pk not in seen]
        return ranked

    def newest_ids(self, limit: int) -> list[int]:
        pages = self.matching(self.selected_types()).annotate(listing_date=LISTING_DATE)
        pages = pages.order_by(F("listing_date").desc(nulls_last=True), F("id").desc())
        return list(pages.values_list("id", flat=True)[:limit])

    def results(self):
        if self.filters.sort == "newest" or not uses_database_index():
            return self._unranked_results()
        return RankedResults(self)

    def _unranked_results(self):
        pages = self.candidates()
        if self.filters.kind:
            pages = pages.filter(content_type_id=self.content_types[self.filters.kind])
        if not uses_database_index():
            relevance = self.filters.sort != "newest"
            return pages.specific().search(
                backend_query(self.expansion), order_by_relevance=relevance
            )
        pages = self.matching(self.selected_types()).annotate(listing_date=LISTING_DATE)
        return pages.order_by(F("listing_date").desc(nulls_last=True), F("id").desc()).specific()

    def page(self, number: str | None) -> PaginatorPage:
        """One page of results; bad or out-of-range numbers give the first or last page."""
        return CountedPaginator(self.results(), RESULTS_PER_PAGE, self.total).get_page(number)

    def hits(self, pages) -> list[Hit]:
        highlighter = Highlighter(self.expansion.terms, self.language)
        kinds = self.kinds_by_type
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


class RankedResults:
    """Search results in rank order, as the paginator slices them: only the requested page's
    pages are loaded (each kind's specific fields in one query)."""

    def __init__(self, site_search: SiteSearch):
        self.site_search = site_search

    def __len__(self) -> int:
        return self.site_search.total

    def count(self) -> int:
        return len(self)

    def __getitem__(self, index: slice) -> list[Page]:
        start, stop = index.start or 0, index.stop or len(self)
        ids = self.site_search.ranked_ids(stop)[start:stop]
        pages = Page.objects.filter(id__in=ids).specific().in_bulk()
        return [pages[pk] for pk in ids if pk in pages]
