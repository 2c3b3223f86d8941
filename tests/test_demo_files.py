"""Reading the demo's data files: texts in three languages, blocks, references, the build order,
and clear errors for incomplete or misspelt data. Loading them is tested in test_demo_content."""

import datetime
import textwrap

import pytest

from demo import files, loader, scheduled
from demo.render import DemoDataError
from demo.spec import (
    ImageRef,
    PageRef,
    T,
    TopicRef,
    bullets,
    call_to_action,
    digest_item,
    heading,
    image,
    key_figures,
    paragraph,
    related,
    same,
    tweet,
)
from news.models import NewsIndexPage, NewsPage

ARTICLE = """\
    type: news.NewsPage
    title: {en: Schools reopen, ar: المدارس تفتح, fr: Les écoles rouvrent}
    fr_slug: les-ecoles-rouvrent
    topics: [stabilisation]
    date: 2026-10-20
    summary: {en: Pupils are back., ar: عاد التلاميذ., fr: Les élèves sont de retour.}
    listing_image: news-anbar-schools
    body:
      - paragraph:
          - {en: One., ar: واحد., fr: Un.}
          - bullets: [{en: a, ar: أ, fr: a}, "#DefeatDaesh"]
      - heading: {text: {en: Why, ar: لماذا, fr: Pourquoi}, level: h3}
      - image: {image: body-classroom, alt: {en: A room, ar: غرفة, fr: Une salle}}
      - key_figures:
          figures: [{figure: "40", label: {en: schools, ar: مدرسة, fr: écoles}}]
      - call_to_action: {title: News, button: {en: Read, ar: اقرأ, fr: Lire}, page: news}
      - tweet: anbar-schools
      - related: {heading: {en: Related, ar: ذو صلة, fr: À lire aussi}, pages: [news]}
"""


@pytest.fixture
def content(tmp_path, monkeypatch):
    """An empty content folder in place of demo/content; `write(name, yaml)` fills it."""

    def write(name: str, text: str) -> None:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")

    monkeypatch.setattr(files, "CONTENT", tmp_path)
    files.read.cache_clear()
    yield write
    files.read.cache_clear()


def test_the_demo_content_reads_whole():
    specs = loader.page_specs()
    assert specs[-1].key == "" and specs[-1].title.fr == "Coalition internationale"
    assert len({spec.key for spec in specs}) == len(specs)
    assert files.page(scheduled.SCHEDULED_PAGE, folder="scheduled").model is NewsPage
    assert [topic.slug for topic in files.topics()][0] == "military-campaign"
    assert files.images()["video-teacher"].width == 1600
    assert files.documents()["rome-joint-statement"].paragraphs
    assert files.site_identity()["cookie_policy"] in {spec.key for spec in specs}


def test_a_page_file_reads_into_the_spec_the_loader_renders(content):
    content("pages/news/schools.yaml", ARTICLE)
    spec = files.page("news/schools")
    assert (spec.key, spec.model, spec.fr_slug) == ("news/schools", NewsPage, "les-ecoles-rouvrent")
    assert spec.title == T("Schools reopen", "المدارس تفتح", "Les écoles rouvrent")
    assert spec.topics == ("stabilisation",) and spec.partners == ()
    assert spec.fields["date"] == datetime.date(2026, 10, 20)
    assert spec.fields["listing_image"] == ImageRef("news-anbar-schools")
    assert spec.fields["body"] == [
        paragraph(T("One.", "واحد.", "Un."), bullets(T("a", "أ", "a"), same("#DefeatDaesh"))),
        heading(T("Why", "لماذا", "Pourquoi"), "h3"),
        image("body-classroom", T("A room", "غرفة", "Une salle")),
        key_figures(None, ("40", T("schools", "مدرسة", "écoles"))),
        call_to_action("News", T("Read", "اقرأ", "Lire"), page="news"),
        tweet("anbar-schools"),
        related(T("Related", "ذو صلة", "À lire aussi"), "news"),
    ]


def test_foreign_keys_and_rich_text_follow_the_model(content):
    content(
        "pages/news.yaml",
        """\
        type: news.NewsIndexPage
        title: News
        intro: [{en: Hello, ar: مرحباً, fr: Bonjour}]
        show_in_menus: true
        """,
    )
    spec = files.page("news")
    assert spec.model is NewsIndexPage and spec.title == same("News")
    assert spec.fields["intro"].get("ar") == "<p>مرحباً</p>"
    assert spec.fields["show_in_menus"] is True
    assert files.reference(NewsPage, "news/x") == PageRef("news/x")


def test_digest_items_refer_to_topics(content):
    content(
        "pages/digest.yaml",
        """\
        type: news.DigestPage
        title: Digest
        items:
          - item: {headline: H, outlet: Outlet, date: "2026-11-10", summary: S,
                   url: "https://example.org/a", topic: stabilisation}
        """,
    )
    [item] = files.page("digest").fields["items"]
    assert item == digest_item(
        "H", "Outlet", "2026-11-10", "S", "https://example.org/a", "stabilisation"
    )
    assert item[1]["topic"] == TopicRef("stabilisation")


def test_a_text_missing_a_language_names_the_file_and_the_language(content):
    content("pages/news.yaml", "type: news.NewsIndexPage\ntitle: {en: News, fr: Actualités}\n")
    with pytest.raises(DemoDataError, match=r"pages/news\.yaml: .*\['en', 'fr'\]"):
        files.page("news")


def test_a_misspelt_field_names_the_file(content):
    content("pages/news.yaml", "type: news.NewsIndexPage\ntitle: News\nsumary: Hello\n")
    with pytest.raises(DemoDataError, match=r"pages/news\.yaml: .*sumary"):
        files.page("news")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("[{carousel: []}]", "Unknown block type 'carousel'"),
        ("[{heading: {txt: Hello}}]", "heading: .*'txt'"),
        ("[{heading: {text: A}, paragraph: [B]}]", "one `type: value` mapping"),
    ],
)
def test_a_wrong_block_names_the_file_and_the_block(content, body, message):
    content("pages/news/x.yaml", f"type: news.NewsPage\ntitle: X\nbody: {body}\n")
    with pytest.raises(DemoDataError, match=rf"pages/news/x\.yaml: .*{message}"):
        files.page("news/x")


def test_a_page_missing_from_the_build_order_is_refused(content):
    content("pages.yaml", "[news, home]")
    for name in ("news", "home", "news/forgotten"):
        content(f"pages/{name}.yaml", "type: news.NewsIndexPage\ntitle: X\n")
    with pytest.raises(DemoDataError, match=r"\['news/forgotten'\]"):
        files.build_order()
    content("pages.yaml", "[news, news/forgotten, home]")
    files.read.cache_clear()
    assert files.build_order() == ["news", "news/forgotten", ""]
