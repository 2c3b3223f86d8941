"""Every page type through the admin: where it may go, creating, rendering, previewing, errors."""

import json
from unittest import mock
from urllib.parse import urlparse

from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

from bs4 import BeautifulSoup

from campaigns.models import CampaignIndexPage, CampaignPage
from home.models import HomePage, StandardPage
from members.models import MembersPage
from news.models import (
    ArticlePage,
    DigestPage,
    NewsIndexPage,
    NewsPage,
    ReadoutPage,
    VideoFeaturePage,
)

from .conftest import ensure_site_tree
from .factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ReadoutPageFactory,
    StandardPageFactory,
    TopicFactory,
    VideoFeaturePageFactory,
)

TWEET = {
    "url": "https://x.com/coalition/status/1790000000000000000",
    "author_name": "Global Coalition",
    "handle": "@coalition",
    "text": "Partners met today in Baghdad. #DefeatDaesh",
    "posted_at": "2026-05-12 10:30",
    "image": "",
    "image_alt": "",
    "translation": "",
}
VIDEO = {
    "url": "https://youtu.be/aqz-KE-bpKQ",
    "title": "Why stabilisation matters",
    "poster": "",
    "duration": "1:05",
    "transcript": "Stabilisation is how peace holds.",
}


def body_form_data() -> dict:
    """One of each block an editor can fill in without choosing images, documents or pages."""
    return streamfield(
        [
            ("heading", {"text": "What was agreed", "level": "h2"}),
            ("paragraph", rich_text("<p>Partners agreed to <b>fund</b> schools.</p>")),
            ("quote", {"text": "Together.", "attribution": "Special Envoy", "role": ""}),
            ("tweet", TWEET),
            ("video", VIDEO),
            (
                "call_to_action",
                {
                    "title": "Deny Daesh Cash",
                    "text": "",
                    "button_label": "Watch",
                    "page": "",
                    "external_url": "https://example.org/cash/",
                },
            ),
            (
                "key_figures",
                {"heading": "", "figures": list_block([{"figure": "85", "label": "members"}])},
            ),
        ]
    )


def list_block(values: list) -> dict:
    """ListBlock form data, to use inside streamfield() like streamfield() itself."""
    data = {
        str(i): {"value": value, "deleted": "", "order": str(i)} for i, value in enumerate(values)
    }
    data["count"] = str(len(values))
    return data


def article_form_data(title: str, **fields) -> dict:
    data = {
        "title": title,
        "date": "2026-05-12",
        "summary": "Partners met to review progress.",
        "topic_links": inline_formset([]),
        "partner_links": inline_formset([]),
        "body": body_form_data(),
    }
    data.update(fields)
    return nested_form_data(data)


class SiteTreeMixin:
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.home = ensure_site_tree()
        cls.news_index = NewsIndexPageFactory(parent=cls.home)
        cls.campaign_index = CampaignIndexPageFactory(parent=cls.home)

    def log_in(self):
        """A superuser, logged in without the login form (its rate limiting is tested elsewhere)."""
        user = self.create_superuser("editor")
        self.client.force_login(user)
        return user


class PageTreeRulesTests(WagtailPageTestCase):
    def test_allowed_subpage_types(self):
        # HomePage sets no subpage_types, so the tree also allows Wagtail's base Page, which no
        # editor can create; what editors are offered is checked below.
        self.assertAllowedSubpageTypes(
            HomePage, {Page, StandardPage, NewsIndexPage, CampaignIndexPage, MembersPage}
        )
        self.assertEqual(
            set(HomePage.creatable_subpage_models()),
            {StandardPage, NewsIndexPage, CampaignIndexPage, MembersPage},
        )
        self.assertAllowedSubpageTypes(
            NewsIndexPage, {NewsPage, ReadoutPage, VideoFeaturePage, DigestPage}
        )
        self.assertAllowedSubpageTypes(CampaignIndexPage, {CampaignPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        for leaf in (NewsPage, ReadoutPage, VideoFeaturePage, CampaignPage):
            self.assertAllowedSubpageTypes(leaf, set())

    def test_allowed_parent_page_types(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(CampaignIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(CampaignPage, {CampaignIndexPage})
        for kind in (NewsPage, ReadoutPage, VideoFeaturePage):
            self.assertAllowedParentPageTypes(kind, {NewsIndexPage})

    def test_articles_go_only_under_a_news_index(self):
        for kind in (NewsPage, ReadoutPage, VideoFeaturePage):
            self.assertCanCreateAt(NewsIndexPage, kind)
            self.assertCanNotCreateAt(HomePage, kind)
            self.assertCanNotCreateAt(StandardPage, kind)
        self.assertCanCreateAt(CampaignIndexPage, CampaignPage)
        self.assertCanNotCreateAt(HomePage, CampaignPage)

    def test_the_shared_article_base_is_not_offered_to_editors(self):
        self.assertFalse(ArticlePage.is_creatable)
        self.assertNotIn(ArticlePage, NewsIndexPage.creatable_subpage_models())
        self.assertEqual(
            set(NewsIndexPage.creatable_subpage_models()),
            {NewsPage, ReadoutPage, VideoFeaturePage, DigestPage},
        )


class IndexPagesOnePerParentTests(SiteTreeMixin, WagtailPageTestCase):
    def test_a_home_page_with_an_index_cannot_have_another(self):
        self.assertFalse(NewsIndexPage.can_create_at(self.home))
        self.assertFalse(CampaignIndexPage.can_create_at(self.home))
        self.assertTrue(StandardPage.can_create_at(self.home))

    def test_the_admin_refuses_a_second_index(self):
        self.log_in()
        for model in (NewsIndexPage, CampaignIndexPage):
            url = reverse(
                "wagtailadmin_pages:add",
                args=[model._meta.app_label, model._meta.model_name, self.home.pk],
            )
            response = self.client.post(url, {"title": "Again", "slug": "again"})
            # Wagtail answers a refused action by sending the editor back to the dashboard.
            self.assertRedirects(response, reverse("wagtailadmin_home"), msg_prefix=str(model))
            self.assertEqual(model.objects.child_of(self.home).count(), 1)

    def test_a_home_page_without_indexes_can_have_one_of_each(self):
        self.news_index.delete()
        self.campaign_index.delete()
        self.assertTrue(NewsIndexPage.can_create_at(self.home))
        self.assertTrue(CampaignIndexPage.can_create_at(self.home))


class CreatePagesInAdminTests(SiteTreeMixin, WagtailPageTestCase):
    def setUp(self):
        self.log_in()

    def test_create_news_page(self):
        topic = TopicFactory()
        data = article_form_data(
            "Ministers meet in Baghdad", topic_links=inline_formset([{"topic": topic.pk}])
        )
        self.assertCanCreate(self.news_index, NewsPage, data)
        page = NewsPage.objects.get(slug="ministers-meet-in-baghdad")
        self.assertTrue(page.live)
        self.assertEqual(page.get_parent().pk, self.news_index.pk)
        self.assertEqual(page.topics(), [topic])
        self.assertEqual(
            [block.block_type for block in page.body],
            ["heading", "paragraph", "quote", "tweet", "video", "call_to_action", "key_figures"],
        )
        tweet = page.body[3].value
        self.assertEqual(tweet["handle"], "coalition")
        self.assertEqual(tweet["posted_at"].isoformat(), "2026-05-12T10:30:00+00:00")
        self.assertEqual(page.body[6].value["figures"][0]["figure"], "85")

    def test_create_readout_page(self):
        data = article_form_data(
            "Small Group meets in Rome",
            document_type="statement",
            meeting_name="Small Group of political directors",
            meeting_date="2026-05-11",
            meeting_format="in_person",
            place="Rome, Italy",
            chairs="Italy and the United States",
            issuing_governments="Italy\nUnited States",
            official_document="",
        )
        self.assertCanCreate(self.news_index, ReadoutPage, data)
        page = ReadoutPage.objects.get(slug="small-group-meets-in-rome")
        self.assertEqual(page.document_type, ReadoutPage.DocumentType.STATEMENT)
        self.assertEqual(page.place, "Rome, Italy")
        self.assertEqual(page.issuers, ["Italy", "United States"])

    def test_create_video_feature_page(self):
        data = article_form_data(
            "Why stabilisation matters",
            video=streamfield([("video", VIDEO)]),
            speaker_name="Anna Lindqvist",
            speaker_role="EU official",
        )
        self.assertCanCreate(self.news_index, VideoFeaturePage, data)
        page = VideoFeaturePage.objects.get(slug="why-stabilisation-matters")
        self.assertEqual(page.video_value.source().video_id, "aqz-KE-bpKQ")
        self.assertEqual(page.speaker_name, "Anna Lindqvist")

    def test_a_video_feature_needs_its_video(self):
        data = article_form_data("No video", video=streamfield([]))
        response = self.post_new(self.news_index, VideoFeaturePage, data)
        self.assertIn("video", response.context["form"].errors)
        self.assertFalse(VideoFeaturePage.objects.filter(title="No video").exists())

    def test_create_campaign_page(self):
        data = nested_form_data(
            {
                "title": "Deny Daesh Cash",
                "tagline": "Follow the money, stop the money.",
                "hashtag": "DenyDaeshCash",
                "hero_image": "",
                "hero_alt": "",
                "topic": "",
                "summary": "",
                "body": body_form_data(),
            }
        )
        self.assertCanCreate(self.campaign_index, CampaignPage, data)
        page = CampaignPage.objects.get(slug="deny-daesh-cash")
        self.assertEqual(page.get_parent().pk, self.campaign_index.pk)
        self.assertEqual(page.hashtag, "#DenyDaeshCash")

    def test_create_standard_page(self):
        data = nested_form_data(
            {"title": "About the Coalition", "summary": "", "body": body_form_data()}
        )
        self.assertCanCreate(self.home, StandardPage, data)
        page = StandardPage.objects.get(slug="about-the-coalition")
        self.assertEqual(len(page.body), 7)
        self.assertCanCreate(
            page, StandardPage, nested_form_data({"title": "Members", "body": streamfield([])})
        )

    def test_create_index_pages_under_a_home_page_without_them(self):
        self.news_index.delete()
        self.campaign_index.delete()
        self.assertCanCreate(self.home, NewsIndexPage, {"title": "News", "intro": rich_text("")})
        self.assertCanCreate(
            self.home, CampaignIndexPage, {"title": "Campaigns", "intro": rich_text("")}
        )
        self.assertEqual(NewsIndexPage.objects.child_of(self.home).live().count(), 1)
        self.assertEqual(CampaignIndexPage.objects.child_of(self.home).live().count(), 1)
        self.assertFalse(NewsIndexPage.can_create_at(self.home))

    def test_an_invalid_tweet_url_redisplays_the_form_with_what_was_typed(self):
        title = "Ministers meet in Mosul"
        text = "Typed words that must survive the error"
        tweet = {**TWEET, "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ", "text": text}
        data = article_form_data(
            title,
            body=streamfield([("paragraph", rich_text("<p>Kept paragraph</p>")), ("tweet", tweet)]),
        )
        response = self.post_new(self.news_index, NewsPage, data)

        self.assertEqual(response.status_code, 200)
        self.assertFalse(NewsPage.objects.filter(title=title).exists())
        stream_error = response.context["form"].errors["body"].as_data()[0]
        url_error = stream_error.block_errors[1].block_errors["url"]
        self.assertEqual(
            url_error.messages,
            [
                "Enter the address of a post on X or Twitter, like "
                "https://x.com/handle/status/1234567890."
            ],
        )
        soup = BeautifulSoup(response.content, "html.parser")
        self.assertEqual(soup.find("input", attrs={"name": "title"})["value"], title)
        # The StreamField widget is built in the browser from the values and errors it is given.
        blocks, errors = json.loads(soup.find(id="body")["data-w-block-arguments-value"])
        self.assertEqual([block["type"] for block in blocks], ["paragraph", "tweet"])
        self.assertIn("Kept paragraph", blocks[0]["value"])
        self.assertEqual(blocks[1]["value"]["text"], text)
        self.assertEqual(blocks[1]["value"]["url"], tweet["url"])
        self.assertEqual(
            errors["blockErrors"]["1"]["blockErrors"]["url"]["messages"], url_error.messages
        )

    def test_an_in_person_readout_without_a_place_gets_a_field_error(self):
        data = article_form_data(
            "Readout without a place",
            document_type="readout",
            meeting_name="Small Group of political directors",
            meeting_date="2026-05-11",
            meeting_format="in_person",
            place="",
            chairs="",
            issuing_governments="",
            official_document="",
        )
        response = self.post_new(self.news_index, ReadoutPage, data)
        self.assertEqual(
            response.context["form"].errors["place"],
            ["Say where an in-person meeting took place."],
        )
        self.assertFalse(ReadoutPage.objects.filter(title="Readout without a place").exists())

    def test_a_virtual_readout_needs_no_place(self):
        data = article_form_data(
            "Virtual readout",
            document_type="readout",
            meeting_name="Small Group of political directors",
            meeting_date="",
            meeting_format="virtual",
            place="",
            chairs="",
            issuing_governments="",
            official_document="",
        )
        self.assertCanCreate(self.news_index, ReadoutPage, data)

    def post_new(self, parent, model, data):
        url = reverse(
            "wagtailadmin_pages:add",
            args=[model._meta.app_label, model._meta.model_name, parent.pk],
        )
        response = self.client.post(url, {**data, "slug": "new-page", "action-publish": "1"})
        self.assertEqual(response.status_code, 200, "the form is shown again, not a redirect")
        return response


# Wagtail's page-test helpers sign in with settings.AUTHENTICATION_BACKENDS[0], read at import.
# django-axes needs its backend first, and that backend cannot load a user from the session;
# point the helpers at the one that can, as Django's own force_login() chooses.
@mock.patch(
    "wagtail.test.utils.page_tests.AUTH_BACKEND", "django.contrib.auth.backends.ModelBackend"
)
class RenderAndPreviewTests(SiteTreeMixin, WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        body = [
            ("heading", {"text": "What was agreed", "level": "h2"}),
            ("paragraph", "<p>Partners agreed.</p>"),
            ("quote", {"text": "Together.", "attribution": "Envoy", "role": "Co-chair"}),
            (
                "tweet",
                {**TWEET, "handle": "coalition", "posted_at": "2026-05-12T10:30:00", "image": None},
            ),
            ("video", {**VIDEO, "poster": None}),
            (
                "call_to_action",
                {"title": "Act", "button_label": "Go", "external_url": "https://example.org/"},
            ),
            ("key_figures", {"figures": [{"figure": "85", "label": "members"}]}),
        ]
        cls.news = NewsPageFactory(parent=cls.news_index, body=body)
        cls.readout = ReadoutPageFactory(parent=cls.news_index, body=body)
        cls.video = VideoFeaturePageFactory(parent=cls.news_index)
        cls.campaign = CampaignPageFactory(parent=cls.campaign_index, body=body)
        cls.standard = StandardPageFactory(parent=cls.home, body=body)
        cls.related = NewsPageFactory(
            parent=cls.news_index, body=[("related", {"pages": [cls.news, cls.readout]})]
        )

    def all_pages(self):
        return [
            self.home,
            self.news_index,
            self.campaign_index,
            self.news,
            self.readout,
            self.video,
            self.campaign,
            self.standard,
            self.related,
        ]

    def test_every_page_type_renders(self):
        for page in self.all_pages():
            with self.subTest(page=type(page).__name__):
                self.assertPageIsRenderable(page)

    def test_every_page_type_previews(self):
        body = body_form_data()
        streams = {
            self.home: {"key_figures": streamfield([])},
            self.news: {"body": body},
            self.readout: {"body": body},
            self.video: {"body": body, "video": streamfield([("video", VIDEO)])},
            self.campaign: {"body": body},
            self.standard: {"body": body},
            self.related: {
                "body": streamfield(
                    [("related", {"heading": "", "pages": list_block([self.news.pk])})]
                )
            },
        }
        self.user = self.log_in()
        for page in self.all_pages():
            with self.subTest(page=type(page).__name__):
                self.assertPageIsPreviewable(
                    page, post_data=self.edit_form_data(page, streams.get(page, {})), user=self.user
                )

    def edit_form_data(self, page, streams: dict):
        """The page's edit form as the browser would post it.

        StreamFields are drawn by JavaScript, so the HTML holds no inputs for them: their form
        data is given here.
        """
        self.client.force_login(self.user)
        html = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content
        data = querydict_from_html(html.decode(), form_id="page-edit-form")
        data.update(nested_form_data(streams))
        return data

    def test_the_body_renders_every_block(self):
        for page in (self.news, self.readout, self.campaign, self.standard):
            with self.subTest(page=type(page).__name__):
                soup = BeautifulSoup(self.client.get(page.url).content, "html.parser")
                for selector in (
                    "h2.block-heading",
                    "div.rich-text p",
                    "figure.block-quote blockquote",
                    "figure.tweet blockquote",
                    "figure.video-facade[data-embed-url]",
                    "aside.call-to-action a.button",
                    "section.key-figures dl",
                ):
                    self.assertTrue(soup.select_one(selector), selector)
                self.assertIsNone(soup.find("iframe"))
                sources = [tag["src"] for tag in soup.find_all(src=True)]
                self.assertFalse([src for src in sources if urlparse(src).netloc], sources)

    def test_the_related_block_renders_in_its_page(self):
        soup = BeautifulSoup(self.client.get(self.related.url).content, "html.parser")
        self.assertEqual(
            [a["href"] for a in soup.select("section.related a")],
            [self.news.url, self.readout.url],
        )
