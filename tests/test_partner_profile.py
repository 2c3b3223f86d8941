"""Partner profiles: exactly the live articles of the language that name the partner, newest
first and paginated in a fixed number of queries; articles naming partners link back; Arabic
renders right to left with names isolated; editors create both new page types in the admin."""

import datetime
from unittest import mock

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest
from bs4 import BeautifulSoup

from home.models import HomePage
from localisation.translate import translate_object
from members.models import MembersPage, PartnerProfilePage
from news.models import ArticlePartner, NewsIndexPage

from .conftest import ensure_site_tree
from .factories import (
    DigestPageFactory,
    ImageFactory,
    MemberFactory,
    MembersPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PartnerProfilePageFactory,
    ReadoutPageFactory,
    VideoFeaturePageFactory,
)
from .test_pages_admin import list_block

pytestmark = pytest.mark.django_db

ARABIC = {
    "Italy": "إيطاليا",
    "Iraq": "العراق",
    "Members": "الأعضاء",
    "News": "الأخبار",
    "Partner profile: Italy": "لمحة عن شريك: إيطاليا",
    "Rome hosts the ministerial": "روما تستضيف الاجتماع الوزاري",
}


def name(article, *members) -> None:
    for member in members:
        ArticlePartner.objects.create(page=article, member=member)


def day(n: int) -> datetime.date:
    return datetime.date(2026, 1, 1) + datetime.timedelta(days=n)


@pytest.fixture
def members_page(home_page):
    return MembersPageFactory(parent=home_page)


@pytest.fixture
def italy():
    return MemberFactory(name="Italy", iso_code="IT")


@pytest.fixture
def iraq():
    return MemberFactory(name="Iraq", iso_code="IQ")


@pytest.fixture
def profile(members_page, italy):
    return PartnerProfilePageFactory(
        parent=members_page, title="Partner profile: Italy", partner=italy
    )


def listed_titles(response) -> list[str]:
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in soup.select(".partner-articles .card__title a")]


def test_lists_exactly_the_live_articles_naming_the_partner_newest_first(
    client, home_page, news_index, profile, italy, iraq
):
    news = NewsPageFactory(parent=news_index, title="Rome hosts the ministerial", date=day(1))
    readout = ReadoutPageFactory(parent=news_index, title="Small Group readout", date=day(3))
    video = VideoFeaturePageFactory(parent=news_index, title="Envoy explains", date=day(2))
    digest = DigestPageFactory(parent=news_index, title="Digest of the week", date=day(4))
    only_iraq = NewsPageFactory(parent=news_index, title="Water returns", date=day(5))
    unlinked = NewsPageFactory(parent=news_index, title="Unrelated", date=day(6))
    draft = NewsPageFactory(parent=news_index, title="Draft", date=day(7), live=False)
    name(news, italy)
    name(readout, iraq, italy)
    name(video, italy)
    name(digest, italy)
    name(only_iraq, iraq)
    name(draft, italy)
    # An article in another language naming Italy belongs to that language's profile.
    french_home = home_page.copy_for_translation(Locale.objects.get(language_code="fr"))
    french_news = NewsIndexPageFactory(parent=french_home)
    name(NewsPageFactory(parent=french_news, title="Rome accueille", date=day(8)), italy)

    titles = listed_titles(client.get(profile.url))
    assert titles == [digest.title, readout.title, video.title, news.title]
    assert unlinked.title not in titles and draft.title not in titles


def test_a_link_to_the_partner_in_another_language_counts(client, news_index, profile, italy):
    arabic_italy = translate_object(italy, Locale.objects.get(language_code="ar"), ARABIC.get)
    article = NewsPageFactory(parent=news_index, title="Linked to the Arabic Italy")
    name(article, arabic_italy)
    assert listed_titles(client.get(profile.url)) == [article.title]


def test_pagination_like_the_news_index(client, news_index, profile, italy):
    for n in range(NewsIndexPage.PAGE_SIZE + 2):
        name(NewsPageFactory(parent=news_index, date=day(n)), italy)
    first = client.get(profile.url)
    assert len(listed_titles(first)) == NewsIndexPage.PAGE_SIZE
    soup = BeautifulSoup(first.content, "html.parser")
    assert soup.select_one("a[data-load-more]")["href"] == f"{profile.url}?page=2"
    assert len(listed_titles(client.get(profile.url, {"page": "2"}))) == 2
    assert client.get(profile.url, {"page": "abc"}).context["articles"].number == 1
    assert client.get(profile.url, {"page": "99"}).context["articles"].number == 2


def test_a_profile_without_articles_says_so(client, profile):
    response = client.get(profile.url)
    assert listed_titles(response) == []
    assert "No articles name this partner yet." in response.content.decode()


def test_queries_do_not_grow_with_articles(client, news_index, profile, italy):
    kinds = (NewsPageFactory, ReadoutPageFactory, VideoFeaturePageFactory, DigestPageFactory)

    def count_queries(total: int) -> int:
        while ArticlePartner.objects.filter(member=italy).count() < total:
            n = ArticlePartner.objects.count()
            article = kinds[n % len(kinds)](parent=news_index, listing_image=ImageFactory())
            name(article, italy)
        client.get(profile.url)  # warm the per-process caches
        with CaptureQueriesContext(connection) as queries:
            assert client.get(profile.url).status_code == 200
        return len(queries)

    assert count_queries(5) == count_queries(20)


def test_articles_name_their_partners_and_link_to_the_profiles(
    client, news_index, profile, italy, iraq
):
    readout = ReadoutPageFactory(parent=news_index)
    name(readout, italy, iraq)
    soup = BeautifulSoup(client.get(readout.url).content, "html.parser")
    section = soup.select_one(".article-partners")
    assert section.h2.get_text(strip=True) == "Partners involved"
    entries = section.select("li")
    assert [entry.bdi.get_text(strip=True) for entry in entries] == ["Italy", "Iraq"]
    assert entries[0].a["href"] == profile.url
    assert entries[1].a is None  # Iraq has no profile
    assert entries[1].select_one(".member-flag")["src"] == "/static/flags/iq.svg"


def test_an_article_naming_nobody_has_no_partners_section(client, news_index):
    article = NewsPageFactory(parent=news_index)
    assert b"article-partners" not in client.get(article.url).content


def test_arabic_profile_and_article_are_right_to_left_with_names_isolated(
    client, home_page, news_index, members_page, profile, italy
):
    article = NewsPageFactory(parent=news_index, title="Rome hosts the ministerial")
    name(article, italy)
    arabic = Locale.objects.get(language_code="ar")
    translate_object(home_page, arabic, ARABIC.get, fallback=True)
    for page in (news_index, members_page):
        translate_object(page, arabic, ARABIC.get, fallback=True)
    translate_object(italy, arabic, ARABIC.get)
    arabic_profile = translate_object(profile, arabic, ARABIC.get, fallback=True)
    arabic_article = translate_object(article, arabic, ARABIC.get, fallback=True)

    soup = BeautifulSoup(client.get(arabic_profile.url).content, "html.parser")
    assert (soup.html["lang"], soup.html["dir"]) == ("ar", "rtl")
    assert soup.select_one(".partner-profile__name").name == "bdi"
    assert soup.select_one(".partner-profile__name").get_text(strip=True) == "إيطاليا"
    assert listed_titles(client.get(arabic_profile.url)) == ["روما تستضيف الاجتماع الوزاري"]

    soup = BeautifulSoup(client.get(arabic_article.url).content, "html.parser")
    entry = soup.select_one(".article-partners li")
    assert entry.bdi.get_text(strip=True) == "إيطاليا"
    assert entry.a["href"] == arabic_profile.url
    assert entry.select_one(".member-flag")["src"] == "/static/flags/it.svg"


# Wagtail's page-test helpers sign in with settings.AUTHENTICATION_BACKENDS[0]; django-axes's
# backend, first there, cannot load a user from the session (see tests/test_pages_admin.py).
@mock.patch(
    "wagtail.test.utils.page_tests.AUTH_BACKEND", "django.contrib.auth.backends.ModelBackend"
)
class CreateInAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.home = ensure_site_tree()

    def setUp(self):
        self.client.force_login(self.create_superuser("editor"))

    def test_where_the_new_page_types_go(self):
        self.assertCanCreateAt(HomePage, MembersPage)
        self.assertAllowedSubpageTypes(MembersPage, {PartnerProfilePage})
        self.assertAllowedParentPageTypes(PartnerProfilePage, {MembersPage})
        self.assertCanNotCreateAt(HomePage, PartnerProfilePage)

    def test_create_a_members_page_and_a_partner_profile(self):
        self.assertCanCreate(
            self.home, MembersPage, {"title": "Members", "intro": rich_text("<p>Who we are</p>")}
        )
        members_page = MembersPage.objects.get(slug="members")
        self.home.refresh_from_db()  # its child count changed
        self.assertFalse(MembersPage.can_create_at(self.home))
        italy = MemberFactory(name="Italy")
        data = nested_form_data(
            {
                "title": "Partner profile: Italy",
                "partner": italy.pk,
                "summary": "Italy co-chairs two working groups.",
                "figures": streamfield(
                    [
                        (
                            "key_figures",
                            {
                                "heading": "Italy in the Coalition",
                                "figures": list_block([{"figure": "2014", "label": "joined"}]),
                            },
                        )
                    ]
                ),
                "quote": streamfield(
                    [("quote", {"text": "Together.", "attribution": "Envoy", "role": ""})]
                ),
                "body": streamfield([("paragraph", rich_text("<p>Italy hosts meetings.</p>"))]),
            }
        )
        self.assertCanCreate(members_page, PartnerProfilePage, data)
        page = PartnerProfilePage.objects.get(slug="partner-profile-italy")
        self.assertEqual(page.partner, italy)
        self.assertEqual(page.figures[0].value["figures"][0]["figure"], "2014")
        self.assertEqual(page.quote[0].value["attribution"], "Envoy")
        self.assertPageIsRenderable(page)

    def test_a_profile_needs_its_partner(self):
        members_page = MembersPageFactory(parent=self.home)
        data = nested_form_data(
            {
                "title": "Nobody",
                "slug": "nobody",
                "partner": "",
                "summary": "",
                "figures": streamfield([]),
                "quote": streamfield([]),
                "body": streamfield([]),
                "action-publish": "1",
            }
        )
        url = reverse(
            "wagtailadmin_pages:add", args=["members", "partnerprofilepage", members_page.pk]
        )
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 200)
        self.assertIn("partner", response.context["form"].errors)
