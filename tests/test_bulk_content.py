"""generate_bulk_content: articles written in bulk form a valid tree, render, and are searchable."""

from io import StringIO

from django.core.management import call_command

from wagtail.models import Page

import pytest

from news.models import ArticlePage, NewsPage, ReadoutPage, VideoFeaturePage
from tools.bulk_command import Command

from .factories import TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def generated(news_index):
    TopicFactory(name="Stabilisation", slug="stabilisation")
    out = StringIO()
    call_command(Command(), articles=24, batch_size=10, stdout=out)
    return out.getvalue()


def test_articles_form_a_valid_tree_under_the_index(generated, news_index):
    assert "Created 24 articles" in generated and "articles/s" in generated
    assert Page.find_problems() == ([], [], [], [], [])
    news_index.refresh_from_db()
    assert news_index.numchild == 24 == ArticlePage.objects.child_of(news_index).live().count()
    kinds = {NewsPage, ReadoutPage, VideoFeaturePage}
    assert {type(page) for page in news_index.get_children().specific()} == kinds


def test_generated_articles_render_and_are_listed(client, generated, news_index):
    for page in news_index.get_children().specific()[:6]:
        assert client.get(page.url).status_code == 200, page.url
    assert client.get(news_index.url).status_code == 200
    assert ArticlePage.objects.filter(topic_links__topic__slug="stabilisation").exists()


def test_generated_articles_are_in_the_search_index(generated, news_index):
    english = ArticlePage.objects.live().filter(locale=news_index.locale)
    assert english.search("partners").count() > 0


def test_a_new_page_can_still_be_added_after_bulk_creation(generated, news_index):
    from .factories import NewsPageFactory

    page = NewsPageFactory(parent=news_index, title="Added by an editor")
    assert page.path > max(p.path for p in news_index.get_children().exclude(pk=page.pk))
