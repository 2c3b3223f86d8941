"""The home page (one per locale) and standard pages such as the about and cookie-policy pages."""

from functools import cache

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from base.blocks import BodyStreamBlock
from base.blocks.text import KeyFigureBlock
from base.fragments import cached
from base.i18n import localized
from base.listings import (
    newest_first,
    prefetch_when_rendered,
    topics_by_translation_key,
    under,
    with_listing_images,
)
from base.models import BasePage
from base.routing import route_by_url_path
from campaigns.models import CampaignPage
from news.models import ArticlePage, NewsIndexPage, VideoFeaturePage
from posts.models import wall_posts
from security.consent import note_post_shown

from .structured_data import organization_graph


class HomePage(BasePage):
    lead_story = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The announcement at the top of the home page."),
    )
    lead_link_label = models.CharField(max_length=40, default="Read more")
    about_heading = models.CharField(max_length=120, default="What is the Coalition?")
    about_text = RichTextField(blank=True, features=["bold", "italic", "link"])
    about_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where “Find out more” leads from the about section."),
    )
    key_figures = StreamField([("figure", KeyFigureBlock())], blank=True, max_num=4)
    posts_heading = models.CharField(
        max_length=120,
        default="From our partners",
        help_text=_("Above the wall of posts from X (Snippets › Posts from X), newest first."),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [PageChooserPanel("lead_story"), FieldPanel("lead_link_label")], _("Lead story")
        ),
        MultiFieldPanel(
            [
                FieldPanel("about_heading"),
                FieldPanel("about_text"),
                FieldPanel("about_page"),
                FieldPanel("key_figures"),
            ],
            _("About the Coalition"),
        ),
        FieldPanel("posts_heading"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("about_text")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news_index = cached("news-index", (self.pk,), self.find_news_index)
        if news_index:
            context["news_index"] = news_index
            context["articles"] = news_index.listing(request)
        context["topics_by_key"] = topics_by_translation_key(self.locale)
        context["lines_of_effort"] = context["topics_by_key"].values()
        # Called by the template only when their sections' fragments are not cached.
        context["campaigns"] = cache(self.newest_campaigns)
        context["videos"] = cache(self.newest_videos)
        context["wall"] = wall_posts(self.locale, request.GET.get("posts"))
        if context["wall"].posts:
            note_post_shown(context)  # the wall shows posts from X: the policy may allow X's widget
        context["lead"] = cache(self.lead_in_language)
        return context

    def find_news_index(self) -> NewsIndexPage | None:
        return under(NewsIndexPage.objects.live(), self, children_only=True).first()

    def newest_campaigns(self):
        return with_listing_images(
            under(CampaignPage.objects.live(), self).defer_streamfields().order_by("path")
        )[:3]

    def newest_videos(self):
        # Picked from all articles by date, then fetched as videos: read from the video table
        # instead, the query scans and sorts every video once the planner has statistics.
        videos = under(Page.objects.live(), self).exact_type(VideoFeaturePage)
        newest = newest_first(ArticlePage.objects.all(), videos).values("pk")[:3]
        return prefetch_when_rendered(
            with_listing_images(
                VideoFeaturePage.objects.filter(pk__in=newest)
                .defer_streamfields()
                .order_by("-date", "-pk")
            )
        )

    def lead_in_language(self) -> Page | None:
        """The lead story in the visitor's language (else as chosen), if it is live."""
        lead = localized(self.lead_story) if self.lead_story else None
        return lead.specific if lead and lead.live else None

    def route(self, request, path_components):
        """Every page of the site is routed from its home page: in two queries (base/routing.py)
        where Wagtail's walk takes two per level."""
        if path_components:
            found = route_by_url_path(self, request, path_components)
            if found is not None:
                return found
        return super().route(request, path_components)

    def structured_data(self, meta, request) -> dict:
        """JSON-LD for the page head: the organisation and its website."""
        return organization_graph(self, meta, request)


class StandardPage(BasePage):
    """A page of text and blocks: about, cookie policy, partner profiles, stories."""

    body = StreamField(BodyStreamBlock(), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("summary"), FieldPanel("body")]
    promote_panels = BasePage.promote_panels[1:] + [FieldPanel("listing_image")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
