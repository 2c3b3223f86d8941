"""What crawlers are told: /sitemap.xml (every live page in every language, each with its
language alternates) and /robots.txt."""

from collections import defaultdict
from functools import cached_property

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap as sitemap_view
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_GET

from wagtail.models import Page, Site


class PageSitemap(Sitemap):
    """Live public pages of the request's site in every locale. A page's alternates are the other
    listed pages with its translation key, so they cost no query of their own."""

    def __init__(self, request: HttpRequest):
        self.request = request

    def items(self) -> list[Page]:
        return [page for page, _url in self.entries]

    @cached_property
    def entries(self) -> list[tuple[Page, str]]:
        """(page, absolute URL) for each page; pages with no URL (not routable) are left out."""
        site = Site.find_for_request(self.request)
        if site is None:
            return []
        # Every locale's home page is a translation of the site's root page.
        roots = Page.objects.filter(translation_key=site.root_page.translation_key)
        in_site = Q()
        for path in roots.values_list("path", flat=True):
            in_site |= Q(path__startswith=path)
        pages = Page.objects.live().public().filter(in_site).select_related("locale")
        entries = []
        for page in pages.order_by("path"):
            url = page.get_url(self.request)
            if url:
                # Same form as the canonical link in the page head.
                entries.append((page, self.request.build_absolute_uri(url)))
        return entries

    @cached_property
    def urls(self) -> dict[int, str]:
        return {page.pk: url for page, url in self.entries}

    @cached_property
    def translations(self) -> dict:
        """translation key → [(language code, URL)], in the order of settings.LANGUAGES."""
        order = {code: position for position, (code, _name) in enumerate(settings.LANGUAGES)}
        grouped = defaultdict(list)
        for page, url in self.entries:
            grouped[page.translation_key].append((page.locale.language_code, url))
        for versions in grouped.values():
            versions.sort(key=lambda version: order.get(version[0], len(order)))
        return grouped

    def location(self, page: Page) -> str:
        return self.urls[page.pk]

    def lastmod(self, page: Page):
        return page.last_published_at or page.first_published_at or page.latest_revision_created_at

    def alternates(self, page: Page) -> list[dict]:
        versions = self.translations[page.translation_key]
        alternates = [{"lang_code": code, "location": url} for code, url in versions]
        default = dict(versions).get(settings.LANGUAGE_CODE)
        if default:
            alternates.append({"lang_code": "x-default", "location": default})
        return alternates

    def get_urls(self, page=1, site=None, protocol=None) -> list[dict]:
        urls = [
            {
                "item": item,
                "location": self.location(item),
                "lastmod": self.lastmod(item),
                "changefreq": None,
                "priority": None,
                "alternates": self.alternates(item),
            }
            for item in self.paginator.page(page).object_list
        ]
        lastmods = [url["lastmod"] for url in urls if url["lastmod"]]
        # The sitemap view sends Last-Modified from this when every section has one.
        self.latest_lastmod = max(lastmods) if lastmods else None
        return urls


@require_GET
def sitemap(request: HttpRequest) -> HttpResponse:
    return sitemap_view(request, sitemaps={"pages": PageSitemap(request)})


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Crawlers may read every page but the admin and search results (endless near-duplicates;
    they also say noindex). Filtered listings are not blocked: they must be read to see their
    noindex."""
    search_paths = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            search_paths.append(reverse("search"))
    # An admin moved to a private address (ADMIN_PATH) is not advertised here.
    admin = getattr(settings, "ADMIN_PATH", "admin/")
    lines = [
        "User-agent: *",
        *([f"Disallow: /{admin}"] if admin == "admin/" else []),
        *(f"Disallow: {path}" for path in search_paths),
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
