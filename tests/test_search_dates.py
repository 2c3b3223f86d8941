"""Search date filters are typed day first in every language, never as a browser's mm/dd/yyyy."""

import datetime

import pytest
from bs4 import BeautifulSoup

from search.query import parse_date

from . import test_search_view
from .test_search_view import news, result_titles, search

pytestmark = pytest.mark.django_db
sections = test_search_view.sections  # the site tree in three languages, as a fixture


@pytest.mark.parametrize(
    "typed",
    ["13/11/2025", "13-11-2025", "13.11.2025", "2025-11-13", "١٣/١١/٢٠٢٥", " 13/11/2025 "],
)
def test_dates_are_read_day_first_or_iso(typed):
    assert parse_date(typed) == datetime.date(2025, 11, 13)


@pytest.mark.parametrize("typed", ["11/13/2025", "31/02/2025", "13/11/25", "1/1/1800", "x"])
def test_impossible_dates_are_ignored(typed):
    assert parse_date(typed) is None


@pytest.mark.parametrize(
    "language, placeholder", [("en", "dd/mm/yyyy"), ("fr", "jj/mm/aaaa"), ("ar", "يوم/شهر/سنة")]
)
def test_date_inputs_speak_the_visitors_language(client, sections, language, placeholder):
    news(sections, language, "Coalition")
    page = BeautifulSoup(search(client, language, q="coalition").content, "html.parser")
    inputs = page.select("input[name=from], input[name=to]")
    assert len(inputs) == 2
    for field in inputs:
        # type="date" shows the browser's own format (mm/dd/yyyy in many), whatever the page says.
        assert field["type"] == "text"
        assert field["placeholder"] == placeholder
    assert "mm/dd/yyyy" not in str(page)


def test_a_day_first_date_filters_and_is_shown_back(client, sections):
    news(sections, "fr", "Coalition ancienne", date=datetime.date(2025, 1, 5))
    news(sections, "fr", "Coalition récente", date=datetime.date(2025, 11, 20))
    response = search(client, "fr", q="coalition", **{"from": "13/11/2025"})
    assert result_titles(response) == ["Coalition récente"]
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("input[name=from]")["value"] == "13/11/2025"
