"""Helpers for the publishing tests: a news section in three languages, and readers for what
crawlers and link previews see (head tags, JSON-LD, XML)."""

import json
import xml.etree.ElementTree as ET

from wagtail.models import Locale, Page

from bs4 import BeautifulSoup

from localisation.translate import translate_object
from news.models import ArticleTopic

from .factories import ImageFactory


def locale(code: str) -> Locale:
    return Locale.objects.get(language_code=code)


def translate(page: Page, code: str, prefix: bool = True) -> Page:
    """The page in `code`, every string prefixed with the language (slugs too)."""
    return translate_object(page, locale(code), (lambda text: f"{code}-{text}") if prefix else str)


def publish(page: Page) -> Page:
    """Publish through a revision, as the admin does (sets the publication dates)."""
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def share_sized_image(**kwargs):
    """An image large enough for the 1200x630 share rendition."""
    return ImageFactory(file__width=1600, file__height=1000, **kwargs)


def add_topics(article, *topics) -> None:
    article.topic_links = [ArticleTopic(topic=topic) for topic in topics]
    article.save()


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def head_properties(page_soup: BeautifulSoup) -> dict[str, list[str]]:
    """Every <meta property|name=… content=…> of the head, by property or name."""
    found: dict[str, list[str]] = {}
    for tag in page_soup.head.find_all("meta"):
        key = tag.get("property") or tag.get("name")
        if key and tag.has_attr("content"):
            found.setdefault(key, []).append(tag["content"])
    return found


def json_ld(page_soup: BeautifulSoup) -> list[dict]:
    return [
        json.loads(script.string)
        for script in page_soup.find_all("script", type="application/ld+json")
    ]


def xml(response) -> ET.Element:
    assert response.status_code == 200, response.status_code
    return ET.fromstring(response.content)
