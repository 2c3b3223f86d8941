"""Models shared across apps: the abstract BasePage, topics (lines of effort), site settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Page, PageViewRestriction, TranslatableMixin
from wagtail.search import index

from .fragments import cached
from .per_request import active_locale, once_per_request
from .search_index import NormalisedSearchField, page_search_terms


def restricted_pages() -> tuple[tuple[str, ...], bool]:
    """The tree paths of pages with view restrictions, and whether any page is an alias of one."""
    restricted = dict(PageViewRestriction.objects.values_list("page_id", "page__path"))
    aliased = bool(restricted) and Page.objects.filter(alias_of__in=restricted).exists()
    return tuple(restricted.values()), aliased


def restricted_paths() -> tuple[str, ...]:
    """The tree paths of pages with view restrictions, kept until content changes."""
    paths, _ = once_per_request(
        ("view restrictions",), lambda: cached("view-restrictions", (), restricted_pages)
    )
    return paths


def public(pages: models.QuerySet) -> models.QuerySet:
    """Wagtail's `pages.public()` without its query for the restrictions on every call: the
    pages under no restricted page."""
    paths = restricted_paths()
    under_any = models.Q()
    for path in paths:
        under_any |= models.Q(path__startswith=path)
    return pages.exclude(under_any) if paths else pages


class BasePage(Page):
    """Fields every public page has for listings, search results and social sharing."""

    summary = models.TextField(
        blank=True,
        max_length=400,
        help_text=_("One or two sentences shown in listings, search results and link previews."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in listings and when the page is shared; 3:2 landscape works best."),
    )

    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("summary"), FieldPanel("listing_image")], heading=_("Listings and sharing")
        ),
        *Page.promote_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        # The public search matches words normalised for the page's language (search/text.py):
        # the title's in the title column, keeping its weight, and all others in search_terms.
        NormalisedSearchField("title", boost=2),
        index.SearchField("search_terms"),
    ]

    # What link previews call the page (Open Graph type); articles say "article".
    og_type = "website"

    class Meta:
        abstract = True

    def article_meta(self) -> dict:
        """What link previews say of an article (base.seo.PageMeta's published, section and
        tags); pages that are not articles say nothing more."""
        return {}

    def get_view_restrictions(self):
        """Wagtail's answer, without its two queries (ancestors, then restrictions) on every
        page served when neither the page nor an ancestor can be restricted: a page is only
        restricted through a restricted page above it (or itself), or through an alias of a
        restricted page, and both are known from the few restrictions there are, kept until
        content changes (restrictions, moves and aliases all bump the token, base/purge.py)."""
        paths, aliased = cached("view-restrictions", (), restricted_pages)
        if aliased or self.path.startswith(paths):
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()

    def get_context(self, request, *args, **kwargs):
        # Served in the visitor's language: share the request's locale with the page's URL,
        # head and structured data instead of fetching it again.
        locale = active_locale()
        if self.locale_id == locale.pk:
            self.locale = locale
        return super().get_context(request, *args, **kwargs)

    def search_terms(self) -> str:
        """The words of every searchable field but the title, normalised for the page's language."""
        return page_search_terms(self)

    def get_meta_description(self) -> str:
        return self.search_description or self.summary


class Topic(TranslatableMixin, models.Model):
    """A line of effort (e.g. countering financing) that classifies articles."""

    name = models.CharField(max_length=120)
    slug = models.SlugField(
        max_length=120,
        allow_unicode=True,
        help_text=_("Used in the news filter's web address; the same in every language is fine."),
    )
    description = models.TextField(blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_topic_slug_per_locale")
        ]

    def __str__(self) -> str:
        return self.name


@register_setting(icon="site")
class SiteIdentity(BaseSiteSetting):
    """The organisation's accounts, linked from the footer and used in sharing metadata."""

    x_handle = models.CharField(
        max_length=16, blank=True, default="coalition", help_text=_("Without the @.")
    )
    facebook_url = models.URLField(blank=True)
    youtube_url = models.URLField(blank=True)
    linkedin_url = models.URLField(blank=True)
    cookie_policy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where the cookie banner's “Read more” leads."),
    )

    class Meta:
        verbose_name = _("site identity")

    @classmethod
    def for_site(cls, site):
        """Read by the footer, the cookie banner and the page head on every page: kept until
        content changes (saving a setting bumps the token, base/purge.py)."""
        if site is None:
            return super().for_site(site)
        return cached("site-identity", (site.pk,), lambda: super(SiteIdentity, cls).for_site(site))
