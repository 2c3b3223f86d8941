"""The cookie banner: Accept, Reject and Read more; the choice is remembered; works without JS."""

from wagtail.models import Site

import pytest
from bs4 import BeautifulSoup

from base.models import SiteIdentity

from .factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def cookie_policy(home_page):
    policy = StandardPageFactory(parent=home_page, title="Cookie policy", slug="cookie-policy")
    identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
    identity.cookie_policy_page = policy
    identity.save()
    return policy


def banner(response):
    return BeautifulSoup(response.content, "html.parser").select_one("[data-cookie-banner]")


def test_banner_offers_accept_reject_and_read_more(client, cookie_policy):
    found = banner(client.get("/en/"))
    choices = {button["value"]: button.get_text(strip=True) for button in found.select("button")}
    assert choices == {"accepted": "Accept", "rejected": "Reject"}
    assert found.select_one("a")["href"] == cookie_policy.url
    assert found.select_one("form")["method"] == "post"


@pytest.mark.parametrize("choice", ["accepted", "rejected"])
def test_choice_is_remembered_without_javascript(client, cookie_policy, choice):
    response = client.post("/consent/", {"choice": choice, "next": "/en/"})
    assert response.status_code == 302 and response["Location"] == "/en/"
    assert response.cookies["cookie_consent"].value == choice
    assert response.cookies["cookie_consent"]["samesite"] == "Lax"
    assert banner(client.get("/en/")) is None


def test_bad_consent_posts_are_refused(client, home_page):
    assert client.post("/consent/", {"choice": "maybe"}).status_code == 400
    assert client.get("/consent/").status_code == 405
    cross_site = client.post(
        "/consent/", {"choice": "accepted"}, headers={"Sec-Fetch-Site": "cross-site"}
    )
    assert cross_site.status_code == 400


def test_consent_never_redirects_off_site(client, home_page):
    response = client.post("/consent/", {"choice": "rejected", "next": "https://evil.example/"})
    assert response["Location"] == "/"


def test_no_third_party_script_in_page_before_or_after_consent(client, home_page):
    # X's script is added by site.js only after consent; the HTML never references it.
    for cookies in ({}, {"cookie_consent": "accepted"}):
        client.cookies.clear()
        for name, value in cookies.items():
            client.cookies[name] = value
        soup = BeautifulSoup(client.get("/en/").content, "html.parser")
        # JSON-LD blocks are data, not script: they have no source and never run.
        tags = soup.select('script:not([type="application/ld+json"]), iframe, img')
        sources = [tag.get("src", "") for tag in tags]
        assert all(src.startswith("/") for src in sources), sources


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "https://evil.example"},
        {"Referer": "https://evil.example/page"},
        {"Origin": "null"},  # a sandboxed frame
        {"Origin": "https://testserver"},  # our host, but not the scheme this request came in on
    ],
)
def test_cross_site_posts_are_refused_without_sec_fetch_site(client, home_page, headers):
    """Browsers older than 2020–2023 send Origin or Referer but no Sec-Fetch-Site."""
    response = client.post("/consent/", {"choice": "accepted"}, headers=headers)
    assert response.status_code == 400
    assert "cookie_consent" not in response.cookies


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://testserver"},
        {"Referer": "http://testserver/en/"},
        {},  # privacy tools strip both: a choice the visitor can change again at any time
    ],
)
def test_same_site_posts_are_accepted_without_sec_fetch_site(client, home_page, headers):
    response = client.post("/consent/", {"choice": "accepted", "next": "/en/"}, headers=headers)
    assert response.status_code == 302
    assert response.cookies["cookie_consent"].value == "accepted"


def test_sec_fetch_site_wins_over_origin(client, home_page):
    response = client.post(
        "/consent/",
        {"choice": "accepted"},
        headers={"Sec-Fetch-Site": "cross-site", "Origin": "http://testserver"},
    )
    assert response.status_code == 400
