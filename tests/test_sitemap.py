"""/sitemap.xml lists every live page in every language with its alternates; /robots.txt points
to it; search results and filtered listings stay out of the index."""

import pytest

from .factories import NewsPageFactory, TopicFactory
from .publishing import publish, soup, translate, xml

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture
def site_pages(home_page, news_index):
    """Home and news index in three languages; one article in English and Arabic; one draft."""
    article = publish(NewsPageFactory(parent=news_index, title="Ministers meet"))
    NewsPageFactory(parent=news_index, title="Draft", slug="draft", live=False)
    pages = {"home": publish(home_page), "index": publish(news_index), "article": article}
    for code in ("ar", "fr"):
        pages[f"home-{code}"] = translate(home_page, code, prefix=False)
        pages[f"index-{code}"] = translate(news_index, code)
    pages["article-ar"] = translate(article, "ar")
    return pages


def sitemap_urls(client) -> dict[str, dict]:
    """loc → {"lastmod": …, "alternates": {hreflang: href}}."""
    response = client.get("/sitemap.xml")
    assert response["Content-Type"].startswith("application/xml")
    urls = {}
    for url in xml(response).findall(f"{SITEMAP}url"):
        alternates = {
            link.get("hreflang"): link.get("href")
            for link in url.findall(f"{XHTML}link")
            if link.get("rel") == "alternate"
        }
        urls[url.findtext(f"{SITEMAP}loc")] = {
            "lastmod": url.findtext(f"{SITEMAP}lastmod"),
            "alternates": alternates,
        }
    return urls


def full(page) -> str:
    return f"http://testserver{page.url}"


def test_every_live_page_in_every_language_is_listed(client, site_pages):
    urls = sitemap_urls(client)
    assert set(urls) == {full(page) for page in site_pages.values()}
    assert "http://testserver/en/news/draft/" not in urls


def test_every_url_has_a_lastmod(client, site_pages):
    for loc, url in sitemap_urls(client).items():
        assert url["lastmod"], loc


def test_alternates_name_every_translation_and_x_default(client, site_pages):
    urls = sitemap_urls(client)
    index_alternates = {
        "en": full(site_pages["index"]),
        "ar": full(site_pages["index-ar"]),
        "fr": full(site_pages["index-fr"]),
        "x-default": full(site_pages["index"]),
    }
    for key in ("index", "index-ar", "index-fr"):
        assert urls[full(site_pages[key])]["alternates"] == index_alternates
    article_alternates = {
        "en": full(site_pages["article"]),
        "ar": full(site_pages["article-ar"]),
        "x-default": full(site_pages["article"]),
    }
    assert urls[full(site_pages["article"])]["alternates"] == article_alternates
    assert urls[full(site_pages["article-ar"])]["alternates"] == article_alternates


def test_unpublished_pages_leave_the_sitemap(client, site_pages):
    site_pages["article-ar"].unpublish()
    urls = sitemap_urls(client)
    assert full(site_pages["article-ar"]) not in urls
    assert "ar" not in urls[full(site_pages["article"])]["alternates"]


def test_sitemap_is_outside_the_language_prefix(client, site_pages):
    assert client.get("/en/sitemap.xml").status_code == 404


def test_robots_txt_points_to_the_sitemap(client, home_page):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    for path in ("/admin/", "/en/search/", "/ar/search/", "/fr/search/"):
        assert f"Disallow: {path}" in lines
    assert "Disallow: /" not in lines  # the site itself stays open


def test_a_private_admin_address_is_not_advertised(client, home_page, settings):
    settings.ADMIN_PATH = "office-7f3a/"
    assert "office-7f3a" not in client.get("/robots.txt").content.decode()


def robots_meta(response) -> str | None:
    tag = soup(response).find("meta", attrs={"name": "robots"})
    return tag["content"] if tag else None


def test_filtered_listings_and_search_results_are_noindex(client, site_pages):
    topic = TopicFactory(slug="financing")
    assert robots_meta(client.get("/en/news/")) is None
    assert robots_meta(client.get("/en/news/", {"topic": topic.slug})) == "noindex"
    assert robots_meta(client.get("/en/news/", {"kind": "readout"})) == "noindex"
    assert robots_meta(client.get("/en/search/", {"q": "ministers"})) == "noindex"
