"""The weekly digest: items refused without a web link, links that send no referrer, items grouped
by topic, and digests in the news index, the feeds, search and the admin."""

import datetime
from unittest import mock

from django.urls import reverse

from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest
from bs4 import BeautifulSoup

from news.blocks import DigestItemBlock
from news.models import DigestPage

from .conftest import ensure_site_tree
from .factories import DigestPageFactory, NewsIndexPageFactory, NewsPageFactory, TopicFactory

ITEM = {
    "headline": "Engineers bring a pumping station back to life",
    "outlet": "The Harbour Gazette",
    "date": datetime.date(2026, 11, 20),
    "summary": "A local paper hears from the engineers who rebuilt the station.",
    "url": "https://example.org/reports/water-station",
    "topic": None,
}


def item(**changes) -> dict:
    return {**ITEM, **changes}


def clean(value: dict):
    block = DigestItemBlock()
    return block.clean(block.to_python(value))


def link_error(value: dict) -> str:
    with pytest.raises(StructBlockValidationError) as error:
        clean(value)
    return " ".join(error.value.block_errors["url"].messages)


def test_an_item_with_a_web_link_is_accepted():
    assert clean(item())["url"] == ITEM["url"]
    assert clean(item(url="http://example.org/report"))["url"] == "http://example.org/report"


@pytest.mark.parametrize(
    "url, message",
    [
        ("", "Add the link to the report: a web address starting with https://."),
        (
            "ftp://example.org/report.pdf",
            "Link only to web pages: the address must start with https:// or http://.",
        ),
        (
            "javascript:alert(1)",
            "Link only to web pages: the address must start with https:// or http://.",
        ),
        (
            "mailto:press@example.org",
            "Link only to web pages: the address must start with https:// or http://.",
        ),
        (
            "https://exa mple",
            "This is not a complete web address. Copy it from the browser’s address bar.",
        ),
    ],
)
def test_an_item_without_a_valid_web_link_is_refused_with_a_clear_message(url, message):
    assert link_error(item(url=url)) == message


def test_other_errors_are_reported_beside_the_link():
    with pytest.raises(StructBlockValidationError) as error:
        clean(item(url="", headline=""))
    assert set(error.value.block_errors) == {"url", "headline"}


@pytest.mark.django_db
class TestOnTheSite:
    @pytest.fixture
    def digest(self, news_index):
        water = TopicFactory(name="Stabilisation", slug="stabilisation")
        money = TopicFactory(name="Countering financing", slug="financing")
        return DigestPageFactory(
            parent=news_index,
            title="The week in reporting",
            date=datetime.date(2026, 11, 23),
            items=[
                ("item", item(topic=water)),
                ("item", item(headline="Brokers fined in a hawala case", topic=money)),
                ("item", item(headline="An essay on returning home", url="https://example.net/")),
                ("item", item(headline="A second water story", topic=water)),
                # Stored without the editor's check (an import): shown, but never as a link.
                ("item", item(headline="Imported with a bad link", url="javascript:alert(1)")),
            ],
        )

    def test_items_are_grouped_by_topic_with_links_that_send_no_referrer(self, client, digest):
        soup = BeautifulSoup(client.get(digest.url).content, "html.parser")
        groups = {
            group.h2.get_text(strip=True): [h3.get_text(strip=True) for h3 in group.select("h3")]
            for group in soup.select(".digest__group")
        }
        assert groups == {
            "Stabilisation": [ITEM["headline"], "A second water story"],
            "Countering financing": ["Brokers fined in a hawala case"],
            "More reporting": ["An essay on returning home", "Imported with a bad link"],
        }
        assert list(groups)[-1] == "More reporting"
        links = soup.select(".digest-item a")
        assert len(links) == 4
        for link in links:
            assert {"noopener", "noreferrer"} <= set(link["rel"])
            assert link["href"].startswith("https://")
        assert "javascript:" not in str(soup.select_one(".digest"))
        meta = soup.select_one(".digest-item__meta").get_text(" ", strip=True)
        assert "The Harbour Gazette" in meta and "example.org" in meta

    def test_listed_in_the_news_index_as_its_own_kind(self, client, news_index, digest):
        NewsPageFactory(parent=news_index, title="A news story")
        soup = BeautifulSoup(client.get(news_index.url).content, "html.parser")
        kinds = {
            card.select_one(".card__title").get_text(strip=True): card.select_one(
                ".card__kind"
            ).get_text(strip=True)
            for card in soup.select(".card")
        }
        assert kinds[digest.title] == "Weekly digest"
        assert soup.select_one('#filter-kind option[value="digest"]')
        filtered = BeautifulSoup(
            client.get(news_index.url, {"kind": "digest"}).content, "html.parser"
        )
        assert [a.get_text(strip=True) for a in filtered.select(".card__title a")] == [digest.title]

    def test_in_the_news_feeds(self, client, news_index, digest):
        digest.save_revision().publish()
        for url in ("/en/news/feed/", "/en/news/feed/atom/", "/en/news/digests/feed/"):
            response = client.get(url)
            assert response.status_code == 200, url
            assert digest.title in response.content.decode(), url
        assert digest.title not in client.get("/en/news/stories/feed/").content.decode()

    def test_found_by_search_through_its_items(self, client, digest):
        digest.save_revision().publish()
        for query in ("hawala", "Harbour Gazette", "engineers rebuilt"):
            response = client.get("/en/search/", {"q": query})
            titles = [a.get_text(strip=True) for a in _result_links(response)]
            assert titles == [digest.title], query
        response = client.get("/en/search/", {"q": "hawala", "kind": "digest"})
        assert [a.get_text(strip=True) for a in _result_links(response)] == [digest.title]


def _result_links(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select(".search-result__title a")


# Wagtail's page-test helpers sign in with settings.AUTHENTICATION_BACKENDS[0]; django-axes's
# backend, first there, cannot load a user from the session (see tests/test_pages_admin.py).
@mock.patch(
    "wagtail.test.utils.page_tests.AUTH_BACKEND", "django.contrib.auth.backends.ModelBackend"
)
class CreateDigestInAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.news_index = NewsIndexPageFactory(parent=ensure_site_tree())

    def setUp(self):
        self.client.force_login(self.create_superuser("editor"))

    def form_data(self, **item_changes) -> dict:
        form_item = {**item(**item_changes), "date": "2026-11-20", "topic": ""}
        return nested_form_data(
            {
                "title": "The week in reporting",
                "date": "2026-11-23",
                "summary": "What others wrote about the Coalition this week.",
                "topic_links": inline_formset([]),
                "partner_links": inline_formset([]),
                "items": streamfield([("item", form_item)]),
                "body": streamfield([]),
            }
        )

    def test_create_a_digest(self):
        self.assertCanCreateAt(type(self.news_index), DigestPage)
        self.assertCanCreate(self.news_index, DigestPage, self.form_data())
        page = DigestPage.objects.get(slug="the-week-in-reporting")
        self.assertEqual(page.items[0].value["outlet"], "The Harbour Gazette")
        self.assertPageIsRenderable(page)

    def test_the_editor_is_told_why_a_link_is_refused(self):
        url = reverse("wagtailadmin_pages:add", args=["news", "digestpage", self.news_index.pk])
        data = {**self.form_data(url="ftp://example.org/x"), "action-publish": "1"}
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 200)
        error = response.context["form"].errors["items"].as_data()[0]
        self.assertEqual(
            error.block_errors[0].block_errors["url"].messages,
            ["Link only to web pages: the address must start with https:// or http://."],
        )
        self.assertFalse(DigestPage.objects.exists())
