"""Security headers on every response, and the Content-Security-Policy each kind of page gets."""

from django.core.files.base import ContentFile

from wagtail.documents.models import Document

import pytest

from .factories import NewsPageFactory, PostFactory

pytestmark = pytest.mark.django_db

TWEET = {
    "url": "https://x.com/coalition/status/1790000000000000000",
    "author_name": "Global Coalition",
    "handle": "coalition",
    "text": "Partners met today. #DefeatDaesh",
    "posted_at": "2026-05-12T10:30:00Z",
}


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    parsed = {}
    for part in policy.split(";"):
        words = part.split()
        if words:
            parsed[words[0]] = words[1:]
    return parsed


@pytest.fixture
def article(news_index):
    return NewsPageFactory(parent=news_index, body=[("paragraph", "<p>Hello</p>")])


@pytest.fixture
def home_with_tweet(home_page):
    PostFactory(**TWEET)
    return home_page


@pytest.mark.parametrize("path", ["/en/", "/en/news/", "/en/search/?q=water", "/en/missing/"])
def test_public_responses_carry_the_headers(client, article, path):
    response = client.get(path)
    assert response.status_code in (200, 404)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"  # CSP's frame-ancestors wins where supported
    assert "camera=()" in response["Permissions-Policy"]
    assert "https://www.youtube-nocookie.com" in response["Permissions-Policy"]
    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]  # nothing frames the site
    assert policy["object-src"] == ["'none'"]
    assert set(policy["frame-src"]) == {
        "https://www.youtube-nocookie.com",
        "https://player.vimeo.com",
    }


def test_public_policy_has_no_nonce_or_inline_allowance(client, article):
    # One header for every visitor keeps cached pages valid: no per-request nonce.
    first = client.get(article.url)["Content-Security-Policy"]
    second = client.get(article.url)["Content-Security-Policy"]
    assert first == second
    assert "nonce-" not in first and "unsafe-inline" not in first and "unsafe-eval" not in first


def test_site_has_no_inline_script(client, article, home_with_tweet):
    from bs4 import BeautifulSoup

    for url in ("/en/", article.url, "/en/news/"):
        soup = BeautifulSoup(client.get(url).content, "html.parser")
        for script in soup.find_all("script"):
            executable = script.get("type", "text/javascript") in ("text/javascript", "module")
            assert script.get("src") or not executable, script
        assert not soup.select("[onclick], [onload], [onerror]")


def test_x_widget_allowed_only_with_tweet_and_consent(client, home_with_tweet, article):
    without_consent = directives(client.get("/en/"))
    assert "https://platform.twitter.com" not in without_consent["script-src"]

    client.cookies["cookie_consent"] = "rejected"
    assert "https://platform.twitter.com" not in directives(client.get("/en/"))["script-src"]

    client.cookies["cookie_consent"] = "accepted"
    with_consent = directives(client.get("/en/"))
    assert "https://platform.twitter.com" in with_consent["script-src"]
    assert "https://platform.twitter.com" in with_consent["frame-src"]
    # Video frames stay allowed alongside X's.
    assert "https://www.youtube-nocookie.com" in with_consent["frame-src"]

    # A page without a post never allows X, consent or not.
    assert "https://platform.twitter.com" not in directives(client.get(article.url))["script-src"]


def report_only(response) -> dict[str, list[str]]:
    parsed = {}
    for part in response["Content-Security-Policy-Report-Only"].split(";"):
        words = part.split()
        if words:
            parsed[words[0]] = words[1:]
    return parsed


def test_admin_keeps_a_policy_it_works_with(client, admin_user):
    client.force_login(admin_user)
    response = client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response)
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    login = client.get("/admin/login/")
    assert directives(login)["frame-ancestors"] == ["'none'"]
    assert login["X-Frame-Options"] == "DENY"


def test_admin_reports_what_a_policy_without_inline_scripts_would_block(client, admin_user):
    """Enforced with 'unsafe-inline' (Wagtail needs it); reported without, to track what does."""
    client.force_login(admin_user)
    response = client.get("/admin/")
    assert report_only(response)["script-src"] == ["'self'"]
    assert report_only(response)["frame-ancestors"] == ["'none'"]
    # Public pages have no inline script to report: their enforced policy is already strict.
    assert "Content-Security-Policy-Report-Only" not in client.get("/en/")


def test_only_wagtail_previews_may_be_framed_and_only_by_the_admin(client, admin_user, article):
    client.force_login(admin_user)
    preview_url = f"/admin/pages/{article.pk}/edit/preview/"
    client.post(preview_url, {})  # Wagtail stores the form's data in the session first
    preview = client.get(preview_url)
    assert preview.status_code == 200
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    assert directives(preview)["frame-ancestors"] == ["'self'"]
    # The editor that frames it may not be framed itself.
    editor = client.get(f"/admin/pages/{article.pk}/edit/")
    assert directives(editor)["frame-ancestors"] == ["'none'"]


def test_documents_are_downloads_in_a_sandbox(client, home_page):
    document = Document.objects.create(
        title="Statement", file=ContentFile(b"<html><script>alert(1)</script></html>", "x.pdf")
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    policy = response["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "sandbox" in policy
    b"".join(response.streaming_content)
