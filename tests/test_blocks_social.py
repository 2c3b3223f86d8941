"""The tweet block: post URL and handle validation, linked text, safe rendering without X."""

import datetime
from urllib.parse import urlparse

from django.utils import translation

from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail_localize.segments import StringSegmentValue

import pytest
from bs4 import BeautifulSoup

from base.blocks import TweetBlock
from base.blocks.social import linkify_post_text, parse_status_url

from .factories import ImageFactory

POST_URL_ERROR = (
    "Enter the address of a post on X or Twitter, like https://x.com/handle/status/1234567890."
)
POSTED_AT = datetime.datetime(2026, 5, 12, 10, 30, tzinfo=datetime.UTC)


def tweet_data(**overrides) -> dict:
    data = {
        "url": "https://x.com/coalition/status/1790000000000000000",
        "author_name": "Global Coalition",
        "handle": "coalition",
        "text": "Partners met in Rome. #DefeatDaesh",
        "posted_at": POSTED_AT,
        "image": None,
        "image_alt": "",
        "translation": "",
    }
    data.update(overrides)
    return data


def value(**overrides):
    return TweetBlock().normalize(tweet_data(**overrides))


def clean_errors(**overrides) -> dict[str, list[str]]:
    """The messages per field that TweetBlock.clean() raises; empty when the value is valid."""
    try:
        TweetBlock().clean(value(**overrides))
    except StructBlockValidationError as error:
        return {name: err.messages for name, err in error.block_errors.items()}
    return {}


def render(**overrides) -> BeautifulSoup:
    return BeautifulSoup(TweetBlock().render(value(**overrides)), "html.parser")


def linked(text: str) -> BeautifulSoup:
    return BeautifulSoup(linkify_post_text(text), "html.parser")


# Post URLs


@pytest.mark.parametrize(
    ("url", "handle", "status_id"),
    [
        ("https://x.com/coalition/status/1790000000000000000", "coalition", "1790000000000000000"),
        ("https://twitter.com/Coalition/status/123", "Coalition", "123"),
        ("https://www.x.com/coalition/status/123", "coalition", "123"),
        ("https://mobile.x.com/coalition/status/123", "coalition", "123"),
        ("https://mobile.twitter.com/coalition/status/123", "coalition", "123"),
        ("https://www.twitter.com/coalition/status/123/", "coalition", "123"),
        ("https://X.com/coalition/status/123", "coalition", "123"),
        ("https://x.com/coalition/status/123?s=20", "coalition", "123"),
        ("https://x.com/coalition/status/123?s=46&t=Zx9-aBc", "coalition", "123"),
        ("https://twitter.com/coalition/status/123?ref_src=twsrc%5Etfw", "coalition", "123"),
    ],
)
def test_post_urls_in_the_forms_x_uses_are_accepted(url, handle, status_id):
    assert parse_status_url(url) == (handle, status_id)
    assert clean_errors(url=url, handle=handle) == {}


@pytest.mark.parametrize(
    ("url", "stored"),
    [
        ("https://x.com/coalition/status/123?s=46&t=Zx9-aBc", "https://x.com/coalition/status/123"),
        ("https://twitter.com/coalition/status/123/", "https://twitter.com/coalition/status/123"),
        ("https://WWW.X.com/coalition/status/123?s=20", "https://www.x.com/coalition/status/123"),
    ],
)
def test_the_tracking_query_is_dropped_on_save(url, stored):
    assert TweetBlock().clean(value(url=url))["url"] == stored


@pytest.mark.parametrize(
    "url",
    [
        "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
        "https://x.com/coalition",
        "https://x.com/coalition/likes",
        "https://x.com/coalition/status/not-a-number",
        "https://x.com.example.org/coalition/status/123",
        "https://notx.com/coalition/status/123",
        "ftp://x.com/coalition/status/123",
        "javascript:alert(1)//x.com/coalition/status/123",
        "not a web address",
        # Only https, and only the forms X hands out.
        "http://x.com/coalition/status/123",
        "http://twitter.com/coalition/status/123?s=20",
        "https://user:secret@x.com/coalition/status/123",
        "https://evil.example@x.com/coalition/status/123",
        "https://x.com:8443/coalition/status/123",
        "https://x.com:443/coalition/status/123",
        "https://x.com./coalition/status/123",
        "https://api.x.com/coalition/status/123",
        "https://x.com/coalition/status/123?next=https://evil.example",
        "https://x.com/coalition/status/123?s=20&lang=fr",
        "https://x.com/coalition/status/123?s",
        "https://x.com/coalition/status/123#reply",
        "https://x.com/coalition/status/123/photo/1",
        "https://x.com/coalition/statuses/123",
        "https://x.com/i/web/status/123",
        "https://x.com//coalition/status/123",
    ],
)
def test_anything_but_a_post_url_is_refused_with_a_message_saying_so(url):
    assert parse_status_url(url) is None
    assert clean_errors(url=url)["url"] == [POST_URL_ERROR]


def test_a_missing_post_url_is_required():
    assert clean_errors(url="")["url"] == ["This field is required."]


# Handle


def test_handle_must_match_the_post_url():
    errors = clean_errors(handle="someoneelse")
    assert errors == {"handle": ["The handle does not match the post URL (@coalition)."]}


def test_handle_match_ignores_case_and_a_leading_at_which_is_dropped():
    cleaned = TweetBlock().clean(value(handle="@Coalition"))
    assert cleaned["handle"] == "Coalition"


@pytest.mark.parametrize("handle", ["coal ition", "coalition!", "@", "sixteen_letters_"])
def test_handle_must_look_like_a_handle(handle):
    assert clean_errors(handle=handle)["handle"] == [
        "A handle has 1 to 15 letters, digits or underscores."
    ]


def test_url_and_handle_errors_are_reported_together():
    errors = clean_errors(url="https://x.com/coalition", handle="bad handle")
    assert set(errors) == {"url", "handle"}


@pytest.mark.django_db
def test_an_image_needs_alt_text():
    image = ImageFactory()
    assert clean_errors(image=image, image_alt="") == {
        "image_alt": ["Describe the post's image for screen readers."]
    }
    assert clean_errors(image=image, image_alt="Ministers around a table") == {}


# Linked text


def test_hashtags_mentions_and_urls_become_links():
    soup = linked("Read https://example.org/report. Thanks @coalition #DefeatDaesh")
    hrefs = [a["href"] for a in soup.find_all("a")]
    assert hrefs == [
        "https://example.org/report",
        "https://x.com/coalition",
        "https://x.com/hashtag/DefeatDaesh",
    ]
    assert soup.find_all("a")[0].get_text() == "https://example.org/report"
    assert all(a["rel"] == ["nofollow", "noopener"] for a in soup.find_all("a"))
    # The full stop after the URL is text, not part of the link.
    assert ". Thanks" in soup.get_text()


def test_arabic_hashtags_are_linked_whole():
    soup = linked("اجتماع التحالف #داعش #التحالف_الدولي اليوم")
    tags = [(a["href"], a.get_text()) for a in soup.find_all("a")]
    assert tags == [
        ("https://x.com/hashtag/داعش", "#داعش"),
        ("https://x.com/hashtag/التحالف_الدولي", "#التحالف_الدولي"),
    ]


def test_arabic_hashtags_keep_their_vowel_marks():
    soup = linked("#سُنّة و #مُحَمَّد")
    assert [a.get_text() for a in soup.find_all("a")] == ["#سُنّة", "#مُحَمَّد"]


def test_hash_and_at_inside_words_are_not_links():
    soup = linked("Write to press@example.org about issue#5 or C#")
    assert soup.find("a") is None
    assert soup.get_text() == "Write to press@example.org about issue#5 or C#"


def test_links_never_nest_a_hashtag_inside_a_url():
    soup = linked("https://example.org/page#section")
    links = soup.find_all("a")
    assert len(links) == 1
    assert links[0]["href"] == "https://example.org/page#section"


def test_emoji_are_kept_exactly_and_flags_become_svg_flags():
    text = "Baghdad 🇮🇶 and Rome 🇮🇹 👏🏽 #DefeatDaesh"
    soup = linked(text)
    # Windows shows a flag emoji as two letters: flags are drawn from the vendored SVG set,
    # named for screen readers in the visitor's language.
    assert soup.get_text() == "Baghdad  and Rome  👏🏽 #DefeatDaesh"
    flags = soup.select("img.inline-flag")
    assert [flag["src"] for flag in flags] == ["/static/flags/iq.svg", "/static/flags/it.svg"]
    assert [flag["alt"] for flag in flags] == ["Iraq", "Italy"]
    with translation.override("ar"):
        assert linked("🇮🇶").select_one("img")["alt"] == "العراق"


@pytest.mark.parametrize(
    "payload",
    ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "<iframe src=//evil>"],
)
def test_html_in_the_text_is_escaped(payload):
    html = linkify_post_text(f"Look {payload} #Tag")
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find(["script", "img", "iframe"]) is None
    assert payload in soup.get_text()
    assert "&lt;" in html


def test_a_url_cannot_break_out_of_its_href():
    html = linkify_post_text('https://example.org/"onmouseover="alert(1)')
    link = BeautifulSoup(html, "html.parser").find("a")
    assert link["href"] == "https://example.org/"
    assert not link.has_attr("onmouseover")


# Rendering


def test_render_shows_the_post_as_a_quotation_with_its_author():
    soup = render()
    figure = soup.find("figure", class_="tweet")
    assert figure["data-tweet-id"] == "1790000000000000000"
    quote = figure.find("blockquote")
    assert quote["cite"] == "https://x.com/coalition/status/1790000000000000000"
    assert quote.find("bdi", class_="tweet__name").get_text() == "Global Coalition"
    handle = quote.find("a", class_="tweet__handle")
    assert handle["href"] == "https://x.com/coalition"
    assert handle.get_text() == "@coalition"
    time = figure.find("time")
    assert time["datetime"] == "2026-05-12T10:30:00+00:00"
    assert time.find_parent("a")["href"] == "https://x.com/coalition/status/1790000000000000000"


def test_render_links_to_the_post_on_x_even_for_a_twitter_url():
    soup = render(url="https://mobile.twitter.com/coalition/status/42?s=20")
    assert soup.find("blockquote")["cite"] == "https://x.com/coalition/status/42"


def test_mixed_arabic_and_latin_text_is_isolated():
    soup = render(
        author_name="التحالف الدولي",
        text="التقى الشركاء في Rome اليوم #داعش @coalition",
    )
    text = soup.find("p", class_="tweet__text")
    assert text["dir"] == "auto"
    assert soup.find("bdi", class_="tweet__name").get_text() == "التحالف الدولي"
    assert [bdi.get_text() for bdi in text.find_all("bdi")] == ["#داعش", "@coalition"]
    assert soup.find("a", class_="tweet__handle")["dir"] == "ltr"


@pytest.mark.parametrize("payload", ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>'])
def test_render_escapes_html_everywhere(payload):
    soup = render(author_name=payload, text=f"Hello {payload}", translation=f"Bonjour {payload}")
    assert soup.find(["script", "img", "iframe"]) is None
    assert not soup.find_all(attrs={"onerror": True})
    assert soup.find("bdi", class_="tweet__name").get_text() == payload
    assert payload in soup.find("p", class_="tweet__text").get_text()


@pytest.mark.django_db
def test_render_loads_nothing_from_x():
    soup = render(image=ImageFactory(), image_alt="Ministers around a table")
    assert soup.find("script") is None
    assert soup.find("iframe") is None
    sources = [tag["src"] for tag in soup.find_all(src=True)]
    assert sources, "the post's image is shown"
    assert all(not urlparse(src).netloc for src in sources), sources
    image = soup.find("img", class_="tweet__image")
    assert image["alt"] == "Ministers around a table"
    assert image["loading"] == "lazy"


def test_translation_is_shown_when_it_differs_from_the_post():
    soup = render(translation="Les partenaires se sont réunis à Rome.")
    translation = soup.find("div", class_="tweet__translation")
    assert translation.find("p", dir="auto").get_text() == "Les partenaires se sont réunis à Rome."


@pytest.mark.parametrize("translation", ["", "  ", "Partners met in Rome. #DefeatDaesh"])
def test_translation_is_hidden_when_empty_or_the_same(translation):
    assert render(translation=translation).find(class_="tweet__translation") is None


# StructValue helpers


def test_struct_value_helpers():
    post = value(url="https://twitter.com/coalition/status/99/", text="Hi #Tag")
    assert post.status_id() == "99"
    assert post.canonical_url() == "https://x.com/coalition/status/99"
    assert str(post.linked_text()).endswith("<bdi>#Tag</bdi></a>")
    broken = value(url="https://example.org/")
    assert broken.status_id() == ""
    assert broken.canonical_url() == ""


# Translation segments


def test_translators_get_the_text_as_the_translation_and_the_alt_text():
    block = TweetBlock()
    segments = block.get_translatable_segments(value(image_alt="A photo"))
    assert [(s.path, s.render_text()) for s in segments] == [
        ("translation", "Partners met in Rome. #DefeatDaesh"),
        ("image_alt", "A photo"),
    ]


def test_a_translated_post_keeps_its_words_and_stores_the_translation_beside_them():
    block = TweetBlock()
    source = value(image_alt="A photo")
    segments = block.get_translatable_segments(source)
    translated = [
        StringSegmentValue.from_source_html(s.path, f"[fr] {s.render_text()}") for s in segments
    ]
    restored = block.restore_translated_segments(value(image_alt="A photo"), translated)
    assert restored["text"] == "Partners met in Rome. #DefeatDaesh"
    assert restored["author_name"] == "Global Coalition"
    assert restored["translation"] == "[fr] Partners met in Rome. #DefeatDaesh"
    assert restored["image_alt"] == "[fr] A photo"


# Preview


def test_preview_value_renders_a_complete_post():
    block = TweetBlock()
    soup = BeautifulSoup(block.render(block.get_preview_value()), "html.parser")
    assert soup.find("figure", class_="tweet")
    assert soup.find("p", class_="tweet__text").find("img", alt="Italy")  # the flag, as SVG
    assert soup.find("time")["datetime"].startswith("2026-05-12T10:30")
    assert block.clean(block.get_preview_value())


# The editor's form


def test_the_translators_field_is_behind_the_settings_toggle_and_the_snapshot_grouped():
    layout = TweetBlock().meta.form_layout
    assert layout.settings == ["translation"]
    snapshot = layout.children[1]
    assert layout.children[0] == "url"
    assert snapshot.children == ["author_name", "handle", "text", "posted_at", "image", "image_alt"]


def test_signed_figures_and_addresses_are_isolated_left_to_right():
    soup = linked("أكثر من 40,000+ ساعة، -3 درجات، COVID-19 https://example.org/a-b")
    assert [bdi.get_text() for bdi in soup.select('bdi[dir="ltr"]')] == ["40,000+", "-3"]
    assert soup.select_one('a[href="https://example.org/a-b"]')["dir"] == "ltr"
    assert "COVID-19" in soup.get_text()  # a hyphen inside a word is not a sign


def test_search_snippets_draw_flag_emoji_as_svg_flags():
    from django.template import Context, Template
    from django.utils.safestring import mark_safe

    template = Template("{% load site_tags %}{{ snippet|svg_flags }}")
    html = template.render(Context({"snippet": mark_safe("<mark>Baghdad</mark> 🇮🇶 <b")}))
    assert html.startswith("<mark>Baghdad</mark> <img") and "iq.svg" in html
    plain = template.render(Context({"snippet": "<b> 🇫🇷"}))
    assert plain.startswith("&lt;b&gt; <img") and "fr.svg" in plain
