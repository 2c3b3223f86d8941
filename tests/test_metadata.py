"""What search engines and link previews read in the head: title, description, canonical URL,
Open Graph and X card tags with the share image, per language."""

import pytest

from base.models import SiteIdentity
from base.seo import SHARE_RENDITION, page_description

from .factories import (
    CampaignPageFactory,
    NewsPageFactory,
    StandardPageFactory,
    VideoFeaturePageFactory,
)
from .publishing import head_properties, publish, share_sized_image, soup, translate

pytestmark = pytest.mark.django_db

SITE_DESCRIPTION = (
    "The Global Coalition brings together member states and organisations committed to the "
    "lasting defeat of Daesh."
)


def head(client, url: str) -> dict[str, list[str]]:
    return head_properties(soup(client.get(url)))


def one(properties: dict, key: str) -> str:
    values = properties.get(key, [])
    assert len(values) == 1, (key, values)
    return values[0]


@pytest.fixture
def article(news_index):
    return publish(
        NewsPageFactory(
            parent=news_index,
            title="Ministers meet in Rome",
            summary="Ministers agreed new support for stabilisation.",
            listing_image=share_sized_image(),
        )
    )


def test_article_has_open_graph_and_x_card_tags(client, article):
    tags = head(client, article.url)
    url = f"http://testserver{article.url}"
    assert one(tags, "og:title") == "Ministers meet in Rome"
    assert one(tags, "description") == one(tags, "og:description") == article.summary
    assert one(tags, "og:url") == url
    assert soup(client.get(article.url)).find("link", rel="canonical")["href"] == url
    assert one(tags, "og:type") == "article"
    assert one(tags, "og:site_name") == "Global Coalition"
    assert one(tags, "article:published_time") == article.date.isoformat()
    assert one(tags, "article:section") == "News"
    assert one(tags, "twitter:card") == "summary_large_image"
    assert one(tags, "twitter:site") == "@coalition"


def test_share_image_is_a_1200_by_630_rendition(client, article):
    tags = head(client, article.url)
    assert one(tags, "og:image").startswith("http://testserver/media/images/")
    assert ".fill-1200x630-c100.format-jpeg" in one(tags, "og:image")
    assert (one(tags, "og:image:width"), one(tags, "og:image:height")) == ("1200", "630")
    assert one(tags, "og:image:type") == "image/jpeg"


def test_seo_title_and_search_description_win(client, news_index):
    page = publish(
        NewsPageFactory(
            parent=news_index,
            seo_title="Rome meeting: what was agreed",
            search_description="Five decisions on stabilisation.",
        )
    )
    response = client.get(page.url)
    tags = head_properties(soup(response))
    assert one(tags, "og:title") == "Rome meeting: what was agreed"
    assert one(tags, "description") == "Five decisions on stabilisation."
    assert soup(response).title.get_text().startswith("Rome meeting: what was agreed")


def test_fallbacks_without_summary_or_image(client, home_page):
    page = publish(StandardPageFactory(parent=home_page, title="Cookie policy", summary=""))
    tags = head(client, page.url)
    # No made-up meta description (the editor's checker flags it), but previews get the site's.
    assert "description" not in tags
    assert one(tags, "og:description") == SITE_DESCRIPTION
    assert one(tags, "og:type") == "website"
    assert one(tags, "twitter:card") == "summary"
    assert "og:image" not in tags


def test_index_description_falls_back_to_its_introduction(news_index):
    news_index.intro = "<p>Readouts, statements <b>and</b> stories.</p>"
    assert page_description(news_index) == "Readouts, statements and stories."


def test_campaign_shares_its_hero_with_alt_text(client, campaign_index):
    campaign = publish(
        CampaignPageFactory(
            parent=campaign_index, hero_image=share_sized_image(), hero_alt="Students in a library"
        )
    )
    tags = head(client, campaign.url)
    assert ".fill-1200x630-c100" in one(tags, "og:image")
    assert one(tags, "og:image:alt") == one(tags, "twitter:image:alt") == "Students in a library"


def test_video_feature_shares_its_poster(client, news_index):
    poster = share_sized_image()
    video = VideoFeaturePageFactory(parent=news_index)
    video.video = [
        ("video", {**video.video[0].value, "poster": poster, "title": "Why stabilisation matters"})
    ]
    video = publish(video)
    tags = head(client, video.url)
    assert one(tags, "og:image").endswith(poster.get_rendition(SHARE_RENDITION).url)
    assert one(tags, "og:image:alt") == "Why stabilisation matters"


def test_follow_account_comes_from_site_identity(client, article):
    identity = SiteIdentity.objects.get_or_create(site=article.get_site())[0]
    identity.x_handle = "CoalitionFR"
    identity.save()
    assert one(head(client, article.url), "twitter:site") == "@CoalitionFR"


def test_open_graph_locale_per_language(client, home_page, news_index, article):
    translate(home_page, "ar", prefix=False)
    translate(home_page, "fr", prefix=False)
    translate(news_index, "ar")
    translate(news_index, "fr")
    arabic = translate(article, "ar")
    english = head(client, article.url)
    assert one(english, "og:locale") == "en_GB"
    assert english["og:locale:alternate"] == ["ar_AR"]  # no French translation of the article
    tags = head(client, arabic.url)
    assert one(tags, "og:locale") == "ar_AR"
    assert tags["og:locale:alternate"] == ["en_GB"]
    assert one(tags, "og:url") == f"http://testserver{arabic.url}"
    assert one(tags, "og:title") == arabic.title == "ar-Ministers meet in Rome"
    assert one(tags, "og:description") == f"ar-{article.summary}"
    french_index = head(client, "/fr/fr-news/")
    assert one(french_index, "og:locale") == "fr_FR"
    assert sorted(french_index["og:locale:alternate"]) == ["ar_AR", "en_GB"]


def test_views_that_are_not_pages_still_name_site_and_language(client, home_page):
    tags = head(client, "/fr/search/?q=coalition")
    assert one(tags, "og:site_name")
    assert one(tags, "og:locale") == "fr_FR"
    assert one(tags, "twitter:card") == "summary"


def test_a_lost_image_file_costs_the_preview_its_picture_not_the_page(client, article):
    article.listing_image.file.storage.delete(article.listing_image.file.name)
    tags = head(client, article.url)
    assert "og:image" not in tags
    assert one(tags, "twitter:card") == "summary"


def test_index_and_home_advertise_the_feeds(client, news_index):
    for url in ("/en/", news_index.url):
        head = soup(client.get(url)).head
        assert head.find("link", type="application/rss+xml")["href"] == "/en/news/feed/"
        assert head.find("link", type="application/atom+xml")["href"] == "/en/news/feed/atom/"
