"""Rendered fragments and looked-up values shared by many pages (menu, footer links, article
cards), cached under the page cache's generation token, so they are dropped together with the
pages whenever published content changes (base/purge.py) and never served stale.

Keys hold the token, the active language and the host, so a fragment is only ever reused where
it would render the same. FRAGMENT_CACHE_ENABLED turns it off (tests count queries).
"""

import hashlib
from collections.abc import Callable, Hashable
from typing import TypeVar

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http.request import split_domain_port
from django.utils import translation
from django.utils.functional import Promise

from wagtail.models import Site

from .page_cache import cache_backend, current_generation

T = TypeVar("T")
MISSING = object()


def fragment_key(name: str, parts: tuple[Hashable, ...], host: str = "") -> str:
    # A lazily translated label (a kind's verbose name) counts by its text, not its proxy's id.
    parts = tuple(str(part) if isinstance(part, Promise) else part for part in parts)
    digest = hashlib.sha256(repr((host, *parts)).encode()).hexdigest()[:32]
    return f"fragment:{current_generation()}:{translation.get_language()}:{name}:{digest}"


def cached(name: str, parts: tuple[Hashable, ...], compute: Callable[[], T], host: str = "") -> T:
    """`compute()`'s value, kept until content changes; values must pickle (no querysets)."""
    if not settings.FRAGMENT_CACHE_ENABLED:
        return compute()
    key = fragment_key(name, parts, host)
    value = cache_backend().get(key, MISSING)
    if value is MISSING:
        value = compute()
        cache_backend().set(key, value, settings.PAGE_CACHE_SECONDS)
    return value


def cached_many(
    name: str, keys: list[Hashable], compute: Callable[[list], dict], host: str = ""
) -> dict:
    """The value of each key, as `cached()` keeps them, in one cache read: `compute(missing)`
    gives the values of the keys not found (a dict; a key it leaves out is not kept)."""
    if not settings.FRAGMENT_CACHE_ENABLED:
        return compute(list(keys))
    cache_keys = {fragment_key(name, (key,), host): key for key in keys}
    values = {cache_keys[k]: v for k, v in cache_backend().get_many(list(cache_keys)).items()}
    missing = [key for key in keys if key not in values]
    if missing:
        computed = compute(missing)
        fresh = {
            fragment_key(name, (key,), host): computed[key] for key in missing if key in computed
        }
        cache_backend().set_many(fresh, settings.PAGE_CACHE_SECONDS)
        values.update(computed)
    return values


_wagtail_find_site = Site._find_for_request


def find_site_for_request(request):
    """Wagtail's site lookup (one query a request, before any page is routed), kept until content
    changes: adding or editing a site bumps the token (base/purge.py). Hosts that ALLOWED_HOSTS
    refuses are looked up every time, so arbitrary Host headers cannot fill the cache."""
    try:
        request.get_host()
    except DisallowedHost:
        return _wagtail_find_site(request)
    hostname = split_domain_port(request._get_raw_host())[0]
    parts = (hostname, request.get_port())
    return cached("site", parts, lambda: with_specific_root(_wagtail_find_site(request)))


def with_specific_root(site):
    """The site with its root page's specific instance loaded, so it is kept with the site: routing
    (`site.root_page.localized.specific`) then needs no query in the root page's language."""
    if site is not None:
        site.root_page.specific  # noqa: B018 (a cached property, stored on the page)
    return site


def share_site_lookup() -> None:
    """Make Wagtail's Site.find_for_request() use find_site_for_request(); from BaseConfig.ready()."""
    Site._find_for_request = staticmethod(find_site_for_request)
