"""Factories for pages, topics, images and documents used across the test suite."""

import datetime
import itertools

from wagtail.models import Locale

import factory
import wagtail_factories

from base.models import Topic
from campaigns.models import CampaignIndexPage, CampaignPage
from home.models import StandardPage
from members.models import Member, MembersPage, PartnerProfilePage
from news.models import DigestPage, NewsIndexPage, NewsPage, ReadoutPage, VideoFeaturePage
from posts.models import Post

# One counter for every article kind, so titles and slugs never collide between kinds.
ARTICLE_NUMBERS = itertools.count(1)
VIDEO_URL = "https://www.youtube.com/watch?v=aqz-KE-bpKQ"


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Image {n}")


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Line of effort {n}")
    slug = factory.Sequence(lambda n: f"line-of-effort-{n}")
    locale = factory.LazyFunction(Locale.get_default)


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "News"
    slug = "news"


class CampaignIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CampaignIndexPage

    title = "Campaigns"
    slug = "campaigns"


class ArticleFactoryMixin(factory.Factory):
    number = factory.LazyFunction(lambda: next(ARTICLE_NUMBERS))
    title = factory.LazyAttribute(lambda o: f"Partners review progress {o.number}")
    slug = factory.LazyAttribute(lambda o: f"partners-review-progress-{o.number}")
    summary = "Partners met to review progress on stabilisation."
    date = factory.LazyAttribute(
        lambda o: datetime.date(2026, 1, 1) + datetime.timedelta(days=o.number % 300)
    )

    class Meta:
        exclude = ["number"]


class NewsPageFactory(ArticleFactoryMixin, wagtail_factories.PageFactory):
    class Meta:
        model = NewsPage


class ReadoutPageFactory(ArticleFactoryMixin, wagtail_factories.PageFactory):
    class Meta:
        model = ReadoutPage

    meeting_name = "Small Group of political directors"
    meeting_format = ReadoutPage.MeetingFormat.VIRTUAL
    chairs = "The envoys of Italy and the United States"
    issuing_governments = "Italy\nUnited States\nIraq"


class VideoFeaturePageFactory(ArticleFactoryMixin, wagtail_factories.PageFactory):
    class Meta:
        model = VideoFeaturePage

    speaker_name = "Anna Lindqvist"
    speaker_role = "EU official for non-military support"
    video = factory.LazyFunction(
        lambda: [
            (
                "video",
                {
                    "url": VIDEO_URL,
                    "title": "Why stabilisation matters",
                    "duration": "1:05",
                    "transcript": "Stabilisation is how peace holds.",
                },
            )
        ]
    )


class CampaignPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CampaignPage

    title = factory.Sequence(lambda n: f"Campaign {n}")
    hashtag = "#DenyDaeshCash"
    tagline = "Follow the money, stop the money."


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Standard page {n}")


class DigestPageFactory(ArticleFactoryMixin, wagtail_factories.PageFactory):
    class Meta:
        model = DigestPage

    items = factory.LazyFunction(
        lambda: [
            (
                "item",
                {
                    "headline": "Engineers bring a pumping station back to life",
                    "outlet": "The Harbour Gazette",
                    "date": datetime.date(2026, 11, 20),
                    "summary": "A local paper hears from the engineers who rebuilt the station.",
                    "url": "https://example.org/reports/water-station",
                },
            )
        ]
    )


class MemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Member

    name = factory.Sequence(lambda n: f"Member state {n}")
    kind = Member.Kind.STATE
    region = Member.Region.EUROPE
    year_joined = 2014
    iso_code = "IT"
    locale = factory.LazyFunction(Locale.get_default)


class PostFactory(factory.django.DjangoModelFactory):
    """A post on the home page's wall (posts.Post)."""

    class Meta:
        model = Post

    url = factory.Sequence(lambda n: f"https://x.com/coalition/status/{1790000000000000000 + n}")
    author_name = "Global Coalition"
    handle = "coalition"
    text = factory.Sequence(lambda n: f"Post number {n} #DefeatDaesh")
    posted_at = factory.Sequence(
        lambda n: datetime.datetime(2026, 5, 1, tzinfo=datetime.UTC) + datetime.timedelta(hours=n)
    )
    locale = factory.LazyFunction(Locale.get_default)


class MembersPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = MembersPage

    title = "Members"
    slug = "members"


class PartnerProfilePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PartnerProfilePage

    title = factory.Sequence(lambda n: f"Partner profile {n}")
    partner = factory.SubFactory(MemberFactory)
