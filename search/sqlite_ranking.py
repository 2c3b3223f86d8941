"""Relevance ranking for Wagtail's SQLite search backend, in one full-text query (see
search/backends.py). Imported only on SQLite: its index model exists only there."""

from django.db.models import Case, IntegerField, Value, When
from django.db.models.fields import AutoFieldMixin
from django.db.models.functions import Cast

from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks


class RankedSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    def search(self, config, start, stop, score_field=None):
        query = normalize(self.query)
        if (
            not self.order_by_relevance
            or score_field is not None  # callers wanting scores get Wagtail's annotation
            or stop is None  # counting or listing everything: no ranking needed per row
            or isinstance(query, (MatchAll, Not))
            or not isinstance(self.queryset.model._meta.pk, AutoFieldMixin | IntegerField)
        ):
            return super().search(config, start, stop, score_field)
        ids = list(self.ranked_ids(config, query)[start:stop])
        if not ids:
            return self.queryset.none()
        in_rank_order = Case(*(When(pk=pk, then=Value(rank)) for rank, pk in enumerate(ids)))
        return self.queryset.filter(pk__in=ids).order_by(in_rank_order)

    def ranked_ids(self, config, query):
        """The matching objects' ids, best first, among those of the queryset (one query)."""
        match = MatchExpression(
            self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(query, config=config)
        )
        return (
            SQLiteFTSIndexEntry.objects.filter(match)
            .filter(
                index_entry__content_type__in=get_descendants_content_types_pks(self.queryset.model)
            )
            .annotate(
                score=self._build_rank_expression(self.get_search_vectors(), config),
                object_pk=Cast("index_entry__object_id", IntegerField()),
            )
            .filter(object_pk__in=self.queryset.order_by().values("pk"))
            .order_by("score", "-object_pk")
            .values_list("object_pk", flat=True)
        )


class RankedSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = RankedSQLiteSearchQueryCompiler
