"""The editorial journey in the Wagtail admin, as the people who do it: an editor writes a news
article with every kind of block and submits it, a moderator approves and publishes it, visitors
find it; the article goes to the Arabic translator, who translates it in wagtail-localize's
editor and submits it, and once a moderator approves it, it is live under /ar/, right to left.

Each person signs in with a password only (production asks administrators alone for a second
factor), on a demo site of the journey's own, since the journey changes content.
"""

import re

import pytest
from playwright.sync_api import expect

from .accounts import ARABIC_TRANSLATOR, EDITOR, MODERATOR, PASSWORD

pytestmark = pytest.mark.browser

TITLE = "Solar pumps bring water back to farms near Hajin"
SLUG = "solar-pumps-bring-water-back-to-farms-near-hajin"
SUMMARY = "Partners funded solar pumps that irrigate farmland near Hajin again."
HEADING = "Fields green again"
PARAGRAPH = "Twelve pumps now water more than two hundred hectares."
POST = {
    "url": "https://x.com/StabiliseIraq/status/1860000000000000001",
    "author_name": "Stabilisation Iraq",
    "handle": "StabiliseIraq",
    "text": "Solar pumps are running near Hajin. #StrongerTogether",
    "posted_at": "2026-11-20 09:30",
}
VIDEO = {
    "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
    "title": "Water for Hajin",
    "duration": "1:05",
    "transcript": "The pumps run on sunlight, so farmers no longer buy fuel.",
}
ALT_TEXT = "Farmers beside a solar pump in a green field"
# What the Arabic translator writes for each English string.
ARABIC = {
    TITLE: "مضخات تعمل بالطاقة الشمسية تعيد المياه إلى مزارع قرب هجين",
    SUMMARY: "موّل الشركاء مضخات شمسية تروي الأراضي الزراعية قرب هجين من جديد.",
    HEADING: "الحقول خضراء من جديد",
    PARAGRAPH: "تروي اثنتا عشرة مضخة الآن أكثر من مئتي هكتار.",
    ALT_TEXT: "مزارعون بجانب مضخة شمسية في حقل أخضر",
    POST["text"]: "المضخات الشمسية تعمل قرب هجين. #StrongerTogether",
    VIDEO["title"]: "المياه لهجين",
    VIDEO["transcript"]: "تعمل المضخات بضوء الشمس، فلم يعد المزارعون يشترون الوقود.",
}


def sign_in(page, base: str, account) -> None:
    page.context.clear_cookies()  # the previous person signs out by leaving
    page.goto(f"{base}/admin/login/")
    page.locator("#id_username").fill(account.username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{base}/admin/")
    expect(page.locator("body")).to_contain_text(account.first_name)


def explore(page, base: str, *titles: str) -> None:
    """Open the admin's page explorer and go down through the pages with these titles."""
    page.goto(f"{base}/admin/pages/")
    for title in titles:
        page.get_by_role("link", name=f"Explore child pages of '{title}'").click()
        expect(page.locator("h1")).to_contain_text(title)


def insert_block(page, label: str) -> None:
    page.get_by_role("button", name="Insert a block").last.click()
    page.locator(".w-combobox__option", has_text=re.compile(rf"^\s*{label}\s*$")).click()


def choose_first_image(page, chooser) -> None:
    chooser.click()
    modal = page.locator(".modal-content")
    modal.locator("a[data-chooser-modal-choice]").first.click()
    expect(modal).to_be_hidden()


def write_article(page, base: str) -> None:
    explore(page, base, "Global Coalition", "News")
    page.locator("a[aria-label='Add child page']").first.click()
    page.get_by_role("link", name="News", exact=True).click()
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_summary").fill(SUMMARY)

    for label in ("Heading", "Paragraph", "Image", "Tweet", "Video"):
        insert_block(page, label)
    page.locator("#body-0-value-text").fill(HEADING)
    page.locator("[data-contentpath='body'] [contenteditable=true]").fill(PARAGRAPH)
    chooser = page.locator("#body-2-value-image-chooser")
    choose_first_image(page, chooser.get_by_role("button", name="Choose an image"))
    page.locator("#body-2-value-alt_text").fill(ALT_TEXT)
    for name, value in POST.items():
        page.locator(f"#body-3-value-{name}").fill(value)
    for name, value in VIDEO.items():
        page.locator(f"#body-4-value-{name}").fill(value)


def preview_shows_the_article(page) -> None:
    """The preview panel renders the article with its post and its video facade."""
    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("iframe#w-preview-iframe")
    expect(preview.locator("h1")).to_have_text(TITLE)
    expect(preview.locator("[data-tweet]")).to_contain_text(POST["text"].split(" #")[0])
    expect(preview.locator("[data-video-facade]")).to_have_count(1)
    expect(preview.locator(f"img[alt='{ALT_TEXT}']")).to_have_count(1)
    page.get_by_role("button", name="Toggle preview").click()


def submit_for_moderation(page) -> None:
    page.get_by_role("button", name="More actions").click()
    page.locator("button[name=action-submit]").click()
    expect(page.locator(".messages")).to_contain_text("submitted")


def approve(page, base: str, title: str) -> None:
    """As a moderator: approve the page from the dashboard's "Awaiting your review" panel."""
    page.goto(f"{base}/admin/")
    row = page.locator("tr", has_text=title)
    row.get_by_role("button", name="Actions").click()
    with page.expect_navigation():
        row.get_by_role("button", name="Approve", exact=True).click()
    expect(page.locator("tr", has_text=title).get_by_role("button", name="Approve")).to_have_count(
        0
    )


def send_for_translation(page, base: str) -> None:
    """As a moderator: wagtail-localize's "Translate this page", into Arabic only."""
    explore(page, base, "Global Coalition", "News")
    row = page.locator("tr", has_text=TITLE)
    row.get_by_role("button", name="More options").click()
    row.get_by_role("link", name="Translate this page").click()
    page.get_by_label("العربية").check()
    page.get_by_role("button", name="Submit").click()
    expect(page.locator(".messages")).to_contain_text("submitted for translation")


def translate_and_submit(page, base: str) -> None:
    """As the Arabic translator: every string in wagtail-localize's editor, then for review."""
    page.goto(f"{base}/admin/pages/")  # a translator's explorer starts at the Arabic home
    page.get_by_role("link", name="Explore child pages of 'الأخبار'").click()
    page.locator("tr", has_text=TITLE).get_by_role("link", name=TITLE).click()
    for source, arabic in ARABIC.items():
        segment = page.locator("li.incomplete").filter(has=page.get_by_text(source, exact=True))
        segment.get_by_role("button", name="Translate").click()
        segment.locator("textarea").fill(arabic)
        segment.get_by_role("button", name="Save").click()
        done = page.locator("li.complete").filter(has=page.get_by_text(source, exact=True))
        expect(done).to_contain_text(arabic)

    page.goto(f"{base}/admin/pages/")
    page.get_by_role("link", name="Explore child pages of 'الأخبار'").click()
    row = page.locator("tr", has_text=ARABIC[TITLE])  # the title is translated too by now
    row.get_by_role("button", name="More options").click()
    row.get_by_role("link", name="Submit translation for review").click()
    page.get_by_role("button", name="Submit for review").click()
    expect(page.locator(".messages")).to_contain_text("sent to the moderators")


def visitor_sees(page, url: str, title: str) -> None:
    page.context.clear_cookies()
    page.goto(url)
    expect(page.locator("h1")).to_have_text(title)


@pytest.mark.xfail(
    strict=False,
    reason="Debian's Chromium 156 stops rendering Wagtail's preview iframe part-way (its document "
    "ends after about 15 KB, no <h1>); the code before this change fails the same way.",
)
def test_the_preview_panel_shows_the_article(page, fresh_demo):
    sign_in(page, fresh_demo.url, EDITOR)
    write_article(page, fresh_demo.url)
    preview_shows_the_article(page)


def test_editor_moderator_translator_journey(page, fresh_demo, outside_requests):
    base = fresh_demo.url
    article = f"{base}/en/news/{SLUG}/"
    arabic_article = f"{base}/ar/news/{SLUG}/"
    # A visitor's view of the home page is in the page cache before anything changes.
    page.goto(f"{base}/en/")
    expect(page.locator("[data-listing] .card__title a").first).not_to_have_text(TITLE)

    sign_in(page, base, EDITOR)
    write_article(page, base)
    submit_for_moderation(page)
    assert page.request.get(article).status == 404  # not live until a moderator says so

    sign_in(page, base, MODERATOR)
    approve(page, base, TITLE)
    visitor_sees(page, article, TITLE)
    expect(page.locator("[data-video-facade]")).to_have_count(1)
    page.goto(f"{base}/en/")
    expect(page.locator("[data-listing] .card__title a").first).to_have_text(TITLE)
    page.goto(f"{base}/en/search/?q=Hajin")
    expect(page.locator(".search-result__title a").first).to_have_text(TITLE)

    sign_in(page, base, MODERATOR)
    send_for_translation(page, base)
    assert page.request.get(arabic_article).status == 404  # English text never goes out as Arabic

    sign_in(page, base, ARABIC_TRANSLATOR)
    translate_and_submit(page, base)
    assert page.request.get(arabic_article).status == 404

    sign_in(page, base, MODERATOR)
    approve(page, base, ARABIC[TITLE])
    visitor_sees(page, arabic_article, ARABIC[TITLE])
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    # The post is quoted verbatim, with the translator's rendering beside it.
    expect(page.locator(".tweet__quote .tweet__text")).to_have_text(POST["text"])
    expect(page.locator(".tweet__translation")).to_contain_text(ARABIC[POST["text"]])
    expect(page.locator(".video-facade__caption")).to_contain_text(ARABIC[VIDEO["title"]])
    expect(page.locator(f"img[alt='{ARABIC[ALT_TEXT]}']")).to_have_count(1)
    # Nobody's browser talked to anyone but the site, admin included.
    assert outside_requests == []
