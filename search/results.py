"""Running a search: the pages of one locale, counts per kind, ordered and highlighted results,
and the results editors promoted for the query."""

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cached_property
from itertools import chain

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Page as PaginatorPage
from django.db.models import DateField, F, Q
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce, TruncDate
from django.http import HttpRequest
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page

from base.fragments import cached, cached_many
from base.listings import CountedPaginator
from base.models import Topic, public, restricted_paths
from base.search_index import search_field_texts
from campaigns.models import CampaignPage
from home.models import StandardPage
from members.models import PartnerProfilePage
from news.models import ArticlePage, DigestPage, NewsPage, ReadoutPage, VideoFeaturePage

from .highlight import Highlighter, texts_to_scan
from .query import CleanQuery, SearchFilters
from .ranking import RESCORE_WINDOW, Candidate, rescore
from .synonyms import Group, expand
from .text import query_key
from .topk import (
    MATCHED_PAGE,
    DateColumn,
    backend_query,
    first_candidate_kinds,
    ids_sql,
    matching_ids_sql,
    phrase_matches,
    top_matches,
    uses_database_index,
    window_is_full,
)

RESULTS_PER_PAGE = 20
# Counting stops here: "500+" costs the same at 20 000 articles as at 2 000.
COUNT_CAP = 500
# Counts read at most COUNT_WINDOW index matches, of every language (English and French share
# many stems) and kind, in whatever order the index gives them: past that, the counts are lower
# bounds too.
COUNT_WINDOW = 2 * (COUNT_CAP + 1)
# Matches read from the index per result wanted: private pages and pages outside the filters
# are dropped after reading (the index query keeps the locale's live pages).
OVERFETCH = 2
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
# The same date, read with the ranked matches (search.topk).
ARTICLE_DATE = DateColumn(
    ArticlePage._meta.db_table,
    ArticlePage._meta.pk.column,
    ArticlePage._meta.get_field("date").column,
)
NOT_IN_SNIPPETS = {"title", "summary", "search_terms"}


def kind_content_types() -> dict[str, int]:
    """The content type id of each kind (Django caches them after the first request)."""
    by_model = ContentType.objects.get_for_models(*KINDS.values())
    return {kind: by_model[model].pk for kind, model in KINDS.items()}


@dataclass(frozen=True)
class ResultSource:
    """What a result shows of its page whatever the query, kept per page until content changes
    (base/fragments.py), so that a result page reads its twenty in one cache read."""

    page_id: int
    url: str
    title: str
    kind: str
    kind_label: str
    date: datetime.date | None
    texts: tuple[str, ...]  # the summary, then the page's other text, as far as a snippet looks

    @classmethod
    def of(cls, page: Page, kind: str, request: HttpRequest) -> "ResultSource":
        other_texts = search_field_texts(
            page, page.get_search_fields(), exclude=NOT_IN_SNIPPETS, follow_relations=False
        )
        return cls(
            page_id=page.pk,
            url=page.get_url(request) or "",
            title=page.title,
            kind=kind,
            kind_label=str(getattr(page, "kind_label", None) or page._meta.verbose_name),
            date=getattr(page, "date", None)
            or (page.first_published_at.date() if page.first_published_at else None),
            texts=texts_to_scan(chain([page.summary], other_texts)),
        )


@dataclass(frozen=True)
class Hit:
    """One result as the template shows it: its page's source, with the query's words marked."""

    source: ResultSource
    title: SafeString
    snippet: SafeString

    @property
    def url(self) -> str:
        return self.source.url

    @property
    def kind_label(self) -> str:
        return self.source.kind_label

    @property
    def date(self) -> datetime.date | None:
        return self.source.date


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
        # The kind of each ranked page, as the index gave it (loading a page needs no lookup).
        self.kind_of: dict[int, str] = {}
        self.expansion = expand(query.text, query.terms, self.language, list(synonyms))

    def candidates(self):
        """Live, public pages of the locale's kinds, narrowed by topic and dates (not by kind).
        A new narrowing belongs in `narrows_candidates` too: without one, ranking takes every
        live page of the locale's kinds as a candidate without asking."""
        pages = public(Page.objects.live()).filter(
            locale=self.locale, content_type_id__in=self.content_types.values()
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

    def narrows_candidates(self) -> bool:
        """Whether a live page of the locale's kinds may still not be a candidate: a topic or
        dates are chosen, or some pages are private."""
        return bool(
            self.topic or self.filters.date_from or self.filters.date_to or restricted_paths()
        )

    def matching(self, kinds: list[int]):
        """The candidates of these kinds that match the query (a subquery on the full-text
        index)."""
        return self.candidates().filter(id__in=RawSQL(*matching_ids_sql(self.expansion, kinds)))

    @cached_property
    def counts(self) -> dict[str, int]:
        """How many results each kind has, whichever kind is chosen (one query reading at most
        COUNT_WINDOW index matches and COUNT_CAP + 1 pages: past either, the counts are lower
        bounds, see `capped`)."""
        if uses_database_index():
            candidate = self.candidates().filter(id=RawSQL(MATCHED_PAGE, ())).order_by()
            kinds = first_candidate_kinds(
                self.expansion,
                list(self.content_types.values()),
                COUNT_WINDOW,
                candidate.values("content_type_id").query.sql_with_params(),
                COUNT_CAP + 1,
            )
            found = Counter(kinds)
        else:  # OpenSearch counts with its facets
            query = backend_query(self.expansion)
            results = self.candidates().search(query, order_by_relevance=False)
            found = results.facet("content_type_id")
        return {kind: found.get(pk, 0) for kind, pk in self.content_types.items()}

    @cached_property
    def capped(self) -> bool:
        """Whether more results may exist than were counted (the page then shows "640+")."""
        counted = sum(self.counts.values())
        if counted > COUNT_CAP:
            return True
        if not uses_database_index():
            return False
        return window_is_full(self.expansion, COUNT_WINDOW)

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

        The index's best matches among the locale's live pages of the kinds asked for are read
        with their dates, then kept if they are candidates (public, topic, dates: a query more,
        only when something narrows the candidates); when too few are left, more are read.
        """
        window = max(needed, RESCORE_WINDOW)
        fetch = window * OVERFETCH
        types, narrowed = self.selected_types(), self.narrows_candidates()
        while True:
            matches = top_matches(self.expansion, types, self.locale.pk, fetch, ARTICLE_DATE)
            if narrowed:
                dates = dict(
                    self.candidates()
                    .filter(id__in=RawSQL(*ids_sql([match.page_id for match in matches])))
                    .annotate(listing_date=LISTING_DATE)
                    .values_list("id", "listing_date")
                )
            else:  # every match is a candidate
                dates = {match.page_id: match.date for match in matches}
            kept = [match for match in matches if match.page_id in dates]
            if len(kept) >= window or len(matches) < fetch:
                break
            fetch *= 4
        self.kind_of.update(
            (m.page_id, self.kinds_by_type.get(m.content_type_id, "")) for m in kept
        )
        candidates = [
            Candidate(m.page_id, self.kind_of[m.page_id], dates[m.page_id], m.score) for m in kept
        ]
        head_ids = [c.page_id for c in candidates[:RESCORE_WINDOW]]
        in_phrase = set()
        if len(self.query.terms) > 1:
            in_phrase = phrase_matches(self.query.terms, head_ids, self.selected_types())
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
        newest = pages.order_by(F("listing_date").desc(nulls_last=True), F("id").desc())
        return newest.values_list("id", flat=True)

    def page(self, number: str | None) -> PaginatorPage:
        """One page of results; bad or out-of-range numbers give the first or last page."""
        return CountedPaginator(self.results(), RESULTS_PER_PAGE, self.total).get_page(number)

    @staticmethod
    def result_ids(page: PaginatorPage) -> list[int]:
        """The ids of a page of results (the database index gives ids, OpenSearch pages)."""
        return [item.pk if isinstance(item, Page) else item for item in page.object_list]

    def hits(self, page: PaginatorPage, request: HttpRequest) -> list[Hit]:
        """The page of results, highlighted: the database index gives ids (read from the cache
        of result sources), OpenSearch gives pages."""
        items = list(page.object_list)
        if items and isinstance(items[0], Page):
            sources = [self.source(result, request) for result in items]
        else:
            sources = self.sources(items, request)
        highlighter = Highlighter(self.expansion.terms, self.language)
        return [
            Hit(
                source=source,
                title=highlighter.mark(source.title),
                snippet=highlighter.snippet(source.texts),
            )
            for source in sources
        ]

    def source(self, page: Page, request: HttpRequest) -> ResultSource:
        # Every result is in the active locale: spare each URL a query for its locale.
        page.locale = self.locale
        return ResultSource.of(page, self.kinds_by_type.get(page.content_type_id, ""), request)

    def sources(self, ids: list[int], request: HttpRequest) -> list[ResultSource]:
        """The sources of these pages, in this order: one cache read; only the pages missing
        from the cache are loaded (each kind's specific fields in one query)."""

        def load(missing: list[int]) -> dict[int, ResultSource]:
            pages = self.specific_pages(missing)
            return {pk: self.source(page, request) for pk, page in pages.items()}

        found = cached_many("search-result", ids, load, host=request.get_host())
        return [found[pk] for pk in ids if pk in found]

    def specific_pages(self, ids: list[int]) -> dict[int, Page]:
        """These pages as their own kinds: one query per kind for the ranked pages, whose kinds
        the index gave (Wagtail's specific() first reads every page to learn its kind, a query
        more for each result page with pages missing from the cache); specific() for others."""
        by_kind, unknown = defaultdict(list), []
        for pk in ids:
            kind = self.kind_of.get(pk)
            (by_kind[kind] if kind in KINDS else unknown).append(pk)
        pages = Page.objects.filter(id__in=unknown).specific().in_bulk() if unknown else {}
        for kind, pks in by_kind.items():
            pages.update(
                (page.pk, page) for page in KINDS[kind].objects.filter(pk__in=pks).order_by()
            )
        return pages

    def promotions(self) -> list[SearchPromotion]:
        """Editors' picks whose query means the same as this one: pages of this locale, and
        external links (which have no locale)."""
        by_meaning = cached("search-promotions", (self.locale.pk,), self._promotions_by_meaning)
        return by_meaning.get(query_key(self.query.text, self.language), [])

    def _promotions_by_meaning(self) -> dict[str, list[SearchPromotion]]:
        """The locale's promotions by what their query means (kept until content or a
        promotion changes: search/signals.py)."""
        found = {}
        promotions = SearchPromotion.objects.filter(
            Q(page__isnull=True) | Q(page__locale=self.locale, page__live=True)
        ).select_related("query", "page")[:500]
        for promotion in promotions:
            meaning = query_key(promotion.query.query_string, self.language)
            found.setdefault(meaning, []).append(promotion)
        return found


class RankedResults:
    """The ids of the search results in rank order, as the paginator slices them: only the
    requested page's are ranked and read."""

    def __init__(self, site_search: SiteSearch):
        self.site_search = site_search

    def __len__(self) -> int:
        return self.site_search.total

    def count(self) -> int:
        return len(self)

    def __getitem__(self, index: slice) -> list[int]:
        start, stop = index.start or 0, index.stop or len(self)
        if stop <= start:  # nothing counted: nothing to rank
            return []
        return self.site_search.ranked_ids(stop)[start:stop]
