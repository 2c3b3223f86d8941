"""SQL queries per public page type: few, and the same whether a listing shows 2 items or 8.

Each page is rendered once to fill the per-process caches (content types, site root paths),
then counted. The ceilings are today's counts with a little room; a change that adds a query
per listed item fails the equality checks whatever the ceiling.
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page

import pytest

from base.page_cache import Generation
from news.models import ArticleTopic

from .factories import (
    CampaignPageFactory,
    ImageFactory,
    NewsPageFactory,
    ReadoutPageFactory,
    StandardPageFactory,
    TopicFactory,
    VideoFeaturePageFactory,
)

pytestmark = pytest.mark.django_db

# Ceilings per page type, whatever the number of items listed.
MAX_QUERIES = {
    "home": 24,
    "news index": 18,
    "news index filtered": 18,
    "news": 20,
    "readout": 20,
    "video feature": 20,
    "campaign index": 14,
    "campaign": 16,
    "standard": 12,
}

# The same once the site, its settings, the alternates, topics, cards and the sections showing
# only published content come from the fragment cache (base/fragments.py), as in production.
MAX_QUERIES_FROM_FRAGMENTS = {
    "home": 5,
    "news index": 6,
    "news index filtered": 6,
    "news": 8,
    "readout": 8,
    "video feature": 8,
    "campaign index": 7,
    "campaign": 5,
    "standard": 5,
}


def queries(client, url: str) -> int:
    assert client.get(url).status_code == 200, url
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200, url
    return len(captured)


def body(image) -> list:
    return [
        ("heading", {"text": "What was agreed", "level": "h2"}),
        ("paragraph", "<p>Partners met in Rome.</p>"),
        ("image", {"image": image, "alt_text": "A meeting room", "caption": "Rome"}),
    ]


class Site:
    """A site whose listings grow: every article kind, campaigns, topics and images."""

    def __init__(self, home, news_index, campaign_index):
        self.home, self.news_index, self.campaign_index = home, news_index, campaign_index
        self.topic = TopicFactory(name="Stabilisation", slug="stabilisation")
        self.image = ImageFactory()
        self.pages = {}

    def grow(self, each: int) -> None:
        for factory in (NewsPageFactory, ReadoutPageFactory, VideoFeaturePageFactory):
            while self.news_index.get_children().type(factory._meta.model).count() < each:
                page = factory(parent=self.news_index, listing_image=ImageFactory())
                ArticleTopic.objects.create(page=page, topic=self.topic)
        while self.campaign_index.get_children().count() < each:
            CampaignPageFactory(
                parent=self.campaign_index, listing_image=ImageFactory(), topic=self.topic
            )

    def urls(self) -> dict:
        first = {
            kind: self.news_index.get_children().type(model).specific().first()
            for kind, model in (
                ("news", NewsPageFactory._meta.model),
                ("readout", ReadoutPageFactory._meta.model),
                ("video feature", VideoFeaturePageFactory._meta.model),
            )
        }
        for page in first.values():
            page.body = body(self.image)
            page.save_revision().publish()
        campaign = self.campaign_index.get_children().specific().first()
        standard = self.pages.setdefault(
            "standard", StandardPageFactory(parent=self.home, body=body(self.image))
        )
        return {
            "home": "/en/",
            "news index": self.news_index.url,
            "news index filtered": self.news_index.url + "?topic=stabilisation&kind=news",
            **{kind: page.url for kind, page in first.items()},
            "campaign index": self.campaign_index.url,
            "campaign": campaign.url,
            "standard": standard.url,
        }


@pytest.fixture
def site(home_page, news_index, campaign_index):
    return Site(home_page, news_index, campaign_index)


def test_query_counts_do_not_grow_with_listed_items(client, site):
    site.grow(2)
    few = {name: queries(client, url) for name, url in site.urls().items()}
    site.grow(8)
    many = {name: queries(client, url) for name, url in site.urls().items()}
    assert few == many
    for name, count in many.items():
        assert count <= MAX_QUERIES[name], f"{name}: {count} queries"


def test_query_counts_with_fragments_cached(client, site, settings):
    settings.FRAGMENT_CACHE_ENABLED = True
    site.grow(2)
    few = {name: queries(client, url) for name, url in site.urls().items()}
    site.grow(8)
    Generation().bump()
    many = {name: queries(client, url) for name, url in site.urls().items()}
    assert few == many
    for name, count in many.items():
        assert count <= MAX_QUERIES_FROM_FRAGMENTS[name], f"{name}: {count} queries"


def test_the_page_tree_stays_valid(site):
    site.grow(2)
    assert Page.find_problems() == ([], [], [], [], [])


LOCALE_LOOKUP = 'SELECT "wagtailcore_locale"."id", "wagtailcore_locale"."language_code" FROM'


def test_the_active_locale_is_fetched_once_per_request(client, site):
    """Wagtail's routing and `page.localized` ask for the active locale too: they share the
    request's memo (base/per_request.py) instead of querying again."""
    site.grow(2)
    for name, url in site.urls().items():
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200, url
        lookups = [q["sql"] for q in captured if q["sql"].startswith(LOCALE_LOOKUP)]
        assert len(lookups) <= 1, f"{name}: {lookups}"
