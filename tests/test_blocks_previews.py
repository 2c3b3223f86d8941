"""Every block of the body is previewed in the editor's block chooser with realistic content:
pictures and documents from the library, related pages from the live site. Each preview is
rendered through Wagtail's block preview view, as the chooser does."""

from django.urls import reverse
from django.utils import translation

import pytest
import wagtail_factories
from bs4 import BeautifulSoup

from base.blocks import BodyStreamBlock

from .factories import ImageFactory, NewsPageFactory
from .publishing import translate

pytestmark = pytest.mark.django_db

BODY = BodyStreamBlock()


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def library(news_index):
    """What a site has after a while: pictures, a document, published and draft articles."""
    ImageFactory(title="Old photo")
    photo = ImageFactory(title="Ministers at the Small Group meeting in Rome")
    document = wagtail_factories.DocumentFactory(
        title="Joint statement of the Small Group", file__filename="statement.pdf"
    )
    live = [NewsPageFactory(parent=news_index, title=f"Live article {n}") for n in range(4)]
    draft = NewsPageFactory(parent=news_index, title="Draft article", live=False)
    return {"photo": photo, "document": document, "live": live, "draft": draft}


def preview(client, name: str) -> BeautifulSoup:
    block = BODY.child_blocks[name]
    response = client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").find(class_="article-body")


def test_every_block_is_previewable():
    assert all(block.is_previewable for block in BODY.child_blocks.values())


@pytest.mark.parametrize("name", list(BODY.child_blocks))
def test_every_block_preview_shows_content(editor, library, name):
    body = preview(editor, name)
    assert body.get_text(strip=True) or body.find("img"), f"{name} previews as nothing"


def test_image_preview_shows_the_latest_library_picture(editor, library):
    image = preview(editor, "image").find("img")
    assert image["alt"] == "Ministers at the Small Group meeting in Rome"
    assert "/media/images/" in image["src"]


def test_video_preview_has_a_poster_from_the_library(editor, library):
    assert preview(editor, "video").find("img")


def test_document_preview_links_to_the_latest_document(editor, library):
    link = preview(editor, "document").find("a")
    assert link["href"] == library["document"].url
    assert "Joint statement of the Small Group" in link.get_text()


def test_related_preview_lists_the_latest_live_pages(editor, library):
    titles = [a.get_text() for a in preview(editor, "related").find_all("a")]
    assert titles == ["Live article 3", "Live article 2", "Live article 1"]


def test_related_preview_follows_the_editors_language(library, home_page, news_index):
    translate(home_page, "fr")
    translate(news_index, "fr")
    french = translate(library["live"][0], "fr")
    with translation.override("fr"):
        pages = BODY.child_blocks["related"].get_preview_value()["pages"]
    assert [page.pk for page in pages] == [french.pk]


@pytest.mark.parametrize("name", ["image", "document", "related"])
def test_an_empty_library_previews_without_error(editor, home_page, name):
    assert preview(editor, name) is not None
