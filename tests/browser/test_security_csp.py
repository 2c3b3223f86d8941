"""The Content-Security-Policy in a real browser: public pages and the admin run without a single
violation, with and without cookie consent, and when a video is played."""

import pytest

from .accounts import EDITOR, PASSWORD

pytestmark = pytest.mark.browser

# Recorded by the browser itself; init scripts run outside the page's policy.
LISTEN = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


def violations(page) -> list[str]:
    return page.evaluate("window.__cspViolations")


@pytest.fixture
def watched(context):
    context.add_init_script(LISTEN)
    return context.new_page()


def first(demo, kind: str, language: str = "en") -> str:
    return demo.url + demo.pages[kind][language][0]


@pytest.mark.parametrize("consent", ["", "accepted"])
def test_public_pages_raise_no_violation(watched, demo, consent):
    if consent:
        watched.context.add_cookies([{"name": "cookie_consent", "value": consent, "url": demo.url}])
    for kind in sorted(demo.pages):
        for language in ("en", "ar"):
            paths = demo.pages[kind].get(language)
            if not paths:
                continue
            watched.goto(demo.url + paths[0])
            watched.wait_for_load_state("networkidle")
            assert violations(watched) == [], (kind, language, consent)


def test_playing_a_video_is_allowed(watched, demo):
    watched.goto(first(demo, "video feature"))
    play = watched.locator("[data-video-play]").first
    play.click()
    frame = watched.locator(".video-facade__iframe").first
    assert "youtube-nocookie.com" in frame.get_attribute("src") or "vimeo" in frame.get_attribute(
        "src"
    )
    assert violations(watched) == []


def test_page_editor_raises_no_violation(watched, demo):
    watched.goto(demo.url + "/admin/login/")
    watched.fill("#id_username", EDITOR.username)
    watched.fill("#id_password", PASSWORD)
    watched.get_by_role("button", name="Sign in").click()
    watched.wait_for_url(demo.url + "/admin/")
    for kind in ("news", "home page"):
        watched.goto(first(demo, kind))
        edit = watched.locator('a[href*="/admin/pages/"][href$="/edit/"]').first
        watched.goto(edit.evaluate("link => link.href"))
        watched.wait_for_load_state("networkidle")
        assert watched.locator("#page-edit-form").is_visible()
        assert violations(watched) == [], kind
