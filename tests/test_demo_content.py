"""The demo content loader: what it builds in English, Arabic and French, that every page renders,
and that loading again changes nothing.

Loading takes a while, so the module loads once with `manage.py load_demo_content`, then again
with the loader to check idempotence, inside a transaction that is rolled back after its last
test: other test modules never see the demo.
"""

import json
import re
from collections import Counter
from datetime import timedelta
from io import StringIO
from pathlib import Path
from types import SimpleNamespace
from unittest import mock

from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

import pytest

from base.blocks.media import parse_video_url
from base.models import SiteIdentity, Topic
from base.scheduling import is_scheduled
from campaigns.models import CampaignIndexPage, CampaignPage
from demo import loader
from demo.documents import simple_pdf
from demo.images import generate
from home.models import HomePage, StandardPage
from members.models import Member, MembersPage, PartnerProfilePage
from news.blocks import web_link_error
from news.models import (
    ArticlePartner,
    DigestPage,
    NewsIndexPage,
    NewsPage,
    ReadoutPage,
    VideoFeaturePage,
)
from posts.models import Post

from .conftest import ensure_site_tree

pytestmark = pytest.mark.django_db

ARABIC_LETTERS = re.compile("[\u0621-\u064a]{3,}")
LANGUAGES = ("en", "ar", "fr")
# The page tree the demo built when its content was written as Python, recorded once with
# `page_tree()`: the content files must build the same pages at the same addresses.
PAGE_TREE_MANIFEST = Path(__file__).parent / "data" / "demo_page_tree.json"


def page_tree() -> list[list]:
    """Every page below the root as [page type, locale, URL, live], sorted."""
    pages = Page.objects.filter(depth__gt=1).select_related("content_type", "locale")
    return sorted(
        [
            f"{page.content_type.app_label}.{page.content_type.model}",
            page.locale.language_code,
            page.get_url(),
            page.live,
        ]
        for page in pages
    )


def write_page_tree_manifest() -> None:
    """Record the current database's page tree as the manifest (one page a line)."""
    lines = ",\n".join(f"  {json.dumps(entry, ensure_ascii=False)}" for entry in page_tree())
    PAGE_TREE_MANIFEST.write_text(f"[\n{lines}\n]\n")


def database_counts() -> dict:
    Image = get_image_model()
    models = [
        Page,
        Revision,
        Topic,
        Member,
        ArticlePartner,
        Image,
        Image.get_rendition_model(),
        get_document_model(),
        TranslationSource,
        Translation,
        StringTranslation,
    ]
    return {model.__name__: model.objects.count() for model in models}


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    media = tmp_path_factory.mktemp("demo-media")
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=media),
        transaction.atomic(),
    ):
        ensure_site_tree()
        first = StringIO()
        call_command("load_demo_content", stdout=first)
        after_first = database_counts()
        second = loader.load(log=lambda line: None)
        yield SimpleNamespace(
            first=first.getvalue(),
            second=second,
            after_first=after_first,
            after_second=database_counts(),
            media=media,
        )
        transaction.set_rollback(True)


def english_pages():
    """Every live English page (the scheduled article waits for its time)."""
    home = HomePage.objects.get(locale__language_code="en")
    return Page.objects.live().descendant_of(home, inclusive=True).specific()


def home_in(language: str) -> HomePage:
    return HomePage.objects.get(locale__language_code=language)


def test_loading_again_writes_nothing(demo):
    # The home page comes from a migration: the loader fills it in but does not create it.
    assert f"  pages created: {len(loader.page_specs()) - 1}\n" in demo.first
    assert sum(demo.second.values()) == 0, demo.second
    assert demo.after_second == demo.after_first


def test_the_page_tree_is_the_recorded_one(demo):
    recorded = json.loads(PAGE_TREE_MANIFEST.read_text())
    built = page_tree()
    count = Counter((page_type, locale) for page_type, locale, _url, _live in built)
    assert count == Counter((page_type, locale) for page_type, locale, _url, _live in recorded)
    assert built == recorded


def test_the_english_tree_has_the_required_content(demo):
    english = Locale.objects.get(language_code="en")
    assert Topic.objects.filter(locale=english).count() == 5
    assert NewsIndexPage.objects.filter(locale=english, title="News").count() == 1
    assert NewsPage.objects.filter(locale=english).count() >= 12
    assert ReadoutPage.objects.filter(locale=english).count() >= 3
    assert VideoFeaturePage.objects.filter(locale=english).count() >= 3
    assert CampaignIndexPage.objects.filter(locale=english, title="Campaigns").count() == 1
    assert set(CampaignPage.objects.filter(locale=english).values_list("title", flat=True)) == {
        "One Mission Many Nations",
        "Deny Daesh Cash",
        "This Generation Learns",
    }
    assert StandardPage.objects.filter(locale=english).count() >= 3
    assert MembersPage.objects.filter(locale=english, title="Members").count() == 1
    assert PartnerProfilePage.objects.filter(locale=english).count() == 2
    assert DigestPage.objects.filter(locale=english).count() == 2
    menu = set(home_in("en").get_children().in_menu().values_list("slug", flat=True))
    assert menu == {"news", "campaigns", "about", "members"}


def test_articles_are_complete(demo):
    for article in NewsPage.objects.filter(locale__language_code="en"):
        assert article.listing_image_id and article.summary and article.topic_links.exists()
    dates = set(NewsPage.objects.values_list("date__month", flat=True))
    assert len(dates) >= 4, "dates should spread over several months"
    block_types = {
        block.block_type for page in english_pages() for block in getattr(page, "body", None) or []
    }
    assert block_types >= {
        "heading",
        "paragraph",
        "image",
        "quote",
        "call_to_action",
        "key_figures",
        "tweet",
        "video",
        "document",
        "related",
    }


def test_readouts_and_videos(demo):
    readouts = ReadoutPage.objects.filter(locale__language_code="en")
    assert set(readouts.values_list("document_type", flat=True)) == {
        "readout",
        "statement",
        "communique",
    }
    small_group = readouts.get(meeting_format=ReadoutPage.MeetingFormat.VIRTUAL)
    assert "Small Group" in small_group.meeting_name and small_group.chairs
    statement = readouts.get(document_type="statement")
    assert len(statement.issuers) >= 3
    assert statement.official_document.file.name.endswith(".pdf")
    assert statement.official_document.file_size > 1000
    for feature in VideoFeaturePage.objects.filter(locale__language_code="en"):
        assert feature.speaker_name and feature.speaker_role
        assert parse_video_url(feature.video_value["url"]).provider == "youtube"
        assert feature.video_value["transcript"]


def test_members_profiles_and_partner_links(demo):
    members = Member.objects.filter(locale__language_code="en")
    assert members.count() == 85
    assert members.values("region").distinct().count() == 6
    assert members.filter(kind=Member.Kind.ORGANISATION).count() == 4
    # Every state has a flag and a code; names come from CLDR (checked in Arabic and French).
    states = members.filter(kind=Member.Kind.STATE)
    assert all(member.flag_path for member in states)
    assert Member.objects.get(locale__language_code="fr", iso_code="DE").name == "Allemagne"
    assert Member.objects.get(locale__language_code="ar", iso_code="JP").name == "اليابان"
    # Years only where the record says: the founders, and blank where unsure.
    assert members.get(iso_code="IQ").year_joined == 2014
    assert members.get(iso_code="PH").year_joined == 2018
    assert members.filter(year_joined__isnull=True).exists()
    for profile in PartnerProfilePage.objects.filter(locale__language_code="en"):
        assert profile.partner and profile.figures and profile.quote and profile.body
        assert profile.articles().exists(), profile.title
    statement = ReadoutPage.objects.get(locale__language_code="en", document_type="statement")
    assert statement.partner_links.count() >= 3


def test_digests_link_out_by_topic(demo):
    for digest in DigestPage.objects.filter(locale__language_code="en"):
        items = [block.value for block in digest.items]
        assert len(items) >= 3
        assert all(not web_link_error(item["url"]) for item in items)
        assert all(item["url"].startswith("https://example.") for item in items)
        assert len(digest.items_by_topic()) >= 2


def test_home_page_and_its_wall_of_posts(demo):
    home = home_in("en")
    assert home.lead_story and home.about_page and home.about_text
    assert [block.value["figure"] for block in home.key_figures][0] == "85"
    posts = list(Post.objects.filter(locale__language_code="en"))
    assert len(posts) == 12
    texts = " ".join(post.text for post in posts)
    assert "#DefeatDaesh" in texts and "#StrongerTogether" in texts and "@" in texts
    assert all(flag in texts for flag in ("🇮🇶", "🇮🇹", "🇫🇷"))
    assert ARABIC_LETTERS.search(texts) and "Ensemble" in texts
    for post in posts:
        post.full_clean()
        assert post.url.startswith("https://x.com/")


def test_site_identity_points_at_the_cookie_policy(demo):
    identity = SiteIdentity.objects.get()
    assert identity.cookie_policy_page.slug == "cookie-policy"
    assert identity.x_handle
    body = str(identity.cookie_policy_page.specific.body.raw_data)
    assert "cookie_consent" in body and "Accept" in body


def test_every_page_and_topic_is_translated_and_live(demo):
    for language in ("ar", "fr"):
        locale = Locale.objects.get(language_code=language)
        for page in english_pages():
            translation = page.get_translation_or_none(locale)
            assert translation is not None and translation.live, (page.url_path, language)
            assert Translation.objects.filter(
                source__object_id=page.translation_key, target_locale=locale
            ).exists()
        assert Topic.objects.filter(locale=locale).count() == 5
        assert (
            Member.objects.filter(locale=locale).count()
            == Member.objects.filter(locale__language_code="en").count()
        )
    arabic_topics = Topic.objects.filter(locale__language_code="ar")
    assert all(ARABIC_LETTERS.search(topic.name) for topic in arabic_topics)
    arabic_members = Member.objects.filter(locale__language_code="ar")
    assert all(ARABIC_LETTERS.search(member.name) for member in arabic_members)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_renders_without_new_renditions(demo, client, settings, language):
    settings.MEDIA_ROOT = demo.media  # the originals, should a rendition be missing
    Rendition = get_image_model().get_rendition_model()
    before = set(Rendition.objects.values_list("pk", flat=True))
    pages = Page.objects.live().filter(locale__language_code=language, depth__gt=1)
    assert pages.count() == english_pages().count()
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        if language == "ar":
            assert 'dir="rtl"' in html, page.url
            main = html.split('<main id="main"', 1)[1]
            assert ARABIC_LETTERS.search(main), page.url
    made = Rendition.objects.exclude(pk__in=before).values_list("filter_spec", flat=True)
    assert not made, f"add {sorted(set(made))} to demo.loader.RENDITIONS"


def test_posts_stay_verbatim_in_the_arabic_wall(demo, client):
    english = Post.objects.filter(locale__language_code="en").order_by("translation_key")
    arabic = Post.objects.filter(locale__language_code="ar").order_by("translation_key")
    assert [post.text for post in arabic] == [post.text for post in english]
    assert [post.handle for post in arabic] == [post.handle for post in english]
    # Posts not written in Arabic carry an Arabic rendering beside the original.
    for post in arabic:
        if not ARABIC_LETTERS.search(post.text[:20]):
            assert ARABIC_LETTERS.search(post.translation), post.url
    html = client.get("/ar/?posts=2").content.decode()
    assert "Proud to co-chair today" in html
    assert not re.search("[\U0001f1e6-\U0001f1ff]", html)


def test_arabic_members_page_and_profile(demo, client):
    html = client.get(MembersPage.objects.get(locale__language_code="ar").url).content.decode()
    assert "<bdi>العراق</bdi>" in html and 'src="/static/flags/iq.svg"' in html
    assert html.count("data-map-member=") == 81
    profile = PartnerProfilePage.objects.get(locale__language_code="ar", partner__name="العراق")
    html = client.get(profile.url).content.decode()
    assert 'dir="rtl"' in html and html.count('class="card"') >= 3
    article = ReadoutPage.objects.get(locale__language_code="ar", document_type="statement")
    html = client.get(article.url).content.decode()
    assert f'href="{profile.url}"><bdi>العراق</bdi>' in html


def test_french_addresses_are_french(demo, client):
    news = NewsIndexPage.objects.get(locale__language_code="fr")
    assert news.url == "/fr/actualites/"
    assert client.get(news.url).status_code == 200


def test_images_are_deterministic_jpegs():
    first = generate("sample", 300, 200, "dusk", "hills")
    assert first == generate("sample", 300, 200, "dusk", "hills")
    assert first[:3] == b"\xff\xd8\xff"
    assert first != generate("another", 300, 200, "dusk", "hills")


def test_pdf_is_well_formed():
    pdf = simple_pdf("Joint statement (draft)", ["We met in Rome.", "A second paragraph."])
    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    assert b"(Joint statement \\(draft\\)) Tj" in pdf
    offset = int(pdf.rsplit(b"startxref", 1)[1].split()[0])
    assert pdf[offset:].startswith(b"xref")


def publish_scheduled_at(moment) -> None:
    """Run the publishing command as cron would, with the clock moved to `moment`."""
    with mock.patch("django.utils.timezone.now", return_value=moment):
        call_command("publish_scheduled")


def test_the_scheduled_article_appears_when_its_time_comes(demo, client):
    slugs = ["winter-shelter-returning-families", "abris-hiver-familles-retour"]
    pages = list(NewsPage.objects.filter(slug__in=slugs))
    assert {page.locale.language_code for page in pages} == set(LANGUAGES)
    go_live_at = pages[0].go_live_at
    assert go_live_at > timezone.now()
    for page in pages:
        assert not page.live and is_scheduled(page) and page.go_live_at == go_live_at
        assert client.get(f"{page.get_parent().url}{page.slug}/").status_code == 404
    with transaction.atomic():  # the publication is undone after the test
        publish_scheduled_at(go_live_at - timedelta(minutes=1))
        assert not NewsPage.objects.filter(slug__in=slugs, live=True).exists()
        publish_scheduled_at(go_live_at + timedelta(minutes=1))
        for page in NewsPage.objects.filter(slug__in=slugs):
            assert page.live and not is_scheduled(page)
            assert client.get(page.url).status_code == 200
            assert page.title in client.get(f"{page.get_parent().url}feed/").content.decode()
        transaction.set_rollback(True)
