"""Two short journeys in the admin: an editor pastes a post's address and gets its snapshot,
which visitors see without any request to X; a translator's work is published without a
"missing translations" warning for fields nobody asked them to translate."""

import re

import pytest
from playwright.sync_api import expect

from tests.fake_oembed import POST_TEXT, FakeOEmbed

from .accounts import ARABIC_TRANSLATOR, EDITOR, MODERATOR
from .server import DemoServer
from .test_editorial_journey import approve, explore, insert_block, sign_in, submit_for_moderation

pytestmark = pytest.mark.browser

POST_URL = "https://x.com/coalition/status/1790000000000000000"


@pytest.fixture
def fake_x():
    server = FakeOEmbed().start()
    yield server
    server.stop()


@pytest.fixture
def demo_with_fake_x(demo_files, tmp_path, fake_x, monkeypatch):
    """A demo site of this test's own whose oEmbed endpoint is the fake one."""
    monkeypatch.setenv("TWEET_OEMBED_ENDPOINT", fake_x.endpoint)
    server = DemoServer(demo_files, tmp_path / "demo")
    yield server
    server.stop()


def new_article(page, base: str, title: str) -> None:
    explore(page, base, "Global Coalition", "News")
    page.locator("a[aria-label='Add child page']").first.click()
    page.get_by_role("link", name="News", exact=True).click()
    page.locator("#id_title").fill(title)
    page.locator("#id_summary").fill("Partners met in Rome to keep up the pressure.")


def test_an_editor_pastes_a_post_address_and_visitors_see_the_snapshot(
    page, demo_with_fake_x, fake_x, outside_requests
):
    base = demo_with_fake_x.url
    title = "Partners meet in Rome"
    sign_in(page, base, EDITOR)
    new_article(page, base, title)
    insert_block(page, "Tweet")
    # The translators' field is not offered to the editor.
    expect(page.locator("#body-0-value-translation")).to_be_hidden()
    page.locator("#body-0-value-url").fill(POST_URL + "?s=46&t=share")
    page.get_by_role("button", name="Save draft").click()
    expect(page.locator(".messages")).to_contain_text("created")

    # Saved: the snapshot is filled from X, the tracking query gone.
    expect(page.locator("#body-0-value-url")).to_have_value(POST_URL)
    expect(page.locator("#body-0-value-author_name")).to_have_value("Global Coalition")
    expect(page.locator("#body-0-value-handle")).to_have_value("coalition")
    expect(page.locator("#body-0-value-text")).to_have_value(POST_TEXT)
    assert len(fake_x.oembed_requests) == 1
    submit_for_moderation(page)

    sign_in(page, base, MODERATOR)
    approve(page, base, title)

    page.context.clear_cookies()
    asked_before = len(fake_x.requests)
    page.goto(f"{base}/en/news/partners-meet-in-rome/")
    expect(page.locator(".tweet__text")).to_contain_text("Partners met in Rome")
    expect(page.locator(".tweet__author")).to_contain_text("@coalition")
    # No request to X (nor anywhere off the machine) before the visitor consents.
    assert len(fake_x.requests) == asked_before
    assert outside_requests == []
    # After consent the page may ask for X's widget (the fence stops it leaving the machine).
    with page.expect_request(re.compile(r"^https://platform\.twitter\.com/")):
        page.get_by_role("button", name="Accept").first.click()


def test_a_translators_publish_reports_no_field_they_could_not_see(page, fresh_demo):
    base = fresh_demo.url
    title = "Water returns to Hajin"
    arabic_title = "المياه تعود إلى هجين"
    summary = "Partners met in Rome to keep up the pressure."
    sign_in(page, base, MODERATOR)
    new_article(page, base, title)
    page.get_by_role("button", name="More actions").click()
    page.locator("button[name=action-publish]").click()
    expect(page.locator(".messages")).to_contain_text("published")
    explore(page, base, "Global Coalition", "News")
    row = page.locator("tr", has_text=title)
    row.get_by_role("button", name="More options").click()
    row.get_by_role("link", name="Translate this page").click()
    page.get_by_label("العربية").check()
    page.get_by_role("button", name="Submit").click()

    # The translator translates what the content tab shows, and never opens the Promote tab.
    sign_in(page, base, ARABIC_TRANSLATOR)
    page.goto(f"{base}/admin/pages/")
    page.get_by_role("link", name="Explore child pages of 'الأخبار'").click()
    page.locator("tr", has_text=title).get_by_role("link", name=title).click()
    translation_editor = page.url
    for source, arabic in ((title, arabic_title), (summary, "التقى الشركاء في روما.")):
        segment = page.locator("li.incomplete").filter(has=page.get_by_text(source, exact=True))
        segment.get_by_role("button", name="Translate").click()
        segment.locator("textarea").fill(arabic)
        segment.get_by_role("button", name="Save").click()
    page.goto(f"{base}/admin/pages/")
    page.get_by_role("link", name="Explore child pages of 'الأخبار'").click()
    row = page.locator("tr", has_text=arabic_title)
    row.get_by_role("button", name="More options").click()
    row.get_by_role("link", name="Submit translation for review").click()
    page.get_by_role("button", name="Submit for review").click()
    expect(page.locator(".messages")).to_contain_text("sent to the moderators")

    # The moderator publishes it from the translation editor: nothing the translator could
    # see is missing, so nothing is reported missing (the slug stays the English one).
    sign_in(page, base, MODERATOR)
    page.goto(translation_editor)
    publish = page.locator("button[name=action][value=publish]")
    if not publish.is_visible():
        page.locator("footer .dropdown-toggle, footer [aria-label='More actions']").first.click()
    publish.click()
    expect(page.locator(".messages")).to_contain_text(f"Published '{arabic_title}'")
    expect(page.locator(".messages")).not_to_contain_text("missing")
    page.context.clear_cookies()
    page.goto(f"{base}/ar/news/water-returns-to-hajin/")
    expect(page.locator("h1")).to_have_text(arabic_title)
