"""The Content-Security-Policy in a real browser: public pages and the page editor run without a
single violation, with and without cookie consent, and when a video is played."""

import datetime
import re

from django.contrib.auth import get_user_model

import pytest
from playwright.sync_api import expect

from accounts.roles import ensure_roles
from home.models import HomePage
from tests.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PostFactory,
    ReadoutPageFactory,
    StandardPageFactory,
    VideoFeaturePageFactory,
)

pytestmark = pytest.mark.browser
PASSWORD = "csp-journey-passphrase-2026"
# Recorded by the browser itself; init scripts run outside the page's policy.
LISTEN = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  // Only what the enforced policy blocked: the admin's report-only policy (scripts without
  // 'unsafe-inline', docs/security.md) reports Wagtail's own inline scripts by design.
  if (event.disposition !== "enforce") return;
  window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""
TWEET = {
    "url": "https://x.com/coalition/status/1790000000000000000",
    "author_name": "Global Coalition",
    "handle": "coalition",
    "text": "Partners met today. #DefeatDaesh @coalition",
    "posted_at": datetime.datetime(2026, 5, 12, 10, 30, tzinfo=datetime.UTC),
}
VIDEO = {"url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ", "title": "Why it matters"}


@pytest.fixture
def pages(site) -> dict[str, str]:
    home = HomePage.objects.get(locale__language_code="en")
    PostFactory(**TWEET)
    news = NewsIndexPageFactory(parent=home)
    body = [("paragraph", "<p>Partners <b>met</b>.</p>"), ("tweet", TWEET), ("video", VIDEO)]
    campaigns = CampaignIndexPageFactory(parent=home)
    found = {
        "home": home,
        "news index": news,
        "news": NewsPageFactory(parent=news, body=body),
        "readout": ReadoutPageFactory(parent=news, place="Rome"),
        "video feature": VideoFeaturePageFactory(parent=news),
        "campaign index": campaigns,
        "campaign": CampaignPageFactory(parent=campaigns, body=body),
        "standard": StandardPageFactory(parent=home, body=body),
    }
    paths = {kind: page.url for kind, page in found.items()}
    paths["search"] = "/en/search/?q=partners"
    paths["edit news"] = f"/admin/pages/{found['news'].pk}/edit/"
    return paths


@pytest.fixture
def watched(page, outside_requests):
    page.add_init_script(LISTEN)
    return page


def violations(page) -> list[str]:
    return page.evaluate("window.__cspViolations")


@pytest.mark.parametrize("consent", ["", "accepted"])
def test_public_pages_raise_no_violation(watched, site, pages, consent):
    if consent:
        watched.context.add_cookies([{"name": "cookie_consent", "value": consent, "url": site.url}])
    for kind, path in pages.items():
        if kind.startswith("edit"):
            continue
        watched.goto(site.url + path)
        watched.wait_for_load_state("networkidle")
        assert violations(watched) == [], (kind, consent)


def test_playing_a_video_is_allowed(watched, site, pages):
    watched.goto(site.url + pages["video feature"])
    watched.locator("[data-video-play]").first.click()
    frame = watched.locator(".video-facade__iframe").first
    expect(frame).to_have_attribute("src", re.compile(r"youtube-nocookie\.com"))
    assert violations(watched) == []


def test_page_editor_raises_no_violation(watched, site, pages):
    editor = get_user_model().objects.create_user("eleanor", "e@example.org", PASSWORD)
    editor.groups.add(ensure_roles()["Editors"])
    watched.goto(site.url + "/admin/login/")
    watched.fill("#id_username", "eleanor")
    watched.fill("#id_password", PASSWORD)
    watched.get_by_role("button", name="Sign in").click()
    watched.wait_for_url(site.url + "/admin/")
    watched.goto(site.url + pages["edit news"])
    watched.wait_for_load_state("networkidle")
    assert watched.locator("#page-edit-form").is_visible()
    assert violations(watched) == []
