"""Members as the site lists them, in a fixed number of queries: grouped by region, each with its
partner profile when one is live, and the members an article names in the visitor's language.

The page models call these helpers and pass in their own querysets, so this module does not
import them (the dependency runs one way: models → listings).
"""

import unicodedata
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db.models import Prefetch, QuerySet

from wagtail.images import get_image_model
from wagtail.models import Locale

if TYPE_CHECKING:
    from .models import Member, PartnerProfilePage

# What members/includes/member_flag.html asks for: a 32 px emblem, sharp on dense screens.
EMBLEM_RENDITION = "fill-64x64"


@dataclass(frozen=True)
class MemberFilters:
    """The members page's filters; anything that is not a known region or kind is ignored."""

    region: str = ""
    kind: str = ""

    @classmethod
    def from_params(cls, params: Mapping, member_model: "type[Member]") -> "MemberFilters":
        region = params.get("region", "")
        kind = params.get("kind", "")
        return cls(
            region=region if region in member_model.Region.values else "",
            kind=kind if kind in member_model.Kind.values else "",
        )

    @property
    def narrowed(self) -> bool:
        return bool(self.region or self.kind)

    def apply(self, members: QuerySet) -> QuerySet:
        if self.region:
            members = members.filter(region=self.region)
        if self.kind:
            members = members.filter(kind=self.kind)
        return members


@dataclass(frozen=True)
class Entry:
    """A member as listed: the member in the visitor's language and its live profile, if any."""

    member: "Member"
    profile: "PartnerProfilePage | None" = None


@dataclass(frozen=True)
class RegionGroup:
    region: str
    label: str
    entries: list[Entry]


def sort_key(name: str) -> str:
    """Names in alphabetical order whatever their accents: États-Unis among the E."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def with_emblems(members: QuerySet) -> QuerySet:
    """Emblems and their one rendition in two queries, however many members there are."""
    images = get_image_model().objects.prefetch_renditions(EMBLEM_RENDITION)
    return members.prefetch_related(Prefetch("emblem", queryset=images))


def profiles_by_partner(
    profiles: QuerySet, locale: Locale, keys: Iterable[uuid.UUID] | None = None
) -> dict[uuid.UUID, "PartnerProfilePage"]:
    """The live partner profiles (`profiles`) of the locale, keyed by their partner's translation
    key.

    The locale is checked in Python: with it in the query, the database walks every page of the
    language (thousands of articles) instead of the few profile pages.
    """
    pages = (
        profiles.live()
        .filter(partner__isnull=False)
        .select_related("partner")
        .defer_streamfields()
        .order_by("path")
    )
    if keys is not None:
        pages = pages.filter(partner__translation_key__in=list(keys))
    profiles = {}
    for page in pages:
        if page.locale_id != locale.pk:
            continue
        profiles.setdefault(page.partner.translation_key, page)  # the first in the tree wins
    return profiles


def member_groups(
    members: QuerySet, profiles: QuerySet, locale: Locale, filters: MemberFilters
) -> list[RegionGroup]:
    """The locale's `members` that pass the filters, by region in the page's order, then by name,
    each with its profile among `profiles`."""
    regions = members.model.Region.choices
    members = with_emblems(filters.apply(members.filter(locale=locale)))
    profiles = profiles_by_partner(profiles, locale)
    by_region: dict[str, list[Entry]] = {}
    for member in sorted(members, key=lambda member: sort_key(member.name)):
        entry = Entry(member, profiles.get(member.translation_key))
        by_region.setdefault(member.region, []).append(entry)
    return [
        RegionGroup(region, label, by_region[region])
        for region, label in regions
        if region in by_region
    ]


def article_partners(article, locale: Locale, members: QuerySet, profiles: QuerySet) -> list[Entry]:
    """The members an article names, in `locale` where translated (from `members`), each with
    its profile there (from `profiles`).

    Articles keep their links when translated, so a link may point at the member in another
    language: it is matched by translation key (three queries, however many partners).
    """
    linked = [link.member for link in article.partner_links.select_related("member")]
    if not linked:
        return []
    keys = list(dict.fromkeys(member.translation_key for member in linked))
    localized = {
        member.translation_key: member
        for member in with_emblems(members.filter(locale=locale, translation_key__in=keys))
    }
    originals = {member.translation_key: member for member in linked}
    by_partner = profiles_by_partner(profiles, locale, keys)
    return [Entry(localized.get(key, originals[key]), by_partner.get(key)) for key in keys]
