"""A translator's change to a live Arabic page waits for a moderator: the Arabic translator edits
the title of a published article in wagtail-localize's editor and submits it for review; an
anonymous visitor still gets the published Arabic page (through the page cache) until a moderator
approves; then the visitor gets the new one. The translator sees what waits for review and is
not offered the actions that discard the translation."""

import pytest
from playwright.sync_api import expect

from .accounts import ARABIC_TRANSLATOR, MODERATOR
from .server import demo_pages
from .test_editorial_journey import approve, sign_in, visitor_sees

pytestmark = pytest.mark.browser

NEW_TITLE = "عنوان راجعه المترجم قبل النشر"


def first_arabic_article(demo_files) -> str:
    return demo_pages(demo_files)["news"]["ar"][0]


def open_translation_editor(page, base: str, title: str) -> None:
    page.goto(f"{base}/admin/pages/")  # a translator's explorer starts at the Arabic home
    page.get_by_role("link", name="Explore child pages of 'الأخبار'").click()
    page.locator("tr", has_text=title).get_by_role("link", name=title).click()
    expect(page.locator(".js-translation-editor")).to_be_visible()


def retitle_and_submit(page, old_title: str) -> None:
    status = page.locator("[data-review-status]")
    expect(status).to_contain_text("Nothing is waiting for review")
    expect(page.get_by_text("Convert to alias page")).to_have_count(0)
    expect(page.get_by_role("button", name="Stop Synced translation")).to_be_hidden()

    segment = page.locator("li.complete").filter(has=page.get_by_text(old_title, exact=True))
    segment.get_by_role("button", name="Edit").click()
    editing = page.locator("li", has=page.locator("textarea")).last  # the segment, innermost
    editing.locator("textarea").fill(NEW_TITLE)
    editing.get_by_role("button", name="Save").click()
    expect(page.locator("li.complete").filter(has_text=NEW_TITLE)).to_have_count(1)

    page.reload()
    expect(status).to_contain_text("1 string saved since the last draft")
    status.get_by_role("link", name="Submit translation for review").click()
    page.get_by_role("button", name="Submit for review").click()
    expect(page.locator(".messages")).to_contain_text("sent to the moderators")


def test_a_translators_change_is_public_only_after_approval(
    page, fresh_demo, demo_files, outside_requests
):
    base = fresh_demo.url
    article = base + first_arabic_article(demo_files)
    page.goto(article)
    old_title = page.locator("h1").inner_text()
    published = page.request.get(article).body()

    sign_in(page, base, ARABIC_TRANSLATOR)
    open_translation_editor(page, base, old_title)
    retitle_and_submit(page, old_title)
    open_translation_editor(page, base, NEW_TITLE)
    status = page.locator("[data-review-status='in-review']")
    expect(status).to_contain_text("Waiting for review since")
    expect(status).to_contain_text(f"publishes the draft “{NEW_TITLE}”")

    visitor_sees(page, article, old_title)
    assert page.request.get(article).body() == published

    sign_in(page, base, MODERATOR)
    approve(page, base, NEW_TITLE)
    visitor_sees(page, article, NEW_TITLE)
    assert outside_requests == []
