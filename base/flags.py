"""Flags as SVG images from the vendored flag-icons set (website/static/flags/, MIT), never as
emoji: Windows shows a flag emoji as two letters and headless browsers as empty boxes."""

import functools
import re

from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import get_language

from babel import Locale, UnknownLocaleError

# A flag emoji is a pair of regional-indicator letters (🇮🇶 = I + Q).
FLAG_EMOJI = re.compile("([\U0001f1e6-\U0001f1ff])([\U0001f1e6-\U0001f1ff])")
REGIONAL_A = 0x1F1E6


@functools.cache
def flag_path(code: str) -> str:
    """The flag's static path for an ISO 3166 code (or EU, ARAB), or "" when the set has none."""
    if not code.isalpha():
        return ""
    path = f"flags/{code.lower()}.svg"
    return path if finders.find(path) else ""


@functools.cache
def territory_name(code: str, language: str) -> str:
    """The territory's name in the language, from the Unicode CLDR; the code if unknown."""
    try:
        return Locale.parse(language.replace("-", "_")).territories.get(code, code)
    except (UnknownLocaleError, ValueError):
        return code


def flag_emoji_as_images(html: str) -> str:
    """Every flag emoji in already-escaped text as an inline SVG flag named for screen readers."""

    def image(match: re.Match) -> str:
        code = "".join(chr(ord("A") + ord(letter) - REGIONAL_A) for letter in match.groups())
        path = flag_path(code)
        if not path:
            return code
        name = territory_name(code, get_language() or "en")
        return str(
            format_html(
                '<img class="inline-flag" src="{}" alt="{}" width="20" height="15">',
                static(path),
                name,
            )
        )

    return FLAG_EMOJI.sub(image, html)
