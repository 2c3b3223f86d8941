"""The campaign index and campaign pages."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from base.blocks import BodyStreamBlock
from base.listings import newest_first, prefetch_when_rendered, with_listing_images
from base.models import BasePage
from news.models import ArticlePage

HASHTAG = re.compile(r"^#?\w+$")


class CampaignIndexPage(BasePage):
    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["campaigns.CampaignPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("campaign index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["campaigns"] = with_listing_images(
            CampaignPage.objects.live().child_of(self).defer_streamfields().order_by("path")
        )
        return context


class CampaignPage(BasePage):
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A wide image at the top of the campaign; 16:9 works best."),
    )
    hero_alt = models.CharField(
        max_length=250, blank=True, help_text=_("Describe the hero image; needed when one is set.")
    )
    hashtag = models.CharField(max_length=60, blank=True, help_text=_("e.g. #DenyDaeshCash"))
    tagline = models.CharField(max_length=200, blank=True)
    topic = models.ForeignKey(
        "base.Topic",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The line of effort whose latest news the campaign lists."),
    )
    body = StreamField(BodyStreamBlock(), blank=True)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("tagline"),
                FieldPanel("hashtag"),
                FieldPanel("hero_image"),
                FieldPanel("hero_alt"),
                FieldPanel("topic"),
            ],
            _("Campaign"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    promote_panels = BasePage.promote_panels[1:] + [FieldPanel("listing_image")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("tagline"),
        index.SearchField("hashtag"),
        index.SearchField("body"),
        index.RelatedFields("topic", [index.SearchField("name")]),
    ]
    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("campaign")

    def clean(self):
        super().clean()
        errors = {}
        if self.hashtag and not HASHTAG.match(self.hashtag):
            errors["hashtag"] = _("A hashtag is one word of letters, digits or underscores.")
        if self.hero_image_id and not self.hero_alt:
            errors["hero_alt"] = _("Describe the hero image for people who cannot see it.")
        if errors:
            raise ValidationError(errors)
        if self.hashtag and not self.hashtag.startswith("#"):
            self.hashtag = "#" + self.hashtag

    def latest_news(self, count: int = 3):
        """The newest live articles on the campaign's topic, in this campaign's language."""
        if not self.topic_id:
            return ArticlePage.objects.none()
        on_topic = Page.objects.live().filter(
            locale_id=self.locale_id,
            articlepage__topic_links__topic__translation_key=self.topic.translation_key,
        )
        return prefetch_when_rendered(
            with_listing_images(newest_first(ArticlePage.objects.defer_streamfields(), on_topic))
        )[:count]
