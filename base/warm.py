"""Rendering the most-read pages again after a publish, in the background, into the shared page
cache, so the first visitor after a change does not wait for them (base/purge.py schedules it).

Runs as a task of Django's task framework: in production queued in the database and run by
`manage.py db_worker`; in development and tests at once. Warms every changed page in each
language first, then each language's home page and its menu (the news index among them), then
the changed pages' ancestors.
"""

import hashlib
import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.test import Client

from wagtail.models import Page, Site

from django_tasks import task

from .page_cache import Generation, cache_backend
from .views import CONSENT_COOKIE

logger = logging.getLogger(__name__)
# Visitors who have not chosen yet, and those who accepted: most readers are one or the other.
CONSENT_STATES = ("none", "accepted")
MAX_PATHS = 40  # a bound on one run's work, whatever a site-wide change touches


def schedule(page_ids: set[int]) -> None:
    """Queue a warm-up after a committed change, if the pages it fills are shared by every
    process (with a per-process cache it would only fill the worker's own)."""
    if settings.PAGE_WARM_ENABLED and settings.PAGE_CACHE_ENABLED:
        warm_pages.enqueue(page_ids=sorted(page_ids))


@task()
def warm_pages(page_ids: list[int]) -> dict[str, int]:
    """Render each path in each common consent state; returns each one's status code."""
    paths = paths_to_warm(page_ids)
    generation = Generation().current()
    if not claim(generation, paths):
        return {}  # an identical warm-up already ran for this version of the site
    # One client for the whole run: each new one loads the middleware again, and WhiteNoise's
    # scans every static file when it loads (about 0.3 s a page on the demo).
    client = visitor()
    rendered = {}
    for path in paths[:MAX_PATHS]:
        for state in CONSENT_STATES:
            if Generation().current() != generation:
                # Content changed again: the task queued by that change warms the new version.
                return rendered
            rendered[f"{state} {path}"] = render(path, state, client)
    return rendered


def claim(generation: str, paths: list[str]) -> bool:
    """True for the first run to warm these paths under this generation.

    Publishing in the admin commits more than once (the revision, then the page), and each commit
    queues a warm-up: the same paths, arriving back to back. The first renders; the others,
    finding the site unchanged since, have nothing to add. (Without a cache to record the claim,
    e.g. Redis down, nothing could be stored anyway.)
    """
    digest = hashlib.sha256("\n".join(paths).encode()).hexdigest()
    return cache_backend().add(f"page-warm:{generation}:{digest}", 1, 3600)


def paths_to_warm(page_ids: list[int]) -> list[str]:
    """The changed pages in each language first (a new statement is what readers open, often
    from a shared link, before anything else), then each language's home page and menu, then
    the changed pages' other ancestors."""
    changed: list[Page] = []
    for page in Page.objects.live().filter(pk__in=page_ids):
        changed += [page, *page.get_translations().live()]
    pages: list[Page] = list(changed)
    for site in Site.objects.select_related("root_page"):
        homes = [site.root_page, *site.root_page.get_translations().live()]
        for home in homes:
            pages += [home, *home.get_children().live().in_menu()]
    for page in changed:
        pages += page.get_ancestors().filter(depth__gt=1)
    paths = []
    for page in pages:
        url = page.get_url()
        path = urlsplit(url).path if url else None
        if path and path not in paths:
            paths.append(path)
    return paths


def base_url():
    return urlsplit(settings.PAGE_WARM_BASE_URL or settings.WAGTAILADMIN_BASE_URL)


def visitor() -> Client:
    """A test client addressing the site as visitors do (host, and scheme in `render`)."""
    return Client(HTTP_HOST=base_url().netloc, raise_request_exception=False)


def render(path: str, consent_state: str, client: Client | None = None) -> int:
    """Request the page as an anonymous visitor through the whole middleware stack, so the page
    cache stores it under the key a visitor's request will look up.

    Each request starts without cookies, as a new visitor's would, whichever client it reuses:
    a cookie an earlier page set must not change this page's cache key or bypass the cache.
    """
    base = base_url()
    client = client or visitor()
    client.cookies.clear()
    if consent_state != "none":
        client.cookies[CONSENT_COOKIE] = consent_state
    response = client.get(path, secure=base.scheme == "https")
    if response.status_code != 200:
        logger.warning("Warming %s answered %s", path, response.status_code)
    return response.status_code
