"""The rendered-page cache for anonymous visitors: one entry per address and consent state, all
dropped at once when published content changes (base/purge.py decides when)."""

import hashlib
import os
import uuid
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.core import checks
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control

from security.consent import consent_state

from .per_request import once_per_request

GENERATION_KEY = "page-cache:generation"
STATUS_HEADER = "X-Page-Cache"
# How long the reverse proxy in front (deploy/nginx.conf.template) may serve a page without
# asking again; nginx reads this header and drops it. Only pages this cache would store carry it.
PROXY_EXPIRES_HEADER = "X-Accel-Expires"


# Work a view still owes for each answer replayed from the cache (the search view counts every
# search): name → function(note), registered by the app that stores such entries (store_view).
REPLAY_HOOKS: dict[str, Callable[[object], None]] = {}


def cache_backend():
    return caches[settings.PAGE_CACHE_ALIAS]


class Generation:
    """The token every cached page is stored with; a new token makes every stored page stale.

    A shared cache (Redis) keeps the token beside the pages. The local-memory cache lives in
    each worker process, so there the token is a small file that every worker on the host reads
    (one stat and read per request) and that a publish from any process (the admin, a cron job
    publishing scheduled pages) rewrites.
    """

    def __init__(self):
        self.path = None if self.shared else Path(settings.PAGE_CACHE_GENERATION_FILE)

    @property
    def shared(self) -> bool:
        return not isinstance(cache_backend(), LocMemCache)

    def current(self) -> str:
        if self.path is None:
            token = cache_backend().get(GENERATION_KEY)
            if token is None:  # first use, or evicted: any new token makes old entries stale
                cache_backend().add(GENERATION_KEY, uuid.uuid4().hex, None)
                token = cache_backend().get(GENERATION_KEY)
            return token
        try:
            return self.path.read_text()
        except FileNotFoundError:
            return self.bump()

    def bump(self) -> str:
        token = uuid.uuid4().hex
        if self.path is None:
            cache_backend().set(GENERATION_KEY, token, None)
            return token
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Written beside and renamed over, so no reader ever sees half a token.
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.{token}")
        temporary.write_text(token)
        os.replace(temporary, self.path)
        return token


def current_generation() -> str:
    """The token, read once per request: the page cache, the search cache and every fragment
    of the page key on the same read (one cache or file read, not one each), taken before
    rendering, so nothing rendered while content changes is kept under the newer token."""
    return once_per_request(("page-cache generation",), lambda: Generation().current())


@checks.register(checks.Tags.caches)
def check_generation_file(**kwargs) -> list[checks.CheckMessage]:
    """Publishing must be able to write the token, or it would fail (or pages go stale)."""
    if not settings.PAGE_CACHE_ENABLED or Generation().shared:
        return []
    folder = Path(settings.PAGE_CACHE_GENERATION_FILE).parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if folder.is_dir() and os.access(folder, os.W_OK):
        return []
    return [
        checks.Error(
            f"The page cache cannot write {settings.PAGE_CACHE_GENERATION_FILE}.",
            hint="Set PAGE_CACHE_GENERATION_FILE to a writable path, or use Redis (REDIS_URL).",
            id="base.E001",
        )
    ]


def page_key(request: HttpRequest) -> str:
    # The language is the address's prefix; scheme and host appear in canonical links.
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"page-cache:{consent_state(request)}:{digest}"


def excluded_prefixes() -> tuple[str, ...]:
    """The admin (previews included), documents (they may be private) and the consent form."""
    admin = "/" + getattr(settings, "ADMIN_PATH", "admin/")
    return (admin, *settings.PAGE_CACHE_EXCLUDED_PATHS)


def may_serve_from_cache(request: HttpRequest) -> bool:
    """Requests that may be answered from (and stored in) the cache, judged before the view."""
    if request.method != "GET":
        return False
    if request.path.startswith(excluded_prefixes()):
        return False
    # A session means a signed-in editor or a visitor who opened a private page: never shared.
    bypass = (settings.SESSION_COOKIE_NAME, *settings.PAGE_CACHE_BYPASS_COOKIES)
    return not any(name in request.COOKIES for name in bypass)


def may_store(request: HttpRequest, response: HttpResponse) -> bool:
    """Responses that are the same for every anonymous visitor with this consent state."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    cache_control = response.get("Cache-Control", "")
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    if getattr(request, "is_preview", False):
        return False
    match = getattr(request, "resolver_match", None)
    if match and match.url_name in settings.PAGE_CACHE_EXCLUDED_URL_NAMES:
        return False
    user = getattr(request, "user", None)
    return not (user and user.is_authenticated)


class PageCacheMiddleware:
    """Serves stored pages before sessions, languages and views run; stores what may be shared.

    Placed right after WhiteNoise, so a hit costs one cache read. The whole response is stored,
    headers included, so headers that depend on consent (a Content-Security-Policy that allows
    X's script) stay right for each consent state.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not settings.PAGE_CACHE_ENABLED or not may_serve_from_cache(request):
            return self.get_response(request)
        key = page_key(request)
        # Read before rendering: a page rendered while content changes is stored under the old
        # token and so is never served.
        generation = current_generation()
        entry = cache_backend().get(key)
        if entry and entry[0] == generation and self.can_replay(entry):
            return self.replay(entry)
        response = self.get_response(request)
        if may_store(request, response):
            if settings.PAGE_CACHE_CDN_MAX_AGE:
                patch_cache_control(
                    response, public=True, max_age=0, s_maxage=settings.PAGE_CACHE_CDN_MAX_AGE
                )
            if settings.PAGE_CACHE_PROXY_SECONDS:
                response[PROXY_EXPIRES_HEADER] = str(settings.PAGE_CACHE_PROXY_SECONDS)
            headers = list(response.items())
            entry = (generation, response.status_code, headers, response.content)
            cache_backend().set(key, entry, settings.PAGE_CACHE_SECONDS)
            response[STATUS_HEADER] = "miss"
        return response

    @staticmethod
    def owed(entry: tuple) -> tuple[str, object] | None:
        """(hook name, note) for an entry stored by store_view with work owed, else None."""
        return entry[4] if len(entry) > 4 else None

    def can_replay(self, entry: tuple) -> bool:
        """False for an entry whose owed work no hook does (then the view answers, and counts)."""
        owed = self.owed(entry)
        return not owed or owed[0] in REPLAY_HOOKS

    def replay(self, entry: tuple) -> HttpResponse:
        status, headers, content = entry[1:4]
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response[STATUS_HEADER] = "hit"
        if owed := self.owed(entry):
            hook, note = owed
            REPLAY_HOOKS[hook](note)
        return response


def store_view(
    request: HttpRequest,
    response: HttpResponse,
    generation: str,
    seconds: int,
    owed: tuple[str, object] | None = None,
) -> None:
    """Store the answer of a view the middleware does not store itself (its URL name is in
    PAGE_CACHE_EXCLUDED_URL_NAMES), so its address is then answered before the middleware stack.

    `owed` is (hook name, note): on each replay, REPLAY_HOOKS[hook name](note) runs. The reverse
    proxy is not told to keep it (no X-Accel-Expires), so every request still reaches the hook.
    """
    headers = list(response.items())
    entry = (generation, response.status_code, headers, response.content, owed)
    cache_backend().set(page_key(request), entry, seconds)
