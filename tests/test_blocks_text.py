"""Text blocks (heading, paragraph, quote, call to action, key figures, related) and the body."""

from django.core.exceptions import ValidationError
from django.utils import translation

from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import Locale
from wagtail.rich_text import RichText

import pytest
from bs4 import BeautifulSoup

from base.blocks import (
    BodyStreamBlock,
    CallToActionBlock,
    HeadingBlock,
    KeyFiguresBlock,
    ParagraphBlock,
    QuoteBlock,
    RelatedPagesBlock,
)

from .factories import NewsPageFactory

NO_LINK = "Choose a page or enter a web address for the button."
TWO_LINKS = "Choose a page or enter a web address, not both."


def clean_errors(block, data) -> dict[str, list[str]]:
    """The messages per field that block.clean() raises; empty when the value is valid."""
    try:
        block.clean(block.normalize(data))
    except StructBlockValidationError as error:
        return {name: messages_of(err) for name, err in error.block_errors.items()}
    return {}


def messages_of(error) -> list[str]:
    if isinstance(error, ListBlockValidationError):
        return [message for err in error.non_block_errors.as_data() for message in err.messages]
    return error.messages


def render(block, data) -> BeautifulSoup:
    return BeautifulSoup(block.render(block.normalize(data)), "html.parser")


def render_preview(block) -> BeautifulSoup:
    return BeautifulSoup(block.render(block.get_preview_value()), "html.parser")


# The body stream block


def test_body_accepts_exactly_the_block_library():
    # Child names are stored in every page's JSON: renaming one needs a data migration.
    assert list(BodyStreamBlock.base_blocks) == [
        "heading",
        "paragraph",
        "image",
        "quote",
        "call_to_action",
        "key_figures",
        "tweet",
        "video",
        "document",
        "related",
    ]


@pytest.mark.parametrize("name", list(BodyStreamBlock.base_blocks))
def test_every_body_block_is_complete_for_editors(name):
    block = BodyStreamBlock().child_blocks[name]
    assert block.meta.template == f"base/blocks/{name}.html"
    assert block.meta.icon
    assert block.meta.group
    assert block.get_description()


# Heading


def test_heading_renders_a_section_heading_by_default():
    soup = render(HeadingBlock(), {"text": "Stabilising liberated areas", "level": "h2"})
    heading = soup.find("h2", class_="block-heading")
    assert heading.get_text() == "Stabilising liberated areas"


def test_heading_renders_a_sub_heading():
    soup = render(HeadingBlock(), {"text": "Water and power", "level": "h3"})
    assert soup.find("h2") is None
    assert soup.find("h3", class_="block-heading").get_text() == "Water and power"


def test_heading_escapes_its_text():
    soup = render(HeadingBlock(), {"text": "<script>x</script>", "level": "h2"})
    assert soup.find("script") is None
    assert soup.find("h2").get_text() == "<script>x</script>"


def test_heading_validation():
    block = HeadingBlock()
    assert clean_errors(block, {"text": "Water", "level": "h3"}) == {}
    assert clean_errors(block, {"text": "", "level": "h2"}) == {"text": ["This field is required."]}
    assert clean_errors(block, {"text": "Water", "level": "h1"}) == {
        "level": ["Select a valid choice. h1 is not one of the available choices."]
    }
    assert clean_errors(block, {"text": "x" * 161, "level": "h2"}) == {
        "text": ["Ensure this value has at most 160 characters (it has 161)."]
    }


def test_heading_preview_value_renders():
    assert render_preview(HeadingBlock()).find("h2").get_text() == "Stabilising liberated areas"


# Paragraph


def test_paragraph_renders_rich_text_in_a_direction_neutral_container():
    soup = render(ParagraphBlock(), RichText("<p>Partners <b>met</b> in Baghdad.</p>"))
    container = soup.find("div", class_="rich-text")
    assert container["dir"] == "auto"
    assert container.find("p").get_text() == "Partners met in Baghdad."
    assert container.find("b").get_text() == "met"


@pytest.mark.django_db
def test_paragraph_links_to_pages_by_their_current_url(news_index):
    page = NewsPageFactory(parent=news_index)
    html = f'<p>Read <a linktype="page" id="{page.pk}">the readout</a>.</p>'
    link = render(ParagraphBlock(), RichText(html)).find("a")
    assert link["href"] == page.url
    assert link.get_text() == "the readout"


def test_paragraph_offers_inline_formatting_but_no_headings_or_embeds():
    features = ParagraphBlock().features
    assert {"bold", "italic", "link", "ol", "ul"} <= set(features)
    assert not {"h1", "h2", "h3", "image", "embed"} & set(features)


def test_paragraph_is_required():
    block = ParagraphBlock()
    with pytest.raises(ValidationError, match="This field is required"):
        block.clean(RichText(""))
    assert block.clean(RichText("<p>Text</p>")).source == "<p>Text</p>"


def test_paragraph_preview_value_renders():
    assert "liberated areas" in render_preview(ParagraphBlock()).find("p").get_text()


# Quote


def test_quote_renders_text_speaker_and_role():
    soup = render(
        QuoteBlock(),
        {
            "text": "We are stronger\nwhen we act together.",
            "attribution": "Special Envoy",
            "role": "Co-chair",
        },
    )
    quote = soup.find("figure", class_="block-quote").find("blockquote")
    assert quote["dir"] == "auto"
    assert quote.find("br")
    assert quote.get_text().strip() == "We are strongerwhen we act together."
    caption = soup.find("figcaption")
    assert caption.find("bdi").get_text() == "Special Envoy"
    assert caption.find("span", class_="block-quote__role").get_text() == "Co-chair"


def test_quote_without_speaker_has_no_caption():
    soup = render(QuoteBlock(), {"text": "Together.", "attribution": "", "role": ""})
    assert soup.find("figcaption") is None


def test_quote_escapes_its_text():
    soup = render(QuoteBlock(), {"text": "<img src=x onerror=alert(1)>", "attribution": "<b>A</b>"})
    assert soup.find(["img", "b"]) is None
    assert soup.find("blockquote").get_text() == "<img src=x onerror=alert(1)>"


def test_quote_role_without_speaker_is_refused():
    assert clean_errors(
        QuoteBlock(), {"text": "Together.", "attribution": "", "role": "Envoy"}
    ) == {"attribution": ["Name the speaker, or remove the role: a role alone cannot be quoted."]}


@pytest.mark.parametrize(
    ("attribution", "role"), [("", ""), ("Special Envoy", ""), ("Special Envoy", "Co-chair")]
)
def test_quote_with_speaker_or_no_caption_is_valid(attribution, role):
    data = {"text": "Together.", "attribution": attribution, "role": role}
    assert clean_errors(QuoteBlock(), data) == {}


def test_quote_text_is_required():
    assert clean_errors(QuoteBlock(), {"text": "", "attribution": "", "role": ""}) == {
        "text": ["This field is required."]
    }


def test_quote_preview_value_renders():
    soup = render_preview(QuoteBlock())
    assert soup.find("blockquote").get_text().strip() == "We are stronger when we act together."


# Call to action


def cta_data(**overrides) -> dict:
    data = {
        "title": "Deny Daesh Cash",
        "text": "Watch the explainers.",
        "button_label": "Watch the series",
        "page": None,
        "external_url": "",
    }
    data.update(overrides)
    return data


def test_call_to_action_renders_a_button_to_the_web_address():
    soup = render(CallToActionBlock(), cta_data(external_url="https://example.org/cash/"))
    aside = soup.find("aside", class_="call-to-action")
    assert aside.find("h2").get_text() == "Deny Daesh Cash"
    assert aside.find("p").get_text() == "Watch the explainers."
    button = aside.find("a", class_="button")
    assert button["href"] == "https://example.org/cash/"
    assert button.get_text() == "Watch the series"


@pytest.mark.django_db
def test_call_to_action_to_a_page_links_to_its_translation(news_index):
    page = NewsPageFactory(parent=news_index)
    arabic = page.copy_for_translation(Locale.objects.get(language_code="ar"), copy_parents=True)
    arabic.save_revision().publish()
    value = CallToActionBlock().normalize(cta_data(page=page))
    assert value.url() == "/en/news/" + page.slug + "/"
    with translation.override("ar"):
        soup = BeautifulSoup(CallToActionBlock().render(value), "html.parser")
    assert soup.find("a", class_="button")["href"] == "/ar/news/" + page.slug + "/"


@pytest.mark.django_db
def test_call_to_action_whose_page_was_deleted_shows_no_button():
    soup = render(CallToActionBlock(), cta_data(page=None))
    assert soup.find("aside").find("h2")
    assert soup.find("a") is None


@pytest.mark.django_db
def test_call_to_action_needs_exactly_one_destination(news_index):
    page = NewsPageFactory(parent=news_index)
    block = CallToActionBlock()
    assert clean_errors(block, cta_data()) == {"page": [NO_LINK], "external_url": [NO_LINK]}
    assert clean_errors(block, cta_data(page=page, external_url="https://example.org/")) == {
        "page": [TWO_LINKS],
        "external_url": [TWO_LINKS],
    }
    assert clean_errors(block, cta_data(page=page)) == {}
    assert clean_errors(block, cta_data(external_url="https://example.org/")) == {}


def test_call_to_action_refuses_a_script_address():
    errors = clean_errors(CallToActionBlock(), cta_data(external_url="javascript:alert(1)"))
    assert errors == {"external_url": ["Enter a valid URL."]}


def test_call_to_action_needs_a_title_and_button_label():
    errors = clean_errors(
        CallToActionBlock(), cta_data(title="", button_label="", external_url="https://e.org/")
    )
    assert errors == {
        "title": ["This field is required."],
        "button_label": ["This field is required."],
    }


def test_call_to_action_preview_value_renders_and_is_valid():
    block = CallToActionBlock()
    soup = render_preview(block)
    assert soup.find("a", class_="button")["href"] == (
        "https://example.org/campaigns/deny-daesh-cash/"
    )
    assert block.clean(block.get_preview_value())


# Key figures


def figures_data(count: int, heading: str = "In numbers") -> dict:
    return {
        "heading": heading,
        "figures": [{"figure": str(n), "label": f"label {n}"} for n in range(1, count + 1)],
    }


def test_key_figures_render_as_a_description_list():
    soup = render(KeyFiguresBlock(), figures_data(2))
    section = soup.find("section", class_="key-figures")
    assert section.find("h2").get_text() == "In numbers"
    items = section.find("dl").find_all("div", class_="key-figures__item")
    assert [(i.find("dt").get_text(), i.find("dd").get_text()) for i in items] == [
        ("1", "label 1"),
        ("2", "label 2"),
    ]
    assert items[0].find("dt").find("bdi")


def test_key_figures_without_heading_have_no_heading():
    assert render(KeyFiguresBlock(), figures_data(1, heading="")).find("h2") is None


@pytest.mark.parametrize("count", [1, 6])
def test_one_to_six_key_figures_are_valid(count):
    assert clean_errors(KeyFiguresBlock(), figures_data(count)) == {}


def test_key_figures_need_at_least_one_and_at_most_six():
    assert clean_errors(KeyFiguresBlock(), figures_data(0)) == {
        "figures": ["The minimum number of items is 1"]
    }
    assert clean_errors(KeyFiguresBlock(), figures_data(7)) == {
        "figures": ["The maximum number of items is 6"]
    }


def test_each_key_figure_needs_a_figure_and_a_label():
    data = {"heading": "", "figures": [{"figure": "85", "label": ""}]}
    with pytest.raises(StructBlockValidationError) as raised:
        KeyFiguresBlock().clean(KeyFiguresBlock().normalize(data))
    item_errors = raised.value.block_errors["figures"].block_errors[0].block_errors
    assert {name: e.messages for name, e in item_errors.items()} == {
        "label": ["This field is required."]
    }


def test_key_figures_preview_value_renders():
    soup = render_preview(KeyFiguresBlock())
    assert [dt.get_text() for dt in soup.find_all("dt")] == ["85", "2014"]


# Related pages


@pytest.fixture
def arabic(db):
    return Locale.objects.get(language_code="ar")


def related(*pages, heading="Read more") -> dict:
    return {"heading": heading, "pages": list(pages)}


def render_related(data, language="en") -> BeautifulSoup:
    block = RelatedPagesBlock()
    with translation.override(language):
        return BeautifulSoup(block.render(block.normalize(data)), "html.parser")


def links(soup) -> list[tuple[str, str]]:
    return [(a["href"], a.get_text()) for a in soup.select("ul.related__list a")]


def test_related_pages_render_live_pages_as_links(news_index):
    first = NewsPageFactory(parent=news_index, title="First")
    second = NewsPageFactory(parent=news_index, title="Second")
    soup = render_related(related(first, second))
    assert soup.find("h2", class_="related__heading").get_text() == "Read more"
    assert links(soup) == [(first.url, "First"), (second.url, "Second")]


def test_related_pages_skip_pages_that_are_not_live(news_index):
    live = NewsPageFactory(parent=news_index, title="Live")
    draft = NewsPageFactory(parent=news_index, title="Draft", live=False)
    assert links(render_related(related(draft, live))) == [(live.url, "Live")]


def test_related_pages_render_nothing_when_no_page_is_live(news_index):
    draft = NewsPageFactory(parent=news_index, live=False)
    assert render_related(related(draft, None)).get_text().strip() == ""


def test_related_pages_use_the_visitors_language(news_index, arabic):
    page = NewsPageFactory(parent=news_index, title="Talks")
    translated = page.copy_for_translation(arabic, copy_parents=True)
    translated.title = "محادثات"
    translated.save_revision().publish()
    translated.refresh_from_db()
    soup = render_related(related(page), language="ar")
    assert links(soup) == [(translated.url, "محادثات")]
    assert translated.url.startswith("/ar/")


def test_related_pages_skip_a_draft_translation_and_fall_back_to_the_live_page(news_index, arabic):
    page = NewsPageFactory(parent=news_index, title="Talks")
    page.copy_for_translation(arabic, copy_parents=True)  # a draft
    assert links(render_related(related(page), language="ar")) == [(page.url, "Talks")]


def test_related_pages_show_a_live_translation_of_an_unpublished_page(news_index, arabic):
    page = NewsPageFactory(parent=news_index, title="Talks")
    translated = page.copy_for_translation(arabic, copy_parents=True)
    translated.title = "محادثات"
    translated.save_revision().publish()
    page.unpublish()
    assert links(render_related(related(page), language="ar")) == [
        (translated.specific.url, "محادثات")
    ]
    assert links(render_related(related(page), language="en")) == []


def test_related_pages_heading_falls_back_to_related(news_index):
    page = NewsPageFactory(parent=news_index)
    assert render_related(related(page, heading="")).find("h2").get_text() == "Related"


def test_related_pages_need_one_to_six_pages(news_index):
    pages = [NewsPageFactory(parent=news_index) for _ in range(7)]
    block = RelatedPagesBlock()
    assert clean_errors(block, related()) == {"pages": ["The minimum number of items is 1"]}
    assert clean_errors(block, related(*pages)) == {"pages": ["The maximum number of items is 6"]}
    assert clean_errors(block, related(*pages[:6])) == {}
