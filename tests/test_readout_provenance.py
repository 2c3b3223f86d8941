"""A readout or statement says where and when it was issued, by whom, and links the official text."""

import datetime

import pytest
import wagtail_factories

from news.models import ReadoutPage

from .factories import ReadoutPageFactory
from .publishing import publish, soup, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def statement(news_index):
    document = wagtail_factories.DocumentFactory(title="Joint statement of the Small Group")
    return publish(
        ReadoutPageFactory(
            parent=news_index,
            document_type=ReadoutPage.DocumentType.STATEMENT,
            meeting_format=ReadoutPage.MeetingFormat.IN_PERSON,
            meeting_date=datetime.date(2026, 2, 11),
            date=datetime.date(2026, 2, 12),
            place="Rome, Italy",
            chairs="The foreign ministers of Italy and the United States",
            issuing_governments="Italy\n\nUnited States \nIraq",
            official_document=document,
        )
    )


def test_dateline_is_place_then_date(client, statement):
    dateline = soup(client.get(statement.url)).find("p", class_="dateline")
    assert dateline.find(class_="dateline__place").get_text() == "Rome, Italy"
    assert dateline.find("time")["datetime"] == "2026-02-12"
    text = " ".join(dateline.get_text().split())
    assert text.startswith("Rome, Italy — ") and "2026" in text


def test_virtual_meeting_dateline_says_so(client, news_index):
    readout = publish(ReadoutPageFactory(parent=news_index, meeting_format="virtual", place=""))
    dateline = soup(client.get(readout.url)).find("p", class_="dateline")
    assert dateline.find(class_="dateline__place").get_text() == "Virtual meeting"


def test_dateline_without_place_is_just_the_date(client, news_index):
    readout = publish(
        ReadoutPageFactory(parent=news_index, meeting_format="hybrid", meeting_name="", place="")
    )
    dateline = soup(client.get(readout.url)).find("p", class_="dateline")
    assert dateline.find(class_="dateline__place") is None
    assert dateline.find("time")


def test_provenance_lists_meeting_chairs_issuers_and_official_text(client, statement):
    page = soup(client.get(statement.url))
    provenance = {
        item.dt.get_text(): item.dd for item in page.find("dl", class_="provenance").find_all("div")
    }
    assert provenance["Meeting"].get_text() == "Small Group of political directors"
    assert provenance["Held on"].time["datetime"] == "2026-02-11"
    assert "Rome, Italy" in provenance["Format"].get_text()
    assert provenance["Chaired by"].get_text() == statement.chairs
    assert [li.get_text() for li in provenance["Issued by"].find_all("li")] == [
        "Italy",
        "United States",
        "Iraq",
    ]
    link = provenance["Official text"].a
    assert link["href"] == statement.official_document.url
    assert link.has_attr("download")
    assert "Joint statement of the Small Group" in link.get_text()
    assert page.find(class_="article-header__kind").get_text() == "Joint statement"


def test_official_text_is_optional(client, news_index):
    readout = publish(ReadoutPageFactory(parent=news_index))
    provenance = soup(client.get(readout.url)).find("dl", class_="provenance")
    assert "Official text" not in provenance.get_text()


def test_arabic_dateline_isolates_the_place(client, home_page, news_index, statement):
    translate(home_page, "ar", prefix=False)
    translate(news_index, "ar")
    arabic = translate(statement, "ar")
    page = soup(client.get(arabic.url))
    place = page.find("p", class_="dateline").find(class_="dateline__place")
    assert place.name == "bdi" and place.get_text() == "ar-Rome, Italy"
