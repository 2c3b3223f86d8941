"""The consent cookie is decided in one place (security/consent.py), and the policy for X's widget
follows what the page rendered, as its post block reports it, not what its bytes contain."""

from django.test import RequestFactory

import pytest

from base.blocks import TweetBlock
from security import consent

from .factories import NewsPageFactory
from .test_security_headers import TWEET, directives

X_SCRIPT = "https://platform.twitter.com"


@pytest.mark.parametrize(
    "cookie, state",
    [("accepted", "accepted"), ("rejected", "rejected"), ("maybe", ""), ("", ""), (None, "")],
)
def test_one_reading_of_the_cookie(cookie, state):
    request = RequestFactory().get("/")
    if cookie is not None:
        request.COOKIES[consent.CONSENT_COOKIE] = cookie
    assert consent.consent_state(request) == state
    assert consent.has_accepted(request) is (state == "accepted")


def test_the_post_block_tells_the_request():
    request = RequestFactory().get("/")
    block = TweetBlock()
    value = block.to_python(TWEET)
    assert not consent.shows_posts(request)
    block.render(value, context={"request": request})
    assert consent.shows_posts(request)


def test_rendering_a_post_without_a_request_is_fine():
    block = TweetBlock()
    assert "data-tweet" in block.render(block.to_python(TWEET))


@pytest.mark.django_db
def test_words_about_posts_do_not_open_the_policy(client, news_index):
    """Text that merely contains the widget's marker (here in a paragraph) is not a post."""
    article = NewsPageFactory(
        parent=news_index, body=[("paragraph", "<p>Our markup uses data-tweet attributes.</p>")]
    )
    client.cookies[consent.CONSENT_COOKIE] = "accepted"
    response = client.get(article.url)
    assert b"data-tweet" in response.content
    assert X_SCRIPT not in directives(response)["script-src"]


@pytest.mark.django_db
def test_a_post_in_an_article_body_opens_it_after_consent(client, news_index):
    article = NewsPageFactory(parent=news_index, body=[("tweet", TWEET)])
    assert X_SCRIPT not in directives(client.get(article.url))["script-src"]
    client.cookies[consent.CONSENT_COOKIE] = "accepted"
    policy = directives(client.get(article.url))
    assert X_SCRIPT in policy["script-src"]
    assert X_SCRIPT in policy["frame-src"]


def test_the_home_page_posts_wall_lets_x_in_after_consent(client, home_page):
    """The wall renders posts from their snippet, not the block: the home page must still say it
    shows posts, or X's widget is refused for visitors who accepted."""
    from posts.models import Post

    Post.objects.create(
        locale=home_page.locale,
        url="https://x.com/coalition/status/1790000000000000000",
        author_name="Global Coalition",
        handle="coalition",
        text="Stronger together #DefeatDaesh",
        posted_at="2024-05-01T10:00:00Z",
    )
    client.cookies["cookie_consent"] = "accepted"
    response = client.get(home_page.url)
    assert response.status_code == 200
    assert b"data-tweet" in response.content
    assert "platform.twitter.com" in response["Content-Security-Policy"]
