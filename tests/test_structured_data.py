"""JSON-LD in the page head: NewsArticle for news, readouts and statements, VideoObject for video
features, the organisation on the home page; safely escaped, and never executable script."""

import datetime

import pytest
import wagtail_factories

from base.models import SiteIdentity
from base.structured_data import iso_duration, json_ld_script
from news.models import ReadoutPage

from .factories import (
    CampaignPageFactory,
    NewsPageFactory,
    ReadoutPageFactory,
    StandardPageFactory,
    TopicFactory,
    VideoFeaturePageFactory,
)
from .publishing import add_topics, json_ld, publish, share_sized_image, soup, translate

pytestmark = pytest.mark.django_db


def data_of(client, page) -> dict:
    blocks = json_ld(soup(client.get(page.url)))
    assert len(blocks) == 1
    return blocks[0]


def test_news_is_a_news_article(client, news_index):
    news = NewsPageFactory(
        parent=news_index,
        title="Partners restore power in Raqqa",
        summary="Power is back in three districts.",
        listing_image=share_sized_image(),
        date=datetime.date(2026, 4, 2),
    )
    add_topics(news, TopicFactory(name="Stabilisation"))
    news = publish(news)
    data = data_of(client, news)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Partners restore power in Raqqa"
    assert data["description"] == "Power is back in three districts."
    assert data["datePublished"] == "2026-04-02"
    assert datetime.datetime.fromisoformat(data["dateModified"])
    assert data["inLanguage"] == "en"
    assert data["url"] == data["mainEntityOfPage"]["@id"] == f"http://testserver{news.url}"
    assert ".fill-1200x630-c100" in data["image"][0]
    assert data["keywords"] == ["Stabilisation"]
    assert data["author"] == [data["publisher"]]
    assert data["publisher"] == {
        "@type": "Organization",
        "name": "Global Coalition",
        "url": "http://testserver/en/",
    }


def test_statement_is_authored_by_its_issuing_governments(client, news_index):
    document = wagtail_factories.DocumentFactory(title="Joint statement (PDF)")
    statement = publish(
        ReadoutPageFactory(
            parent=news_index,
            document_type=ReadoutPage.DocumentType.STATEMENT,
            meeting_format=ReadoutPage.MeetingFormat.IN_PERSON,
            place="Rome, Italy",
            official_document=document,
        )
    )
    data = data_of(client, statement)
    assert data["@type"] == "NewsArticle"
    assert data["articleSection"] == "Joint statement"
    assert [author["name"] for author in data["author"]] == ["Italy", "United States", "Iraq"]
    assert data["publisher"]["name"] == "Global Coalition"
    assert data["locationCreated"] == {"@type": "Place", "name": "Rome, Italy"}
    assert data["associatedMedia"]["contentUrl"] == f"http://testserver{document.url}"
    assert data["associatedMedia"]["name"] == "Joint statement (PDF)"


def test_video_feature_is_a_video_object(client, news_index):
    video = VideoFeaturePageFactory(parent=news_index, date=datetime.date(2026, 5, 6))
    video.video = [
        ("video", {**video.video[0].value, "poster": share_sized_image(), "duration": "1:02:05"})
    ]
    video = publish(video)
    data = data_of(client, video)
    assert data["@type"] == "VideoObject"
    assert data["name"] == "Why stabilisation matters"
    assert data["description"] == video.summary
    assert data["uploadDate"] == "2026-05-06"
    assert data["duration"] == "PT1H2M5S"
    assert data["embedUrl"] == "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"
    assert data["contentUrl"] == "https://www.youtube.com/watch?v=aqz-KE-bpKQ"
    assert data["transcript"] == "Stabilisation is how peace holds."
    assert ".fill-1200x630-c100" in data["thumbnailUrl"][0]
    assert data["actor"] == {
        "@type": "Person",
        "name": "Anna Lindqvist",
        "jobTitle": "EU official for non-military support",
    }
    assert data["inLanguage"] == "en"


def test_home_page_describes_the_organisation_and_its_search(client, home_page):
    identity = SiteIdentity.objects.get_or_create(site=home_page.get_site())[0]
    identity.linkedin_url = "https://www.linkedin.com/company/coalition"
    identity.facebook_url = "javascript:alert(1)"  # never a link, wherever it comes from
    identity.save()
    data = data_of(client, home_page)
    organization, website = data["@graph"]
    assert organization["@type"] == "Organization"
    assert organization["name"] == "Global Coalition"
    assert organization["url"] == "http://testserver/en/"
    assert organization["sameAs"] == [
        "https://x.com/coalition",
        "https://www.linkedin.com/company/coalition",
    ]
    assert website["@type"] == "WebSite"
    assert website["potentialAction"]["target"]["urlTemplate"] == (
        "http://testserver/en/search/?q={search_term_string}"
    )


def test_structured_data_is_in_the_page_language(client, home_page, news_index):
    translate(home_page, "fr", prefix=False)
    translate(news_index, "fr")
    french = translate(publish(NewsPageFactory(parent=news_index)), "fr")
    data = data_of(client, french)
    assert data["inLanguage"] == "fr"
    assert data["headline"] == french.title
    assert data["url"] == f"http://testserver{french.url}"


def test_a_title_cannot_close_the_script(client, news_index):
    title = "</script><script>alert(1)</script> & <!-- more"
    news = publish(NewsPageFactory(parent=news_index, title=title))
    html = client.get(news.url).content.decode()
    assert "<script>alert(1)" not in html
    assert data_of(client, news)["headline"] == title


def test_json_ld_script_escapes_markup():
    html = json_ld_script({"name": "</script>&"})
    assert html == (
        '<script type="application/ld+json">{"name":"\\u003C/script\\u003E\\u0026"}</script>'
    )
    assert json_ld_script({}) == ""


@pytest.mark.parametrize(
    "duration, iso",
    [("1:05", "PT1M5S"), ("0:45", "PT45S"), ("12:00", "PT12M0S"), ("1:02:05", "PT1H2M5S")],
)
def test_iso_duration(duration, iso):
    assert iso_duration(duration) == iso


def test_iso_duration_of_nothing():
    assert iso_duration("") == iso_duration("about a minute") == ""


def test_no_page_has_inline_executable_script(client, home_page, news_index, campaign_index):
    pages = [
        home_page,
        news_index,
        campaign_index,
        publish(NewsPageFactory(parent=news_index)),
        publish(ReadoutPageFactory(parent=news_index)),
        publish(VideoFeaturePageFactory(parent=news_index)),
        publish(CampaignPageFactory(parent=campaign_index)),
        publish(StandardPageFactory(parent=home_page)),
    ]
    for page in pages:
        for script in soup(client.get(page.url)).find_all("script"):
            assert script.has_attr("src") or script.get("type") == "application/ld+json", (
                page.url,
                str(script)[:80],
            )
