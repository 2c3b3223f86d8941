"""Media blocks: images with required alt text, click-to-load videos, downloadable documents."""

from urllib.parse import urlparse

from wagtail.blocks.struct_block import StructBlockValidationError

import pytest
import wagtail_factories
from bs4 import BeautifulSoup

from base.blocks import DocumentBlock, ImageBlock, VideoBlock
from base.blocks.media import VideoSource, parse_video_url

from .factories import ImageFactory

VIDEO_URL_ERROR = "Enter a YouTube or Vimeo video address, e.g. https://www.youtube.com/watch?v=…"
DURATION_ERROR = "Write the duration as 1:05 or 1:02:05."


def clean_errors(block, data: dict) -> dict[str, list[str]]:
    """The messages per field that block.clean() raises; empty when the value is valid."""
    try:
        block.clean(block.normalize(data))
    except StructBlockValidationError as error:
        return {name: err.messages for name, err in error.block_errors.items()}
    return {}


def render(block, data: dict) -> BeautifulSoup:
    return BeautifulSoup(block.render(block.normalize(data)), "html.parser")


def is_local(url: str) -> bool:
    return not urlparse(url).netloc


# Image


@pytest.fixture
def image(db):
    return ImageFactory(file__width=1600, file__height=900)


def image_data(image, **overrides) -> dict:
    data = {"image": image, "alt_text": "Ministers around a table", "caption": "", "credit": ""}
    data.update(overrides)
    return data


def test_image_renders_a_responsive_picture_with_its_alt_text(image):
    soup = render(ImageBlock(), image_data(image, caption="Partners in Rome", credit="AFP"))
    figure = soup.find("figure", class_="block-image")
    img = figure.find("picture").find("img")
    assert img["alt"] == "Ministers around a table"
    assert img["loading"] == "lazy"
    assert {source["type"] for source in figure.find_all("source")} == {"image/webp"}
    assert "480w" in img["srcset"] and "1200w" in img["srcset"]
    urls = [img["src"]] + [
        part.split()[0]
        for source in figure.find_all(["source", "img"])
        for part in source["srcset"].split(",")
    ]
    assert all(is_local(url) for url in urls), urls
    caption = figure.find("figcaption")
    assert caption.find("span", dir="auto").get_text() == "Partners in Rome"
    assert caption.find("small", class_="block-image__credit").find("bdi").get_text() == "AFP"


def test_image_without_caption_or_credit_has_no_figcaption(image):
    assert render(ImageBlock(), image_data(image)).find("figcaption") is None


def test_image_escapes_its_text(image):
    soup = render(ImageBlock(), image_data(image, alt_text='"><script>x</script>', caption="<b>"))
    assert soup.find("script") is None
    assert soup.find("img")["alt"] == '"><script>x</script>'
    assert soup.find("figcaption").get_text() == "<b>"


@pytest.mark.parametrize("alt_text", ["", "   "])
def test_image_alt_text_is_required(image, alt_text):
    assert clean_errors(ImageBlock(), image_data(image, alt_text=alt_text)) == {
        "alt_text": ["This field is required."]
    }


def test_image_is_required_and_a_complete_image_is_valid(image):
    assert clean_errors(ImageBlock(), image_data(None)) == {"image": ["This field is required."]}
    assert clean_errors(ImageBlock(), image_data(image, caption="c", credit="d")) == {}


def test_image_deleted_from_the_library_renders_nothing(db):
    assert (
        render(ImageBlock(), image_data(None, caption="Orphaned caption")).get_text().strip() == ""
    )


# Video


@pytest.mark.parametrize(
    "url",
    [
        "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
        "https://youtube.com/watch?feature=share&v=aqz-KE-bpKQ&t=30",
        "https://m.youtube.com/watch?v=aqz-KE-bpKQ",
        "https://youtu.be/aqz-KE-bpKQ?si=abc",
        "https://www.youtube.com/embed/aqz-KE-bpKQ",
        "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?rel=0",
        "https://www.youtube.com/shorts/aqz-KE-bpKQ",
        "http://www.youtube.com/live/aqz-KE-bpKQ",
    ],
)
def test_youtube_urls_are_parsed(url):
    assert parse_video_url(url) == VideoSource("youtube", "aqz-KE-bpKQ")


@pytest.mark.parametrize(
    "url",
    [
        "https://vimeo.com/76979871",
        "https://www.vimeo.com/channels/staffpicks/76979871",
        "https://player.vimeo.com/video/76979871?h=abc",
    ],
)
def test_vimeo_urls_are_parsed(url):
    assert parse_video_url(url) == VideoSource("vimeo", "76979871")


@pytest.mark.parametrize(
    "url",
    [
        "https://www.dailymotion.com/video/x7tgad0",
        "https://x.com/coalition/status/123",
        "https://www.youtube.com/",
        "https://www.youtube.com/watch?v=tooshort",
        "https://www.youtube.com/watch?v=aqz-KE-bpKQ<script>",
        "https://www.youtube.com/@coalition",
        "https://www.youtube.com.example.org/watch?v=aqz-KE-bpKQ",
        "https://vimeo.com/channels/staffpicks",
        "javascript:alert('youtu.be/aqz-KE-bpKQ')",
        "ftp://youtu.be/aqz-KE-bpKQ",
        "",
        None,
    ],
)
def test_other_urls_are_not_videos(url):
    assert parse_video_url(url) is None


def test_embed_urls_use_the_privacy_enhanced_players():
    youtube = VideoSource("youtube", "aqz-KE-bpKQ")
    assert urlparse(youtube.embed_url).hostname == "www.youtube-nocookie.com"
    assert youtube.watch_url == "https://www.youtube.com/watch?v=aqz-KE-bpKQ"
    vimeo = VideoSource("vimeo", "76979871")
    assert vimeo.embed_url.startswith("https://player.vimeo.com/video/76979871?")
    assert "dnt=1" in vimeo.embed_url
    assert vimeo.watch_url == "https://vimeo.com/76979871"


def video_data(**overrides) -> dict:
    data = {
        "url": "https://youtu.be/aqz-KE-bpKQ",
        "title": "Why stabilisation matters",
        "poster": None,
        "duration": "1:05",
        "transcript": "",
    }
    data.update(overrides)
    return data


def test_video_renders_a_facade_without_loading_the_player():
    soup = render(VideoBlock(), video_data(transcript="First line.\n\nSecond paragraph."))
    assert soup.find("iframe") is None
    assert soup.find("script") is None
    figure = soup.find("figure", class_="video-facade")
    assert figure.has_attr("data-video-facade")
    embed = urlparse(figure["data-embed-url"])
    assert (embed.scheme, embed.hostname, embed.path) == (
        "https",
        "www.youtube-nocookie.com",
        "/embed/aqz-KE-bpKQ",
    )
    assert figure["data-title"] == "Why stabilisation matters"
    play = figure.find("button", attrs={"data-video-play": True})
    assert play.has_attr("hidden")
    assert "Play video: Why stabilisation matters" in play.get_text()
    link = figure.find("a", class_="video-facade__link")
    assert link["href"] == "https://www.youtube.com/watch?v=aqz-KE-bpKQ"
    assert link.get_text() == "Watch on YouTube"
    assert figure.find("bdi", dir="ltr").get_text() == "1:05"
    transcript = figure.find("details", class_="video-facade__transcript")
    assert [p.get_text() for p in transcript.find_all("p")] == ["First line.", "Second paragraph."]


def test_vimeo_video_links_to_vimeo():
    soup = render(VideoBlock(), video_data(url="https://vimeo.com/76979871"))
    assert soup.find("figure")["data-embed-url"].startswith("https://player.vimeo.com/")
    assert soup.find("a", class_="video-facade__link").get_text() == "Watch on Vimeo"


def test_video_with_a_poster_shows_it_from_this_site(image):
    soup = render(VideoBlock(), video_data(poster=image))
    poster = soup.find("img", class_="video-facade__poster")
    assert poster["alt"] == ""
    assert is_local(poster["src"])
    assert [tag["src"] for tag in soup.find_all(src=True)] == [poster["src"]]


def test_video_with_a_stored_url_that_no_longer_parses_offers_nothing_to_play():
    soup = render(VideoBlock(), video_data(url="https://www.dailymotion.com/video/x7tgad0"))
    figure = soup.find("figure")
    assert not figure.has_attr("data-embed-url")
    assert figure.find("button") is None
    assert figure.find("a") is None
    assert figure.find("span", dir="auto").get_text() == "Why stabilisation matters"


def test_video_title_is_escaped():
    soup = render(VideoBlock(), video_data(title='"><script>alert(1)</script>'))
    assert soup.find("script") is None
    assert soup.find("figure")["data-title"] == '"><script>alert(1)</script>'


def test_video_struct_value_source():
    block = VideoBlock()
    assert block.normalize(video_data()).source() == VideoSource("youtube", "aqz-KE-bpKQ")
    assert block.normalize(video_data(url="https://example.org/")).source() is None


@pytest.mark.parametrize(
    "url", ["https://www.dailymotion.com/video/x7tgad0", "https://www.youtube.com/"]
)
def test_video_url_must_be_youtube_or_vimeo(url):
    assert clean_errors(VideoBlock(), video_data(url=url)) == {"url": [VIDEO_URL_ERROR]}


@pytest.mark.parametrize("duration", ["", "0:59", "1:05", "12:00", "1:02:05", "10:59:59"])
def test_valid_durations_pass(duration):
    assert clean_errors(VideoBlock(), video_data(duration=duration)) == {}


@pytest.mark.parametrize(
    "duration", ["105", "1:5", "1:75", "1:60", "1:62:05", "1:02:60", "1m05s", "-1:05", "123:00"]
)
def test_invalid_durations_are_refused(duration):
    assert clean_errors(VideoBlock(), video_data(duration=duration)) == {
        "duration": [DURATION_ERROR]
    }


def test_video_url_and_duration_errors_are_reported_together():
    errors = clean_errors(VideoBlock(), video_data(url="https://example.org/", duration="99"))
    assert errors == {"url": [VIDEO_URL_ERROR], "duration": [DURATION_ERROR]}


def test_video_title_and_transcript_are_translated_but_not_the_url():
    block = VideoBlock()
    segments = block.get_translatable_segments(block.normalize(video_data(transcript="Words.")))
    assert [(s.path, s.render_text()) for s in segments] == [
        ("title", "Why stabilisation matters"),
        ("transcript", "Words."),
    ]


def test_video_preview_value_renders_and_is_valid(db):
    block = VideoBlock()
    preview = block.get_preview_value()
    soup = BeautifulSoup(block.render(preview), "html.parser")
    assert soup.find("figure", class_="video-facade")["data-embed-url"]
    assert block.clean(preview)


# Document


@pytest.fixture
def document(db):
    return wagtail_factories.DocumentFactory(
        title="Joint statement of the Small Group",
        file__filename="statement.pdf",
        file__data=b"%PDF-1.4\n" + b"0" * 2048,
        file_size=2057,
    )


def test_document_renders_a_download_link(document):
    soup = render(DocumentBlock(), {"document": document, "title": ""})
    link = soup.find("p", class_="block-document").find("a")
    assert link["href"] == document.url
    assert is_local(link["href"])
    assert link.has_attr("download")
    assert link.find("span", dir="auto").get_text() == "Joint statement of the Small Group"
    assert link.find("small").get_text() == "(PDF, 2.0\xa0KB)"


def test_document_title_overrides_the_document_title(document):
    soup = render(DocumentBlock(), {"document": document, "title": "Read the statement"})
    assert soup.find("span", dir="auto").get_text() == "Read the statement"


def test_document_deleted_from_the_library_renders_nothing(db):
    assert render(DocumentBlock(), {"document": None, "title": "Gone"}).get_text().strip() == ""


def test_document_is_required(document):
    block = DocumentBlock()
    assert clean_errors(block, {"document": None, "title": ""}) == {
        "document": ["This field is required."]
    }
    assert clean_errors(block, {"document": document, "title": ""}) == {}
