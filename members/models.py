"""Members of the Coalition (a translatable snippet), the members page and partner profiles."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from base.blocks import BodyStreamBlock, KeyFiguresBlock, QuoteBlock
from base.flags import flag_path
from base.models import BasePage
from news.models import ArticlePage, ArticlePartner, NewsIndexPage, article_cards

from .listings import MemberFilters, member_groups


class Member(TranslatableMixin, models.Model):
    """A member state or international organisation, in one language."""

    class Kind(models.TextChoices):
        STATE = "state", _("State")
        ORGANISATION = "organisation", _("International organisation")

    # In the order the members page lists them.
    class Region(models.TextChoices):
        AFRICA = "africa", _("Africa")
        AMERICAS = "americas", _("Americas")
        ASIA_PACIFIC = "asia-pacific", _("Asia and the Pacific")
        EUROPE = "europe", _("Europe")
        MIDDLE_EAST = "middle-east", _("Middle East and North Africa")
        WORLDWIDE = "worldwide", _("Worldwide")

    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.STATE)
    region = models.CharField(
        _("region"),
        max_length=20,
        choices=Region.choices,
        help_text=_("Organisations that span several regions are listed under Worldwide."),
    )
    year_joined = models.PositiveSmallIntegerField(
        _("year joined"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2014), MaxValueValidator(2100)],
        help_text=_(
            "The year it joined the Coalition, as on the public record. Leave empty if unsure."
        ),
    )
    iso_code = models.CharField(
        _("code"),
        max_length=8,
        blank=True,
        help_text=_(
            "A state's two-letter ISO 3166 code, such as IQ: it picks the flag and the place on "
            "the members map. For an organisation with a flag in the site's set: EU or ARAB."
        ),
    )
    emblem = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("emblem"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "For an organisation without a flag in the site's set. Without either, a neutral mark is shown."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("region"),
        FieldPanel("year_joined"),
        MultiFieldPanel(
            [FieldPanel("iso_code"), FieldPanel("emblem")], heading=_("Flag or emblem")
        ),
    ]
    # Only the name is translated; the facts are the same in every language.
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("kind"),
        SynchronizedField("region"),
        SynchronizedField("year_joined"),
        SynchronizedField("iso_code"),
        SynchronizedField("emblem"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("member")
        verbose_name_plural = _("members")
        constraints = [
            models.UniqueConstraint(fields=["name", "locale"], name="unique_member_name_per_locale")
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        super().clean()
        self.iso_code = self.iso_code.strip().upper()
        if self.iso_code and not self.flag_path:
            message = _("No flag has this code. Use a two-letter ISO 3166 code, such as IQ.")
            raise ValidationError({"iso_code": message})

    @property
    def is_organisation(self) -> bool:
        return self.kind == self.Kind.ORGANISATION

    @property
    def flag_path(self) -> str:
        """The flag's static path (flags/iq.svg), or "" when the set has none for the code."""
        return flag_path(self.iso_code)

    @property
    def map_code(self) -> str:
        """Where the member is on the world map: states only."""
        return self.iso_code.lower() if self.kind == self.Kind.STATE else ""


def members_count_label(count: int) -> str:
    """The count as visitors read it ("85 members"), in the active language's plural form."""
    return ngettext("%(count)s member", "%(count)s members", count) % {"count": count}


class MembersPage(BasePage):
    """Every member of the page's language, grouped by region, filterable by region and kind."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["members.PartnerProfilePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("members page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = MemberFilters.from_params(request.GET, Member)
        groups = member_groups(Member.objects, PartnerProfilePage.objects, self.locale, filters)
        count = sum(len(group.entries) for group in groups)
        context.update(
            filters=filters,
            groups=groups,
            count_label=members_count_label(count),
            regions=Member.Region.choices,
            kinds=Member.Kind.choices,
            # Filtered lists duplicate the page: keep them out of search engines.
            noindex=filters.narrowed,
        )
        return context


class PartnerProfilePage(BasePage):
    """One member's profile: headline figures, a quote, a body and the articles naming it."""

    partner = models.ForeignKey(
        Member,
        verbose_name=_("partner"),
        null=True,
        blank=False,
        on_delete=models.SET_NULL,
        related_name="profiles",
        help_text=_("The member this page profiles. Its articles are listed at the bottom."),
    )
    figures = StreamField(
        [("key_figures", KeyFiguresBlock())],
        blank=True,
        max_num=1,
        verbose_name=_("headline figures"),
    )
    quote = StreamField([("quote", QuoteBlock())], blank=True, max_num=1, verbose_name=_("quote"))
    body = StreamField(BodyStreamBlock(), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("partner"),
        FieldPanel("summary"),
        FieldPanel("figures"),
        FieldPanel("quote"),
        FieldPanel("body"),
    ]
    promote_panels = [*BasePage.promote_panels[1:], FieldPanel("listing_image")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("figures"),
        index.SearchField("quote"),
        index.SearchField("body"),
        index.RelatedFields("partner", [index.SearchField("name")]),
    ]
    parent_page_types = ["members.MembersPage"]
    subpage_types: list[str] = []
    PAGE_SIZE = NewsIndexPage.PAGE_SIZE
    # Paginated exactly as the news index, whose card list and "Load more" the page shares.
    paginate = NewsIndexPage.paginate

    class Meta:
        verbose_name = _("partner profile")

    def articles(self):
        """Live articles of this page's language that name the partner, newest first.

        Articles link to a member in any language (the links are copied to translations as
        they are), so the partner is matched by its translation key.
        """
        if self.partner is None:
            return ArticlePage.objects.none()
        linked = ArticlePartner.objects.filter(
            member__translation_key=self.partner.translation_key
        ).values("page_id")
        return article_cards(
            ArticlePage.objects.live().filter(locale_id=self.locale_id, pk__in=linked)
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = self.paginate(request, self.articles())
        return context
