"""The members map: an inline SVG world map (members/data/world_map.json, simplified from
@svg-maps/world, CC BY 4.0) with every member state filled and linked to its profile or its entry
in the list. Nothing is fetched from elsewhere; the list below the map is its text alternative."""

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

MAP_FILE = Path(__file__).parent / "data" / "world_map.json"
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
# A state narrower and shorter than this (map units, the map is 1010 wide) also gets a dot, so
# Bahrain or Singapore can be seen and clicked.
SMALL = 6.0
DOT_RADIUS = 3.5


@dataclass(frozen=True)
class Country:
    code: str
    path: str
    centre: tuple[float, float]
    small: bool


@cache
def world() -> tuple[str, dict[str, Country]]:
    data = json.loads(MAP_FILE.read_text(encoding="utf-8"))
    countries = {}
    for code, country in data["countries"].items():
        values = [float(v) for v in NUMBER.findall(country["path"])]
        xs, ys = values[0::2], values[1::2]
        width, height = max(xs) - min(xs), max(ys) - min(ys)
        centre = ((max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2)
        countries[code] = Country(code, country["path"], centre, width < SMALL and height < SMALL)
    return data["viewBox"], countries


@cache
def land_layer(highlighted: frozenset[str]) -> str:
    """Every country that is not highlighted, as one path (it is not interactive)."""
    _view_box, countries = world()
    outlines = "".join(c.path for code, c in countries.items() if code not in highlighted)
    return f'<path class="members-map__land" d="{outlines}"/>'


def render_map(links: list[tuple[str, str, str]], label: str) -> SafeString:
    """The map with a link on each member state: `links` holds (map code, name, address)."""
    view_box, countries = world()
    on_map = [(code, name, url) for code, name, url in links if code in countries]
    parts = []
    for code, name, url in on_map:
        country = countries[code]
        dot = ""
        if country.small:
            x, y = country.centre
            dot = f'<circle class="members-map__member" cx="{x:g}" cy="{y:g}" r="{DOT_RADIUS}"/>'
        parts.append(
            f'<a href="{escape(url)}" aria-label="{escape(name)}" data-map-member="{code}">'
            f"<title>{escape(name)}</title>"
            f'<path class="members-map__member" d="{country.path}"/>{dot}</a>'
        )
    highlighted = frozenset(code for code, _name, _url in on_map)
    return format_html(
        '<svg viewBox="{}" role="group" aria-label="{}" focusable="false">{}{}</svg>',
        view_box,
        label,
        mark_safe(land_layer(highlighted)),
        mark_safe("".join(parts)),
    )
