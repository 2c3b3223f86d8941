"""Where each language version of a page lives, for the switcher, hreflang and the sitemap."""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Page, Site

from . import fragments
from .per_request import active_locale, once_per_request


def localized(page: Page) -> Page:
    """Wagtail's `page.localized` (the live translation in the visitor's language, else the
    page itself) with the locale looked up once per request: one query, none if the page is
    in that language already."""
    locale = active_locale()
    if page.locale_id == locale.pk:
        return page
    return (
        Page.objects.live().filter(translation_key=page.translation_key, locale=locale).first()
        or page
    )


def localized_home(request=None) -> Page | None:
    """The site's home page in the visitor's language (the root itself if not translated), kept
    per host and language until content changes: every page's header links to it, and looking
    it up cost each uncached page a query in Arabic and French (0.9 ms of a search's render)."""

    def find() -> Page | None:
        if request is not None:
            site = Site.find_for_request(request)
        else:
            site = Site.objects.filter(is_default_site=True).first()
        return localized(site.root_page) if site else None

    def kept() -> Page | None:
        if request is None:
            return find()
        try:
            host = request.get_host()
        except DisallowedHost:  # not a host to remember (fragments.find_site_for_request)
            return find()
        return fragments.cached("localized-home", (), find, host=host)

    return once_per_request(("localized home", translation.get_language()), kept)


@dataclass(frozen=True)
class Alternate:
    language: str  # language code, e.g. "ar"
    name: str  # the language's own name, e.g. "العربية"
    url: str
    exact: bool  # False when the page has no live translation and `url` is an ancestor's
    current: bool


def page_alternates(page: Page, request=None) -> list[Alternate]:
    """One entry per site language: this page's live translation, else its nearest translated
    ancestor (never the page in another language under the wrong label). Two queries."""
    current = translation.get_language()
    translations = {
        p.locale.language_code: p
        for p in Page.objects.live()
        .filter(translation_key=page.translation_key)
        .select_related("locale")
    }
    missing = [code for code, _name in settings.LANGUAGES if code not in translations]
    fallbacks = {}
    if missing:
        ancestors = page.get_ancestors().filter(depth__gt=1)
        candidates = (
            Page.objects.live()
            .filter(
                translation_key__in=ancestors.values("translation_key"),
                locale__language_code__in=missing,
            )
            .select_related("locale")
            .order_by("depth")
        )
        for candidate in candidates:  # deepest last, so it wins
            fallbacks[candidate.locale.language_code] = candidate
    alternates = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code) or fallbacks.get(code)
        if target is None:
            continue
        alternates.append(
            Alternate(
                language=code,
                name=name,
                url=target.get_url(request=request),
                exact=code in translations,
                current=code == current,
            )
        )
    return alternates


def view_alternates(request) -> list[Alternate]:
    """Alternates for a non-page view (search): the same path under each language prefix."""
    current = translation.get_language()
    path = request.get_full_path()
    return [
        Alternate(code, name, translate_url(path, code), True, code == current)
        for code, name in settings.LANGUAGES
    ]
