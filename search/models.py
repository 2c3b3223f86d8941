"""Search analytics: how often each query is searched per locale and day, and what it found.

Wagtail's own Query/QueryDailyHits (search promotions) keep no locale, and the same word can
mean different things in English and French, so the site keeps its own small log.
"""

from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, TranslatableMixin


class QueryLog(models.Model):
    """One query in one locale on one day: how many times it was searched, and its results."""

    query = models.CharField(_("query"), max_length=200)
    locale = models.ForeignKey(Locale, on_delete=models.CASCADE, related_name="+")
    date = models.DateField(_("date"), default=timezone.localdate)
    searches = models.PositiveIntegerField(_("searches"), default=0)
    results = models.PositiveIntegerField(
        _("results"), default=0, help_text=_("What the latest search found.")
    )

    class Meta:
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")
        constraints = [
            models.UniqueConstraint(
                fields=["query", "locale", "date"], name="unique_query_per_locale_and_day"
            )
        ]
        indexes = [models.Index(fields=["locale", "date"])]

    def __str__(self) -> str:
        return self.query

    @classmethod
    def record(cls, query: str, locale: Locale | int, results: int, searches: int = 1, date=None):
        """Count searches; one UPDATE when the query was already searched that day."""
        query = normalise_logged_query(query)
        if not query:
            return
        locale_id = locale if isinstance(locale, int) else locale.pk
        date = date or timezone.localdate()
        row = cls.objects.filter(query=query, locale_id=locale_id, date=date)
        if row.update(searches=F("searches") + searches, results=results):
            return
        try:
            with transaction.atomic():
                cls.objects.create(
                    query=query, locale_id=locale_id, date=date, searches=searches, results=results
                )
        except IntegrityError:
            # Another request created that day's row in between.
            row.update(searches=F("searches") + searches, results=results)


def normalise_logged_query(query: str) -> str:
    return " ".join(query.casefold().split())[:200]


class Synonym(TranslatableMixin, models.Model):
    """Names that mean the same thing in one language (Daesh, ISIS, ISIL…), searched together.

    Applied when a search runs, so editing a group changes results at once, with no re-index.
    """

    names = models.TextField(
        _("names"),
        help_text=_(
            "One name per line, the name used on the site first. A search for any of them "
            "finds pages that use any other. Case and accents do not matter."
        ),
    )

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("search synonyms")
        verbose_name_plural = _("search synonyms")

    def __str__(self) -> str:
        return ", ".join(self.name_list())

    def name_list(self) -> list[str]:
        return [name for name in (line.strip() for line in self.names.splitlines()) if name]
