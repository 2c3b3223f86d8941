"""Hostile content renders inert, however it got in: every text field, block and URL of every page.

Content is written straight to the models, as an import, a data migration or the API would, so
none of the admin's validation or rich-text cleaning applies: only render-time escaping and
sanitising stand between the payload and the visitor.
"""

import datetime
import json

from django.core.files.base import ContentFile

from wagtail.documents.models import Document
from wagtail.models import Locale, Site
from wagtail.rich_text import RichText

import pytest
from bs4 import BeautifulSoup

from base.models import SiteIdentity
from localisation.translate import translate_object
from posts.models import Post

from .factories import (
    CampaignPageFactory,
    ImageFactory,
    NewsPageFactory,
    ReadoutPageFactory,
    StandardPageFactory,
    TopicFactory,
    VideoFeaturePageFactory,
)

pytestmark = pytest.mark.django_db

SCRIPT = '"><script>alert("pwned")</script><img src=x onerror=alert(1)><svg onload=alert(1)>'
HOSTILE_HTML = (
    '<p onclick="alert(1)">Hi<script>alert(1)</script><img src=x onerror="alert(1)">'
    '<a href="javascript:alert(1)">js</a><a href="data:text/html;base64,PHNjcmlwdD4=">data</a>'
    '<a href=" JaVaScRiPt:alert(1)">spaced</a><iframe src="https://evil.example/"></iframe>'
    '<style>body{display:none}</style><a href="/en/" onmouseover="alert(1)">fine</a></p>'
)
JS_URL = "javascript:alert(1)"
# For fields the database itself limits (a 16-character handle).
SHORT = '"><b onclick=x>'
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "cite", "poster", "data-embed-url")
BAD_SCHEMES = ("javascript:", "data:", "vbscript:")


def assert_inert(html: bytes | str) -> None:
    """No script of the payload's, no event handler, no script URL anywhere in the page."""
    soup = BeautifulSoup(html, "html.parser")
    for script in soup.find_all("script"):
        assert script.get("src") or script.get("type") == "application/ld+json", script
        if not script.get("src"):
            # A data block holds the payload as data; it must still be whole, valid JSON (a
            # "</script>" inside would have cut it short).
            json.loads(script.string)
    for tag in soup.find_all(True):
        for name, value in tag.attrs.items():
            assert not name.lower().startswith("on"), f"<{tag.name} {name}=…>"
            if name.lower() in URL_ATTRIBUTES:
                text = "".join(value if isinstance(value, str) else " ".join(value)).split()
                target = "".join(text).lower()
                assert not target.startswith(BAD_SCHEMES), f"<{tag.name} {name}={value!r}>"
    assert not soup.find_all(["iframe", "object", "embed", "style"])
    assert not soup.find_all("img", src="x")
    assert not soup.find_all("svg", onload=True)


def hostile_tweet() -> dict:
    return {
        "url": JS_URL,
        "author_name": SCRIPT,
        "handle": SCRIPT,
        "text": f"{SCRIPT} #tag{SCRIPT} @x https://example.org/{SCRIPT}",
        "posted_at": datetime.datetime(2026, 5, 12, tzinfo=datetime.UTC),
        "image": ImageFactory(),
        "image_alt": SCRIPT,
        "translation": SCRIPT,
    }


def hostile_body(document: Document) -> list:
    image = ImageFactory(title=SCRIPT)
    return [
        ("heading", {"text": SCRIPT, "level": SCRIPT}),
        ("paragraph", RichText(HOSTILE_HTML)),
        ("image", {"image": image, "alt_text": SCRIPT, "caption": SCRIPT, "credit": SCRIPT}),
        ("quote", {"text": SCRIPT, "attribution": SCRIPT, "role": SCRIPT}),
        (
            "call_to_action",
            {"title": SCRIPT, "text": SCRIPT, "button_label": SCRIPT, "external_url": JS_URL},
        ),
        (
            "call_to_action",
            {"title": "t", "text": "", "button_label": "b", "external_url": "data:text/html,x"},
        ),
        ("key_figures", {"heading": SCRIPT, "figures": [{"figure": SCRIPT, "label": SCRIPT}]}),
        ("tweet", hostile_tweet()),
        ("video", {"url": JS_URL, "title": SCRIPT, "duration": SCRIPT, "transcript": SCRIPT}),
        (
            "video",
            {
                "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
                "title": SCRIPT,
                "duration": "1:05",
                "transcript": SCRIPT,
            },
        ),
        ("document", {"document": document, "title": SCRIPT}),
        ("document", {"document": document, "title": ""}),
        ("related", {"heading": SCRIPT, "pages": []}),
    ]


@pytest.fixture
def document(home_page):
    return Document.objects.create(title=SCRIPT, file=ContentFile(b"%PDF-1.4", "statement.pdf"))


def write_directly(page, **fields) -> None:
    """Store values as an import would: no form, no model validation.

    Only the database's own limit applies (PostgreSQL refuses a string longer than the column):
    where the long payload does not fit, the short one goes in.
    """
    for name, value in fit_to_columns(type(page), fields).items():
        setattr(page, name, value)
    page.save(clean=False)


def fit_to_columns(model, fields: dict) -> dict:
    """The payload, with the short one wherever the column is narrower than the long one."""
    fitted = {}
    for name, value in fields.items():
        limit = getattr(model._meta.get_field(name), "max_length", None)
        if isinstance(value, str) and limit and len(value) > limit:
            value = SHORT[:limit]
        fitted[name] = value
    return fitted


@pytest.fixture
def hostile_site(home_page, news_index, campaign_index, document):
    topic = TopicFactory(name=SCRIPT, slug="hostile")
    common = {"title": SCRIPT, "seo_title": SCRIPT, "search_description": SCRIPT, "summary": SCRIPT}
    body = hostile_body(document)
    write_directly(news_index, intro=HOSTILE_HTML)
    write_directly(campaign_index, intro=HOSTILE_HTML)
    pages = [
        NewsPageFactory(parent=news_index, body=body),
        ReadoutPageFactory(parent=news_index, body=body, official_document=document),
        VideoFeaturePageFactory(parent=news_index, body=body),
        CampaignPageFactory(parent=campaign_index, body=body, topic=topic),
        StandardPageFactory(parent=home_page, body=body),
    ]
    extra = [
        {},
        {
            "meeting_name": SCRIPT,
            "place": SCRIPT,
            "chairs": SCRIPT,
            "issuing_governments": f"{SCRIPT}\n{SCRIPT}",
        },
        {
            "speaker_name": SCRIPT,
            "speaker_role": SCRIPT,
            "video": [("video", {"url": JS_URL, "title": SCRIPT, "transcript": SCRIPT})],
        },
        {"hashtag": SHORT, "tagline": SCRIPT, "hero_alt": SCRIPT},
        {},
    ]
    for page, fields in zip(pages, extra, strict=True):
        if hasattr(page, "topic_links"):
            page.topic_links.create(topic=topic)
        write_directly(page, **common, **fields)
    write_directly(
        home_page,
        lead_story=pages[0],
        lead_link_label=SHORT,  # the field holds 40 characters (PostgreSQL enforces it)
        about_heading=SCRIPT,
        about_text=HOSTILE_HTML,
        key_figures=[("figure", {"figure": SCRIPT, "label": SCRIPT})],
        posts_heading=SCRIPT,
        search_description=SCRIPT,
    )
    # A wall post written directly, as an import would (no clean()).
    Post.objects.create(locale=home_page.locale, **fit_to_columns(Post, hostile_tweet()))
    identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
    identity.x_handle = SHORT
    identity.facebook_url = JS_URL
    identity.youtube_url = "data:text/html,<script>alert(1)</script>"
    identity.save()
    return pages


def test_every_page_type_renders_hostile_content_inert(client, hostile_site, news_index):
    urls = ["/en/", news_index.url, "/en/campaigns/"] + [page.url for page in hostile_site]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_inert(response.content)
        # The words are still there, shown as text: nothing was lost, only defused.
        assert (
            b"&lt;script&gt;alert(&quot;pwned&quot;)" in response.content or url == "/en/campaigns/"
        )


def test_rich_text_keeps_what_the_editor_can_make(client, home_page, news_index):
    news_index.intro = (
        '<p><b>Bold</b> <i>italic</i> <a href="https://example.org/">out</a> '
        '<a id="1" linktype="page">home</a><sup>2</sup></p><ul><li>one</li></ul><ol><li>two</li></ol>'
    )
    news_index.intro = news_index.intro.replace('id="1"', f'id="{home_page.pk}"')
    news_index.save_revision().publish()
    soup = BeautifulSoup(client.get(news_index.url).content, "html.parser")
    intro = soup.select_one(".index__header .rich-text")
    assert intro.select_one("b").get_text() == "Bold" and intro.select_one("i")
    assert intro.select_one('a[href="https://example.org/"]')
    assert intro.select_one(f'a[href="{home_page.url}"]')
    assert intro.select_one("sup") and intro.select_one("ul li") and intro.select_one("ol li")


def test_filter_and_listing_show_hostile_topic_escaped(client, hostile_site, news_index):
    response = client.get(news_index.url, {"topic": "hostile"})
    assert response.status_code == 200
    assert_inert(response.content)


@pytest.mark.parametrize(
    "query",
    [
        {"q": SCRIPT},
        {"q": JS_URL},
        {"q": '"'},
        {"q": "\x00"},
        {"q": "NEAR(a b"},
        {"q": "a " * 600},
        {"q": SCRIPT, "page": SCRIPT},
        {"page": "-1"},
        {"page": "99999999999999999999"},
    ],
)
def test_hostile_search_terms(client, hostile_site, query):
    response = client.get("/en/search/", query)
    assert response.status_code == 200
    assert_inert(response.content)


@pytest.mark.parametrize(
    "query",
    [
        {"kind": SCRIPT},
        {"topic": SCRIPT},
        {"page": SCRIPT},
        {"page": "0"},
        {"page": "1e9"},
        {"kind": ["news", "readout"]},
        {"utm_source": SCRIPT},
    ],
)
def test_hostile_listing_parameters(client, hostile_site, news_index, query):
    response = client.get(news_index.url, query)
    assert response.status_code == 200
    assert_inert(response.content)
    response = client.get("/en/", query)
    assert response.status_code == 200
    assert_inert(response.content)


def test_hostile_paths_and_consent_posts(client, hostile_site):
    response = client.get("/en/%3Cscript%3Ealert(1)%3C%2Fscript%3E/")
    assert response.status_code == 404
    assert_inert(response.content)
    response = client.post("/consent/", {"choice": "accepted", "next": JS_URL})
    assert response.status_code == 302 and response["Location"] == "/"


def test_translations_render_hostile_strings_inert(client, home_page, news_index, document):
    """A translator's strings (or an imported PO file) are content like any other."""
    article = NewsPageFactory(parent=news_index, body=hostile_body(document))
    french = Locale.objects.get(language_code="fr")

    def hostile(text: str) -> str:
        return f"{text} {SCRIPT}"

    translate_object(home_page, french, hostile, fallback=True)
    translate_object(news_index, french, hostile, fallback=True)
    translated = translate_object(article, french, hostile, fallback=True)
    response = client.get(translated.url)
    assert response.status_code == 200
    assert_inert(response.content)
    assert b"&lt;script&gt;alert(&quot;pwned&quot;)" in response.content


def test_no_template_renders_rich_text_unsanitised():
    """Wagtail's `richtext` filter trusts stored HTML: templates use `safe_richtext` instead."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    offenders = [
        str(path.relative_to(root))
        for path in root.glob("*/**/templates/**/*.html")
        if ".venv" not in path.parts and "|richtext" in path.read_text(encoding="utf-8")
    ]
    assert not offenders, offenders
