"""Translating a page that holds every block type into Arabic through wagtail-localize, and
keeping translations when the English page changes."""

import json

from wagtail.models import Locale
from wagtail.rich_text import RichText

import pytest

from localisation.translate import translate_object
from news.models import NewsPage

from .factories import ImageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db

TWEET_TEXT = "Partners met in Rome 🇮🇹 #DefeatDaesh @coalition"


def to_arabic(text: str) -> str:
    """A stand-in translator: marks every string so the test can see it was translated."""
    return f"ع: {text}"


@pytest.fixture
def arabic():
    return Locale.objects.get(language_code="ar")


@pytest.fixture
def arabic_tree(home_page, news_index, arabic):
    translate_object(home_page, arabic, to_arabic)
    translate_object(news_index, arabic, to_arabic)
    return arabic


def every_block(image) -> list:
    return [
        ("heading", {"text": "Restoring services", "level": "h2"}),
        ("paragraph", RichText("<p>Water returns to <b>Mosul</b>.</p>")),
        (
            "image",
            {
                "image": image,
                "alt_text": "Engineers at a pumping station",
                "caption": "The plant",
                "credit": "Coalition",
            },
        ),
        ("quote", {"text": "Together we rebuild.", "attribution": "The envoy", "role": "Co-chair"}),
        (
            "call_to_action",
            {
                "title": "Learn more",
                "text": "Read the plan.",
                "button_label": "Read",
                "external_url": "https://example.org/plan",
            },
        ),
        (
            "key_figures",
            {"heading": "In numbers", "figures": [{"figure": "85", "label": "members"}]},
        ),
        (
            "tweet",
            {
                "url": "https://x.com/coalition/status/1790000000000000002",
                "author_name": "Global Coalition",
                "handle": "coalition",
                "text": TWEET_TEXT,
                "posted_at": "2026-05-12T10:30:00",
            },
        ),
        (
            "video",
            {
                "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
                "title": "Why it matters",
                "duration": "1:05",
                "transcript": "Stabilisation is how peace holds.",
            },
        ),
        ("related", {"heading": "See also", "pages": []}),
    ]


def test_every_block_is_translated_except_the_tweet_text(news_index, arabic_tree):
    page = NewsPageFactory(
        parent=news_index,
        title="Water returns",
        summary="A plant reopens.",
        body=every_block(ImageFactory()),
    )
    translate_object(page, arabic_tree, to_arabic)

    translated = NewsPage.objects.get(translation_key=page.translation_key, locale=arabic_tree)
    assert translated.live
    assert translated.title == "ع: Water returns"
    assert translated.summary == "ع: A plant reopens."
    blocks = {block.block_type: block.value for block in translated.body}
    assert blocks["heading"]["text"] == "ع: Restoring services"
    assert "ع: Water returns to" in blocks["paragraph"].source
    assert blocks["image"]["alt_text"] == "ع: Engineers at a pumping station"
    assert blocks["image"]["caption"] == "ع: The plant"
    assert blocks["quote"]["text"] == "ع: Together we rebuild."
    assert blocks["call_to_action"]["title"] == "ع: Learn more"
    assert blocks["call_to_action"]["button_label"] == "ع: Read"
    assert blocks["key_figures"]["figures"][0]["label"] == "ع: members"
    assert blocks["video"]["title"] == "ع: Why it matters"
    assert blocks["video"]["transcript"] == "ع: Stabilisation is how peace holds."
    assert blocks["video"]["url"] == "https://www.youtube.com/watch?v=aqz-KE-bpKQ"
    assert blocks["related"]["heading"] == "ع: See also"
    # The post is a quotation: verbatim, with the translator's rendering beside it.
    assert blocks["tweet"]["text"] == TWEET_TEXT
    assert blocks["tweet"]["handle"] == "coalition"
    assert blocks["tweet"]["author_name"] == "Global Coalition"
    assert blocks["tweet"]["translation"] == f"ع: {TWEET_TEXT}"


def test_translated_page_renders_right_to_left_with_the_original_post(
    client, news_index, arabic_tree
):
    page = NewsPageFactory(parent=news_index, body=every_block(ImageFactory()))
    translated = translate_object(page, arabic_tree, to_arabic)
    html = client.get(translated.url).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "#DefeatDaesh" in html and "ع: Partners met in Rome" in html
    assert "tweet__translation" in html


def test_sync_after_an_english_edit_keeps_untouched_segments(news_index, arabic_tree):
    page = NewsPageFactory(
        parent=news_index,
        title="Water returns",
        summary="A plant reopens.",
        body=[
            ("heading", {"text": "Restoring services", "level": "h2"}),
            ("quote", {"text": "Together we rebuild.", "attribution": "", "role": ""}),
        ],
    )
    translate_object(page, arabic_tree, to_arabic)

    page.title = "Water and power return"
    page.save_revision().publish()
    # Sync: only the changed string needs a translator; the others are reused from memory.
    translate_object(page, arabic_tree, lambda text: None, fallback=True)

    translated = NewsPage.objects.get(translation_key=page.translation_key, locale=arabic_tree)
    assert translated.summary == "ع: A plant reopens."
    values = {block.block_type: block.value for block in translated.body}
    assert values["heading"]["text"] == "ع: Restoring services"
    assert values["quote"]["text"] == "ع: Together we rebuild."
    assert translated.title == "Water and power return"  # new string: source text until translated


def arabic_body(page) -> list[tuple[str, object]]:
    translated = NewsPage.objects.get(
        translation_key=page.translation_key, locale__language_code="ar"
    )
    return [(block.block_type, block.value) for block in translated.body]


def resync(page, arabic) -> None:
    """A moderator's "Sync translated pages" with publishing: known strings come from memory."""
    page.save_revision().publish()
    translate_object(page, arabic, lambda text: None, fallback=True)


def test_reordered_blocks_keep_their_translations(news_index, arabic_tree):
    page = NewsPageFactory(
        parent=news_index,
        body=[
            ("heading", {"text": "Restoring services", "level": "h2"}),
            ("quote", {"text": "Together we rebuild.", "attribution": "", "role": ""}),
        ],
    )
    translate_object(page, arabic_tree, to_arabic)

    first, second = (dict(block) for block in page.body.raw_data)
    page.body = json.dumps([second, first])  # same blocks, same ids, new order
    resync(page, arabic_tree)

    body = arabic_body(page)
    assert [kind for kind, _value in body] == ["quote", "heading"]
    assert body[0][1]["text"] == "ع: Together we rebuild."
    assert body[1][1]["text"] == "ع: Restoring services"


def test_a_list_item_inserted_at_the_top_keeps_the_others_translated(news_index, arabic_tree):
    page = NewsPageFactory(
        parent=news_index,
        body=[
            (
                "key_figures",
                {
                    "heading": "In numbers",
                    "figures": [
                        {"figure": "85", "label": "members"},
                        {"figure": "2014", "label": "formed"},
                    ],
                },
            )
        ],
    )
    translate_object(page, arabic_tree, to_arabic)

    figures = page.body[0].value["figures"]
    figures.insert(0, {"figure": "5", "label": "lines of effort"})
    resync(page, arabic_tree)

    (kind, value), *_rest = arabic_body(page)
    labels = [item["label"] for item in value["figures"]]
    assert labels == ["lines of effort", "ع: members", "ع: formed"]
