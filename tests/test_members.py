"""The members page: every member of the language, grouped by region, counted, filterable, in a
fixed number of queries, and right to left in Arabic with names isolated."""

import re

from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from base.page_cache import STATUS_HEADER
from localisation.translate import translate_object
from members.listings import MemberFilters
from members.models import Member, members_count_label

from .factories import (
    ImageFactory,
    MemberFactory,
    MembersPageFactory,
    PartnerProfilePageFactory,
)

pytestmark = pytest.mark.django_db

# Flag emoji are pairs of these: never in the HTML (Windows shows two letters).
REGIONAL_INDICATOR = re.compile("[\U0001f1e6-\U0001f1ff]")
ARABIC = {
    "Members": "الأعضاء",
    "Iraq": "العراق",
    "Italy": "إيطاليا",
    "NATO": "حلف شمال الأطلسي",
    "Japan": "اليابان",
    "United States": "الولايات المتحدة",
    "Partner profile: Italy": "لمحة عن شريك: إيطاليا",
}


@pytest.fixture
def members_page(home_page):
    return MembersPageFactory(parent=home_page)


@pytest.fixture
def members(members_page):
    Region, Kind = Member.Region, Member.Kind
    return {
        "iraq": MemberFactory(name="Iraq", region=Region.MIDDLE_EAST, iso_code="IQ"),
        "italy": MemberFactory(name="Italy", region=Region.EUROPE, iso_code="IT"),
        "nato": MemberFactory(
            name="NATO",
            region=Region.EUROPE,
            kind=Kind.ORGANISATION,
            iso_code="",
            year_joined=2017,
        ),
        "japan": MemberFactory(name="Japan", region=Region.ASIA_PACIFIC, iso_code="JP"),
        "us": MemberFactory(name="United States", region=Region.AMERICAS, iso_code="US"),
    }


def soup_of(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def listed(response) -> dict[str, list[str]]:
    """{region heading: [member names]} as the page shows them."""
    return {
        section.h2.get_text(strip=True): [
            item.select_one(".member-list__name bdi").get_text(strip=True)
            for item in section.select("[data-member]")
        ]
        for section in soup_of(response).select(".member-region")
    }


def count_text(response) -> str:
    return soup_of(response).select_one("[data-member-count]").get_text(strip=True)


def test_lists_every_member_grouped_by_region_with_the_count(client, members_page, members):
    MemberFactory(name="Italie", locale=Locale.objects.get(language_code="fr"))
    response = client.get(members_page.url)
    assert count_text(response) == "5 members"
    assert listed(response) == {
        "Americas": ["United States"],
        "Asia and the Pacific": ["Japan"],
        "Europe": ["Italy", "NATO"],
        "Middle East and North Africa": ["Iraq"],
    }
    nato = soup_of(response).find("bdi", string="NATO").find_parent("li")
    assert "International organisation" in nato.get_text() and "Joined in 2017" in nato.get_text()


def test_the_count_follows_the_plural_rules_of_each_language():
    assert members_count_label(1) == "1 member"
    assert members_count_label(85) == "85 members"
    with translation.override("fr"):
        assert members_count_label(85) == "85 membres"
    with translation.override("ar"):
        assert members_count_label(85) == "85 عضوًا"
        assert members_count_label(3) == "3 أعضاء"


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"region": "europe"}, {"Europe": ["Italy", "NATO"]}),
        ({"kind": "organisation"}, {"Europe": ["NATO"]}),
        ({"kind": "state", "region": "europe"}, {"Europe": ["Italy"]}),
        ({"region": "africa"}, {}),
    ],
)
def test_filters(client, members_page, members, params, expected):
    response = client.get(members_page.url, params)
    assert listed(response) == expected
    assert count_text(response) == members_count_label(sum(map(len, expected.values())))
    assert b'name="robots" content="noindex"' in response.content


@pytest.mark.parametrize(
    "params", [{"region": "<script>"}, {"kind": "planet"}, {"region": "", "kind": ["state", 1]}]
)
def test_bad_filter_values_are_ignored(client, members_page, members, params):
    response = client.get(members_page.url, params)
    assert count_text(response) == "5 members"
    assert b"<script>" not in response.content


def test_filters_parse_only_known_values():
    params = {"region": "europe", "kind": "x"}
    assert MemberFilters.from_params(params, Member) == MemberFilters("europe")
    assert not MemberFilters.from_params({}, Member).narrowed


def test_one_member_is_counted_in_the_singular(client, members_page):
    MemberFactory(name="Iraq")
    assert count_text(client.get(members_page.url)) == "1 member"


def test_names_are_isolated_and_every_member_has_an_svg_flag_or_a_mark(
    client, members_page, members
):
    soup = soup_of(client.get(members_page.url))
    for item in soup.select("[data-member]"):
        name = item.select_one("bdi").get_text(strip=True)
        assert name
        flag = item.select_one("img.member-flag, .member-emblem")
        assert flag is not None, name
        if name == "NATO":  # an organisation without a flag: the neutral mark, hidden from AT
            assert flag.name == "svg" and flag["aria-hidden"] == "true"
        else:  # decorative beside the name, from the vendored SVG set
            assert flag["src"].startswith("/static/flags/") and flag["src"].endswith(".svg")
            assert flag["alt"] == ""
    assert not REGIONAL_INDICATOR.search(str(soup))


def test_members_with_a_live_profile_link_to_it(client, members_page, members):
    profile = PartnerProfilePageFactory(
        parent=members_page, title="Partner profile: Italy", partner=members["italy"]
    )
    draft = PartnerProfilePageFactory(parent=members_page, partner=members["japan"], live=False)
    soup = soup_of(client.get(members_page.url))
    links = {a.get_text(strip=True): a["href"] for a in soup.select("[data-member] a")}
    assert links == {"Italy": profile.url}
    assert draft.url not in str(soup)


def test_queries_do_not_grow_with_members(client, members_page):
    def count_queries(total: int) -> int:
        regions = list(Member.Region.values)
        while Member.objects.count() < total:
            n = Member.objects.count()
            member = MemberFactory(
                region=regions[n % len(regions)], emblem=ImageFactory() if n % 3 else None
            )
            if n % 2:
                PartnerProfilePageFactory(parent=members_page, partner=member)
        client.get(members_page.url)  # warm the per-process caches
        with CaptureQueriesContext(connection) as queries:
            assert client.get(members_page.url).status_code == 200
        return len(queries)

    assert count_queries(5) == count_queries(20)


@pytest.mark.parametrize("code", ["🇮🇶", "ZZ", "../x"])
def test_a_code_must_name_a_flag_of_the_set(code):
    member = MemberFactory.build(iso_code=code)
    with pytest.raises(ValidationError) as error:
        member.full_clean()
    assert "ISO 3166" in str(error.value.message_dict["iso_code"])


def test_a_code_is_stored_in_capitals():
    member = MemberFactory.build(iso_code=" iq ")
    member.full_clean()
    assert member.iso_code == "IQ" and member.flag_path == "flags/iq.svg"


def test_arabic_members_page_is_right_to_left_with_names_isolated(
    client, home_page, members_page, members
):
    arabic = Locale.objects.get(language_code="ar")
    translate_object(home_page, arabic, lambda text: text)
    for member in members.values():
        translate_object(member, arabic, ARABIC.get)
    page = translate_object(members_page, arabic, ARABIC.get, fallback=True)
    soup = soup_of(client.get(page.url))
    assert (soup.html["lang"], soup.html["dir"]) == ("ar", "rtl")
    names = [bdi.get_text(strip=True) for bdi in soup.select("[data-member] bdi")]
    assert sorted(names) == sorted(ARABIC[m.name] for m in members.values())
    assert "Italy" not in names
    assert soup.select_one("[data-member-count]").get_text(strip=True) == "5 أعضاء"


def test_renaming_a_member_drops_the_cached_members_page(client, settings, members_page, members):
    settings.PAGE_CACHE_ENABLED = True
    client.get(members_page.url)
    assert client.get(members_page.url)[STATUS_HEADER] == "hit"
    members["iraq"].name = "Republic of Iraq"
    members["iraq"].save()
    response = client.get(members_page.url)
    assert (
        response[STATUS_HEADER] == "miss"
        and "Republic of Iraq" in listed(response)["Middle East and North Africa"]
    )
