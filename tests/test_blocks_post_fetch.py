"""Paste a post's address, get its snapshot: the oEmbed fetch against a fake endpoint on
127.0.0.1, every way it can fail, and proof that a failed fetch loses nothing."""

import datetime
import json

from django.urls import reverse

from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images import get_image_model
from wagtail.test.utils.form_data import rich_text, streamfield

import pytest
from bs4 import BeautifulSoup

from base.blocks import TweetBlock
from base.blocks.post_fetch import posted_at
from news.models import NewsPage
from posts.models import Post

from .fake_oembed import POST_TEXT, FakeOEmbed
from .test_pages_admin import article_form_data

POST_URL = "https://x.com/coalition/status/1790000000000000000"
# The time encoded in the id above (a "snowflake"): exact, unlike the date X prints.
POSTED = datetime.datetime(2024, 5, 13, 12, 43, 51, tzinfo=datetime.UTC)
FILL_BY_HAND = "Filled in from X when it answers; or type it in yourself."


@pytest.fixture
def fake_x(settings):
    server = FakeOEmbed().start()
    settings.TWEET_OEMBED_ENDPOINT = server.endpoint
    settings.TWEET_OEMBED_TIMEOUT = 0.5
    settings.TWEET_OEMBED_MAX_BYTES = 64 * 1024
    settings.TWEET_IMAGE_HOSTS = [server.base.removeprefix("http://")]
    yield server
    server.stop()


def only_url(**overrides):
    data = {
        "url": POST_URL,
        "author_name": "",
        "handle": "",
        "text": "",
        "posted_at": None,
        "image": None,
        "image_alt": "",
        "translation": "",
    }
    data.update(overrides)
    return TweetBlock().normalize(data)


def clean_errors(value) -> dict[str, list[str]]:
    try:
        TweetBlock().clean(value)
    except StructBlockValidationError as error:
        return {name: err.messages for name, err in error.block_errors.items()}
    raise AssertionError("the block was accepted")


# Success


@pytest.mark.django_db
def test_saving_only_the_address_fills_the_snapshot(fake_x):
    cleaned = TweetBlock().clean(only_url(url=POST_URL + "?s=20"))
    assert cleaned["url"] == POST_URL
    assert cleaned["author_name"] == "Global Coalition"
    assert cleaned["handle"] == "coalition"
    assert cleaned["text"] == POST_TEXT
    assert cleaned["posted_at"] == POSTED
    assert cleaned["image"] is None
    # Asked once, for the address without its tracking query, with X's script left out.
    assert len(fake_x.oembed_requests) == 1
    assert "omit_script=1" in fake_x.oembed_requests[0]
    assert "status%2F1790000000000000000&" in fake_x.oembed_requests[0]


@pytest.mark.django_db
def test_the_first_image_is_downloaded_into_the_image_library_once(fake_x):
    fake_x.mode = "ok-with-image"
    cleaned = TweetBlock().clean(only_url())
    image = cleaned["image"]
    assert image.title == "Post by @coalition (1790000000000000000)"
    assert (image.width, image.height) == (32, 24)
    # Saved with the image; its alt text is asked for on the next save.
    assert cleaned["image_alt"] == ""
    again = TweetBlock().clean(
        only_url(url="https://twitter.com/coalition/status/1790000000000000000")
    )
    assert again["image"].pk == image.pk
    assert get_image_model().objects.count() == 1


@pytest.mark.django_db
def test_an_image_from_another_host_is_not_downloaded(fake_x, settings):
    settings.TWEET_IMAGE_HOSTS = ["pbs.twimg.com"]
    fake_x.mode = "ok-with-image"
    cleaned = TweetBlock().clean(only_url())
    assert cleaned["image"] is None
    assert cleaned["text"] == POST_TEXT
    assert not [path for path in fake_x.requests if path == "/image.png"]


@pytest.mark.django_db
def test_previews_and_repeated_saves_ask_x_once(fake_x):
    for _ in range(3):
        TweetBlock().clean(only_url())
    assert len(fake_x.oembed_requests) == 1


@pytest.mark.django_db
def test_what_the_editor_typed_is_never_overwritten(fake_x):
    cleaned = TweetBlock().clean(only_url(author_name="The Coalition", text="Typed by hand"))
    assert cleaned["author_name"] == "The Coalition"
    assert cleaned["text"] == "Typed by hand"
    assert cleaned["handle"] == "coalition"
    assert cleaned["posted_at"] == POSTED


@pytest.mark.django_db
def test_a_complete_snapshot_never_asks_x(fake_x):
    TweetBlock().clean(
        only_url(
            author_name="Global Coalition",
            handle="coalition",
            text="By hand",
            posted_at=POSTED,
        )
    )
    assert fake_x.requests == []


@pytest.mark.django_db
def test_the_returned_html_is_sanitised_before_it_is_read(fake_x):
    fake_x.mode = "evil-html"
    cleaned = TweetBlock().clean(only_url())
    assert cleaned["text"] == "Hello world"


def test_old_posts_take_the_date_x_prints():
    assert posted_at("20", "March 21, 2006") == datetime.datetime(2006, 3, 21, tzinfo=datetime.UTC)
    assert posted_at("20", "not a date") is None


# Failures: a message on the address, the empty fields marked, nothing filled


FAILURES = [
    (
        "slow",
        "X did not answer within 0.5 seconds. Fill in the fields by hand, or save again later.",
    ),
    ("404", "X says this post does not exist: it may have been deleted."),
    (
        "403",
        "X refuses to share this post: the account may be protected. Fill in the fields by hand.",
    ),
    (
        "500",
        "X answered with an error (HTTP 500). Fill in the fields by hand, or save again later.",
    ),
    ("bad-json", "X's answer could not be read as a post. Fill in the fields by hand."),
    ("html", "X sent a web page instead of the post's data. Fill in the fields by hand."),
    (
        "redirect-away",
        "X sent the request on to another site (localhost); it was not followed.",
    ),
    ("huge", "X's answer was larger than 64 KB and was not read."),
    ("no-text", "X's answer holds no text for this post. Fill in the fields by hand."),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("mode", "message"), FAILURES)
def test_each_failure_gives_the_editor_a_clear_message(fake_x, mode, message):
    fake_x.mode = mode
    errors = clean_errors(only_url())
    assert errors == {
        "url": [message],
        "author_name": [FILL_BY_HAND],
        "handle": [FILL_BY_HAND],
        "text": [FILL_BY_HAND],
        "posted_at": [FILL_BY_HAND],
    }


@pytest.mark.django_db
def test_x_down_gives_a_message(settings):
    settings.TWEET_OEMBED_ENDPOINT = "http://127.0.0.1:9/oembed"
    errors = clean_errors(only_url())
    assert errors["url"] == [
        "X could not be reached. Fill in the fields by hand, or save again later."
    ]


@pytest.mark.django_db
def test_a_redirect_on_the_same_host_is_followed(fake_x):
    fake_x.mode = "redirect-home"
    # The fake's /home answers an empty object: followed, then read as no post.
    assert clean_errors(only_url())["url"] == [
        "X's answer could not be read as a post. Fill in the fields by hand."
    ]
    assert "/home" in fake_x.requests


@pytest.mark.django_db
def test_partly_typed_fields_stay_and_only_the_empty_ones_are_marked(fake_x):
    fake_x.mode = "500"
    errors = clean_errors(only_url(author_name="Global Coalition", text="By hand"))
    assert set(errors) == {"url", "handle", "posted_at"}


@pytest.mark.django_db
def test_with_x_down_the_fields_filled_by_hand_save(settings):
    settings.TWEET_OEMBED_ENDPOINT = "http://127.0.0.1:9/oembed"
    cleaned = TweetBlock().clean(
        only_url(
            author_name="Global Coalition", handle="coalition", text="By hand", posted_at=POSTED
        )
    )
    assert cleaned["text"] == "By hand"


# Through the page editor: nothing typed is lost


@pytest.fixture
def editor_client(client, django_user_model, news_index):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def post_new_article(client, news_index, body, action="action-publish"):
    url = reverse("wagtailadmin_pages:add", args=["news", "newspage", news_index.pk])
    data = article_form_data("Partners in Rome", body=body)
    return client.post(url, {**data, "slug": "partners-in-rome", action: "1"})


def tweet_only_url(url=POST_URL):
    return {
        "url": url,
        "author_name": "",
        "handle": "",
        "text": "",
        "posted_at": "",
        "image": "",
        "image_alt": "",
        "translation": "",
    }


@pytest.mark.django_db
def test_the_editor_saves_only_the_address_and_the_page_stores_the_snapshot(
    fake_x, editor_client, news_index
):
    body = streamfield([("tweet", tweet_only_url(POST_URL + "?s=46&t=abc"))])
    response = post_new_article(editor_client, news_index, body)
    assert response.status_code == 302
    page = NewsPage.objects.get(slug="partners-in-rome")
    post = page.body[0].value
    assert (post["url"], post["author_name"], post["handle"]) == (
        POST_URL,
        "Global Coalition",
        "coalition",
    )
    assert post["text"] == POST_TEXT
    assert post["posted_at"] == POSTED
    assert page.live


@pytest.mark.django_db
@pytest.mark.parametrize("mode", ["slow", "404"])
def test_a_failed_fetch_redisplays_everything_typed_with_the_message(
    fake_x, editor_client, news_index, mode
):
    fake_x.mode = mode
    body = streamfield(
        [
            ("paragraph", rich_text("<p>Paragraph typed before the post</p>")),
            ("tweet", tweet_only_url()),
        ]
    )
    response = post_new_article(editor_client, news_index, body)
    assert response.status_code == 200
    assert not NewsPage.objects.filter(slug="partners-in-rome").exists()
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("input", attrs={"name": "title"})["value"] == "Partners in Rome"
    blocks, errors = json.loads(soup.find(id="body")["data-w-block-arguments-value"])
    assert "Paragraph typed before the post" in blocks[0]["value"]
    assert blocks[1]["value"]["url"] == POST_URL
    message = dict(FAILURES)[mode]
    assert errors["blockErrors"]["1"]["blockErrors"]["url"]["messages"] == [message]
    assert errors["blockErrors"]["1"]["blockErrors"]["text"]["messages"] == [FILL_BY_HAND]


@pytest.mark.django_db
def test_while_x_fails_autosaves_do_not_wait_on_it_again(fake_x):
    fake_x.mode = "slow"
    first = clean_errors(only_url())
    fake_x.mode = "ok"
    # Half a minute later X is asked again; until then the same message comes at once.
    assert clean_errors(only_url()) == first
    assert len(fake_x.oembed_requests) == 1


# The home page's wall (posts.Post): the same help as the block, in the snippet's admin form


def post_wall_form(client, **fields):
    data = {
        "url": POST_URL,
        "author_name": "",
        "handle": "",
        "text": "",
        "posted_at": "",
        "image": "",
        "image_alt": "",
        "translation": "",
    }
    data.update(fields)
    return client.post("/admin/snippets/posts/post/add/?locale=en", data)


@pytest.mark.django_db
def test_a_wall_post_saved_with_only_its_address_is_filled_from_x(fake_x, editor_client):
    response = post_wall_form(editor_client, url=POST_URL + "?s=20")
    assert response.status_code == 302
    post = Post.objects.get()
    assert (post.author_name, post.handle, post.text) == (
        "Global Coalition",
        "coalition",
        POST_TEXT,
    )
    assert post.posted_at == POSTED
    assert len(fake_x.oembed_requests) == 1


@pytest.mark.django_db
def test_a_wall_post_keeps_what_the_editor_typed(fake_x, editor_client):
    response = post_wall_form(editor_client, text="Typed by the editor", author_name="Coalition")
    assert response.status_code == 302
    post = Post.objects.get()
    assert (post.author_name, post.text) == ("Coalition", "Typed by the editor")
    assert post.handle == "coalition"  # the only empty field, filled


@pytest.mark.django_db
def test_with_x_down_a_wall_post_is_not_saved_and_says_what_to_type(fake_x, editor_client):
    fake_x.mode = "404"
    response = post_wall_form(editor_client, author_name="Coalition")
    assert response.status_code == 200
    assert not Post.objects.exists()
    errors = response.context["form"].errors
    assert errors["url"] == [dict(FAILURES)["404"]]
    assert errors["text"] == errors["handle"] == [FILL_BY_HAND]
    assert "author_name" not in errors
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("input", attrs={"name": "author_name"})["value"] == "Coalition"


@pytest.mark.django_db
def test_a_wall_post_typed_whole_is_saved_without_asking_x(fake_x, editor_client):
    response = post_wall_form(
        editor_client,
        author_name="Global Coalition",
        handle="coalition",
        text="Typed",
        posted_at="2024-05-13 12:43",
    )
    assert response.status_code == 302
    assert fake_x.oembed_requests == []
