"""What editors get in the admin for publishing: content checks, preview sizes, block previews."""

import json

from django.urls import reverse

from wagtail.admin.userbar import AccessibilityItem

import pytest
from bs4 import BeautifulSoup

from base.blocks import BodyStreamBlock
from base.editor_checks import EditorContentChecker, use_editor_checks
from campaigns.models import CampaignIndexPage, CampaignPage
from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage, ReadoutPage, VideoFeaturePage

from .factories import NewsPageFactory

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
# Image and document blocks need an image or file from the library, so the chooser shows their
# description without a rendered preview.
PREVIEWED = [name for name, block in BODY_BLOCKS.items() if block.is_previewable]


def test_every_body_block_describes_itself_in_the_block_chooser():
    assert all(block.meta.description for block in BODY_BLOCKS.values())
    assert set(BODY_BLOCKS) - set(PREVIEWED) <= {"image", "document"}


@pytest.mark.parametrize("name", PREVIEWED)
def test_block_previews_use_the_site_stylesheet(editor, name):
    block = BODY_BLOCKS[name]
    response = editor.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("link", rel="stylesheet", href="/static/css/site.css")
    assert soup.find("div", class_="article-body")
