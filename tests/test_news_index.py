"""The news index: every article kind in one list, filters, pagination and bad page numbers."""

import pytest
from bs4 import BeautifulSoup

from news.models import ArticleTopic, NewsIndexPage

from .factories import (
    ImageFactory,
    NewsPageFactory,
    ReadoutPageFactory,
    TopicFactory,
    VideoFeaturePageFactory,
)

pytestmark = pytest.mark.django_db


def listed_titles(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in soup.select("[data-listing] .card__title a")]


def tag(page, topic):
    ArticleTopic.objects.create(page=page, topic=topic)


@pytest.fixture
def mixed_articles(news_index):
    return {
        "news": NewsPageFactory(parent=news_index, title="Partners fund water plant"),
        "readout": ReadoutPageFactory(parent=news_index, title="Small Group meets online"),
        "video": VideoFeaturePageFactory(parent=news_index, title="Why stabilisation matters"),
    }


def test_lists_all_kinds_newest_first_with_kind_labels(client, news_index, mixed_articles):
    response = client.get(news_index.url)
    assert response.status_code == 200
    expected = sorted(mixed_articles.values(), key=lambda p: (p.date, p.pk), reverse=True)
    assert listed_titles(response) == [page.title for page in expected]
    soup = BeautifulSoup(response.content, "html.parser")
    kinds = {
        card.select_one(".card__title").get_text(strip=True): card.select_one(
            ".card__kind"
        ).get_text(strip=True)
        for card in soup.select(".card")
    }
    assert kinds["Small Group meets online"] == "Readout"
    assert kinds["Why stabilisation matters"] == "Video feature"
    assert kinds["Partners fund water plant"] == "News"


def test_statement_is_labelled_as_statement(client, news_index):
    ReadoutPageFactory(
        parent=news_index, title="Joint statement on Mosul", document_type="statement"
    )
    soup = BeautifulSoup(client.get(news_index.url).content, "html.parser")
    assert soup.select_one(".card__kind").get_text(strip=True) == "Joint statement"


@pytest.mark.parametrize(
    "kind, expected",
    [
        ("news", ["Partners fund water plant"]),
        ("readout", ["Small Group meets online"]),
        ("video", ["Why stabilisation matters"]),
    ],
)
def test_filter_by_kind(client, news_index, mixed_articles, kind, expected):
    response = client.get(news_index.url, {"kind": kind})
    assert listed_titles(response) == expected
    assert b'name="robots" content="noindex"' in response.content


def test_unknown_kind_lists_everything(client, news_index, mixed_articles):
    assert len(listed_titles(client.get(news_index.url, {"kind": "<script>"}))) == 3


def test_filter_by_topic(client, news_index, mixed_articles):
    finance = TopicFactory(name="Countering financing", slug="financing")
    tag(mixed_articles["readout"], finance)
    response = client.get(news_index.url, {"topic": "financing"})
    assert listed_titles(response) == ["Small Group meets online"]
    assert client.get(news_index.url, {"topic": "no-such-topic"}).status_code == 200


def test_unpublished_articles_are_not_listed(client, news_index, mixed_articles):
    mixed_articles["news"].unpublish()
    assert "Partners fund water plant" not in listed_titles(client.get(news_index.url))


@pytest.fixture
def many_articles(news_index):
    return [NewsPageFactory(parent=news_index) for _ in range(NewsIndexPage.PAGE_SIZE * 2 + 1)]


def test_pagination_and_load_more_link(client, news_index, many_articles):
    first = client.get(news_index.url)
    assert len(listed_titles(first)) == NewsIndexPage.PAGE_SIZE
    soup = BeautifulSoup(first.content, "html.parser")
    load_more = soup.select_one("a[data-load-more]")
    assert load_more["href"] == f"{news_index.url}?page=2"
    second = client.get(load_more["href"])
    assert not set(listed_titles(first)) & set(listed_titles(second))
    last = client.get(news_index.url, {"page": 3})
    assert len(listed_titles(last)) == 1
    assert BeautifulSoup(last.content, "html.parser").select_one("a[data-load-more]") is None


def test_load_more_keeps_filters(client, news_index, many_articles):
    soup = BeautifulSoup(client.get(news_index.url, {"kind": "news"}).content, "html.parser")
    assert soup.select_one("a[data-load-more]")["href"] == f"{news_index.url}?kind=news&page=2"


def test_from_shows_every_page_up_to_the_requested_one(client, news_index, many_articles):
    """What "Load more" writes into the address: a reload shows what the visitor had loaded."""
    pages = [listed_titles(client.get(news_index.url, {"page": n})) for n in (1, 2, 3)]
    assert listed_titles(client.get(news_index.url, {"from": 1, "page": 2})) == pages[0] + pages[1]
    response = client.get(news_index.url, {"from": 2, "page": 3})
    assert listed_titles(response) == pages[1] + pages[2]
    assert BeautifulSoup(response.content, "html.parser").select_one("a[data-load-more]") is None
    soup = BeautifulSoup(client.get(news_index.url, {"from": 1, "page": 2}).content, "html.parser")
    assert soup.select_one("a[data-load-more]")["href"] == f"{news_index.url}?page=3"


@pytest.mark.parametrize(
    "first, last, expected",
    [("abc", 3, 3), ("", 3, 3), ("0", 3, 1), ("5", 3, 3), ("1", 30, 21), ("25", 30, 25)],
)
def test_first_page_shown_is_sane(first, last, expected):
    from news.models import first_page_shown

    assert first_page_shown(first, last) == expected


@pytest.mark.parametrize(
    "value, expected_page",
    [
        ("abc", 1),
        ("0", 3),
        ("-1", 3),
        ("99999", 3),
        ("", 1),
        ("1.5", 1),
        ("2", 2),
    ],
)
def test_bad_page_numbers_give_a_sensible_page(
    client, news_index, many_articles, value, expected_page
):
    response = client.get(news_index.url, {"page": value})
    assert response.status_code == 200
    assert response.context["articles"].number == expected_page


def test_listing_queries_do_not_grow_with_articles(
    client, news_index, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count_queries(total: int) -> int:
        while news_index.get_children().count() < total:
            NewsPageFactory(parent=news_index, listing_image=ImageFactory())
        client.get(news_index.url)  # warm caches (site root paths, content types)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(news_index.url).status_code == 200
        return len(queries)

    assert count_queries(5) == count_queries(50)
