"""What editors get in the admin for publishing: content checks, preview sizes, block previews."""

import json

from django.urls import reverse

from wagtail.admin.userbar import AccessibilityItem
from wagtail.models import Locale
from wagtail.users.models import UserProfile

import pytest
from bs4 import BeautifulSoup

from base.blocks import BodyStreamBlock
from base.editor_checks import EditorContentChecker, use_editor_checks
from campaigns.models import CampaignIndexPage, CampaignPage
from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage, ReadoutPage, VideoFeaturePage

from .factories import ImageFactory, NewsPageFactory
from .publishing import translate

pytestmark = pytest.mark.django_db

PAGE_TYPES = [
    HomePage,
    StandardPage,
    NewsIndexPage,
    NewsPage,
    ReadoutPage,
    VideoFeaturePage,
    CampaignIndexPage,
    CampaignPage,
]


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def axe_configuration(response) -> dict:
    soup = BeautifulSoup(response.content, "html.parser")
    return json.loads(soup.find("script", id="checker-axe-configuration").string)


def test_the_editor_checks_panel_runs_the_content_rules(editor, news_index):
    article = NewsPageFactory(parent=news_index)
    response = editor.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))
    rules = axe_configuration(response)["options"]["runOnly"]
    for rule in ("image-alt", "heading-order", "link-name", "empty-heading", "alt-text-quality"):
        assert rule in rules
    assert "Image without alt text" in json.dumps(axe_configuration(response)["messages"])


def test_the_userbar_on_the_site_runs_the_same_checks(editor, news_index):
    article = NewsPageFactory(parent=news_index)
    response = editor.get(article.url)
    assert "image-alt" in axe_configuration(response)["options"]["runOnly"]


def test_the_hook_replaces_wagtails_checker_in_place(rf):
    items = ["admin", AccessibilityItem(in_editor=True)]
    use_editor_checks(rf.get("/"), items, None)
    assert items[0] == "admin"
    assert type(items[1]) is EditorContentChecker and items[1].in_editor


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_every_page_type_previews_in_mobile_and_desktop_sizes(model):
    page = model()
    assert page.is_previewable()
    sizes = {size["name"]: size["device_width"] for size in page.preview_sizes}
    assert sizes["mobile"] < 400 and sizes["desktop"] >= 1280


BODY_BLOCKS = BodyStreamBlock().child_blocks
PREVIEWED = [name for name, block in BODY_BLOCKS.items() if block.is_previewable]


def test_every_body_block_describes_itself_in_the_block_chooser():
    assert all(block.meta.description for block in BODY_BLOCKS.values())
    assert list(BODY_BLOCKS) == PREVIEWED


@pytest.mark.parametrize("name", PREVIEWED)
def test_block_previews_use_the_site_stylesheet(editor, name):
    block = BODY_BLOCKS[name]
    response = editor.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("link", rel="stylesheet", href="/static/css/site.css")
    assert soup.find("div", class_="article-body")


# The site's rules in every language


SITE_RULES = (
    "image-alt",
    "content-image-alt",
    "heading-order",
    "link-name",
    "html-has-lang",
    "html-lang-valid",
    "valid-lang",
)
ALT_WARNING = {
    "en": "Image without alt text",
    "ar": "صورة بلا نص بديل",
    "fr": "Image sans texte alternatif",
}


@pytest.mark.parametrize("language", ["en", "ar", "fr"])
def test_editors_are_warned_of_a_post_image_without_alt_text_in_every_language(
    client, django_user_model, home_page, news_index, language
):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(
        preferred_language=language
    )
    client.force_login(user)
    article = NewsPageFactory(parent=news_index)
    post = {
        "url": "https://x.com/coalition/status/1790000000000000000",
        "author_name": "Global Coalition",
        "handle": "coalition",
        "text": "Partners met in Rome.",
        "posted_at": "2024-05-13T12:43:51Z",
        "image": ImageFactory(),
        # Saved from X, not described yet.
        "image_alt": "",
        "translation": "",
    }
    article.body = [("tweet", post)]
    article.save_revision().publish()
    if language != "en":
        translate(home_page, language)
        translate(news_index, language)
        article = translate(article, language)
    assert article.locale == Locale.objects.get(language_code=language)

    response = client.get(article.url)
    configuration = axe_configuration(response)
    assert set(SITE_RULES) <= set(configuration["options"]["runOnly"])
    assert configuration["messages"]["content-image-alt"]["error_name"] == ALT_WARNING[language]
    # The rule's elements are on the page, with the empty alt text its check refuses.
    rule = next(r for r in configuration["spec"]["rules"] if r["id"] == "content-image-alt")
    assert rule["any"] == ["non-empty-alt"]
    images = BeautifulSoup(response.content, "html.parser").select(rule["selector"])
    assert [image["alt"] for image in images] == [""]
