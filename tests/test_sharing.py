"""Share links on articles and campaigns: plain links, URL-encoded, no third-party script."""

from urllib.parse import parse_qs, urlsplit

import pytest

from base.models import SiteIdentity
from base.sharing import follow_links, share_links

from .factories import CampaignPageFactory, NewsPageFactory, StandardPageFactory
from .publishing import publish, soup, translate

pytestmark = pytest.mark.django_db

TITLE = "Deny Daesh Cash: 5 facts & figures?"


def links_on(client, page) -> dict:
    nav = soup(client.get(page.url)).find("nav", class_="share-links")
    assert nav is not None
    return {a["data-network"]: a for a in nav.find_all("a")}


def params(href: str) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(urlsplit(href).query).items()}


def test_article_offers_every_network(client, news_index):
    article = publish(NewsPageFactory(parent=news_index, title=TITLE, summary="Money matters."))
    url = f"http://testserver{article.url}"
    links = links_on(client, article)
    assert list(links) == ["x", "facebook", "linkedin", "whatsapp", "email"]
    assert links["x"]["href"].startswith("https://x.com/intent/post?")
    assert params(links["x"]["href"]) == {"text": TITLE, "url": url}
    assert params(links["facebook"]["href"]) == {"u": url}
    assert params(links["linkedin"]["href"]) == {"url": url}
    assert params(links["whatsapp"]["href"]) == {"text": f"{TITLE} {url}"}
    assert links["email"]["href"].startswith("mailto:?")
    assert params(links["email"]["href"]) == {"subject": TITLE, "body": f"Money matters.\n\n{url}"}
    for link in links.values():
        assert "nofollow" in link["rel"] and "noopener" in link["rel"]


def test_share_links_are_url_encoded():
    [x, *_others, email] = share_links("https://example.org/en/a b/", "A & B? #1", "x + y")
    assert x.url == (
        "https://x.com/intent/post?text=A%20%26%20B%3F%20%231&url=https%3A%2F%2Fexample.org%2Fen%2Fa%20b%2F"
    )
    # Spaces as %20: mail programs show a + in a subject literally.
    assert email.url == (
        "mailto:?subject=A%20%26%20B%3F%20%231"
        "&body=x%20%2B%20y%0A%0Ahttps%3A%2F%2Fexample.org%2Fen%2Fa%20b%2F"
    )


def test_campaign_shares_its_hashtag(client, campaign_index):
    campaign = publish(CampaignPageFactory(parent=campaign_index, hashtag="#DenyDaeshCash"))
    assert params(links_on(client, campaign)["x"]["href"])["hashtags"] == "DenyDaeshCash"


def test_pages_without_share_links(client, home_page):
    page = publish(StandardPageFactory(parent=home_page))
    assert soup(client.get(page.url)).find("nav", class_="share-links") is None


def test_no_third_party_script_on_an_article(client, news_index):
    article = publish(NewsPageFactory(parent=news_index))
    for script in soup(client.get(article.url)).find_all("script", src=True):
        assert script["src"].startswith("/static/"), script["src"]


def test_share_links_speak_the_page_language(client, news_index, home_page):
    translate(home_page, "ar", prefix=False)
    translate(news_index, "ar")
    arabic = translate(publish(NewsPageFactory(parent=news_index)), "ar")
    links = links_on(client, arabic)
    assert params(links["facebook"]["href"])["u"] == f"http://testserver{arabic.url}"
    assert params(links["x"]["href"])["text"] == arabic.title


def test_follow_links_come_from_site_identity(rf, home_page):
    identity = SiteIdentity.objects.get_or_create(site=home_page.get_site())[0]
    identity.x_handle = "coalition"
    identity.youtube_url = "https://www.youtube.com/@coalition"
    identity.linkedin_url = "https://www.linkedin.com/company/coalition"
    identity.facebook_url = "javascript:alert(1)"
    identity.save()
    request = rf.get("/en/", HTTP_HOST="localhost")
    links = follow_links(request)
    assert [(link.network, link.url) for link in links] == [
        ("x", "https://x.com/coalition"),
        ("youtube", "https://www.youtube.com/@coalition"),
        ("linkedin", "https://www.linkedin.com/company/coalition"),
    ]
    assert links[0].handle == "@coalition"


def test_footer_follows_every_account(client, home_page):
    identity = SiteIdentity.objects.get_or_create(site=home_page.get_site())[0]
    identity.linkedin_url = "https://www.linkedin.com/company/coalition"
    identity.youtube_url = "https://www.youtube.com/@coalition"
    identity.save()
    footer = soup(client.get("/en/")).find("footer")
    hrefs = [a["href"] for a in footer.find_all("a", rel="me")]
    assert hrefs == [
        "https://x.com/coalition",
        "https://www.youtube.com/@coalition",
        "https://www.linkedin.com/company/coalition",
    ]
    assert footer.find("bdi", dir="ltr").get_text() == "@coalition"
