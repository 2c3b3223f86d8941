"""Settings shared by every environment; environment variables configure what differs."""

from pathlib import Path

from search.opensearch import search_backends

from .env import env

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

SECRET_KEY = env.str("SECRET_KEY", default="")
DEBUG = False
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])

# --- Applications -------------------------------------------------------------------------------
LOCAL_APPS = [
    "base",
    "home",
    "news",
    "members",
    "posts",
    "campaigns",
    "search",
    "localisation",
    "security",
    "accounts",
    "operations",
    "demo",  # the demo content: data files and `manage.py load_demo_content`
]
WAGTAIL_APPS = [
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales (listing both is a duplicate label)
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
]
# Django's task framework (backport): the cache warm-up after a publish runs as a task.
TASK_APPS = ["django_tasks", "django_tasks_db"]
DJANGO_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]
SECURITY_APPS = [
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]
INSTALLED_APPS = LOCAL_APPS + WAGTAIL_APPS + SECURITY_APPS + TASK_APPS + DJANGO_APPS

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before the page cache, so the cache's read of the generation token is the one the
    # fragments and the search cache use (base/page_cache.current_generation).
    "base.per_request.PerRequestMemoMiddleware",
    # Straight after static files and the memo, so a cached page is served before sessions
    # and views run.
    "base.page_cache.PageCacheMiddleware",
    "security.headers.SecurityHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # After the language is chosen: an empty-bodied 405 gets a page in the visitor's language.
    "operations.errors.ErrorPageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.two_factor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "operations.outage.DatabaseOutageMiddleware",
    # Last, as django-axes requires, so it sees the login views' responses first.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "website.urls"
WSGI_APPLICATION = "website.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "base.context_processors.site_chrome",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------------------------
# SQLite is the embedded default so a fresh machine needs no server. IMMEDIATE transactions, a
# busy timeout and WAL keep concurrent writers from failing with "database is locked".
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}
DATABASE_URL = env.str("DATABASE_URL", default="")
if DATABASE_URL:
    # Connections are kept a minute and checked before reuse: after a database restart a worker
    # opens a new one instead of failing its next request on the dead one.
    DATABASES = {
        "default": {
            **env.db_url_config(DATABASE_URL),
            "CONN_MAX_AGE": 60,
            "CONN_HEALTH_CHECKS": True,
        }
    }
else:
    DATABASES = {
        "default": {
            # Django's, except that a web server never creates a missing database file.
            "ENGINE": "operations.sqlite3",
            "NAME": env.str("SQLITE_PATH", default=str(BASE_DIR / "db.sqlite3")),
            "OPTIONS": SQLITE_OPTIONS,
        }
    }
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    DATABASES["default"].setdefault("OPTIONS", {}).update(SQLITE_OPTIONS)
# PostgreSQL's default random_page_cost (4) is for spinning disks: with it the planner reads the
# whole search index instead of using its GIN index for common words (220 ms instead of 10 ms
# at 20 000 articles). 1.1 is the usual value for SSDs. Parallel workers are off: a page's
# queries take milliseconds, and starting workers for them cost more than it saved (counting a
# common word's results: 16 ms with two workers, 10 ms without) and took CPU from the site's
# other requests. POSTGRES_OPTIONS="" sends nothing (for a pooler that refuses startup options;
# then set these on the server).
POSTGRES_OPTIONS = env.str(
    "POSTGRES_OPTIONS", default="-c random_page_cost=1.1 -c max_parallel_workers_per_gather=0"
)
if DATABASES["default"]["ENGINE"].endswith("postgresql") and POSTGRES_OPTIONS:
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = POSTGRES_OPTIONS
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache --------------------------------------------------------------------------------------
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    # Fails open: with Redis down, reads miss and writes are dropped, so pages render uncached
    # instead of failing; /healthz reports the cache as degraded (operations/cache.py).
    CACHES = {
        "default": {
            "BACKEND": "operations.cache.FailOpenRedisCache",
            "LOCATION": REDIS_URL,
            # A Redis that hangs costs each request at most this long, not the default forever.
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    # One per worker process; a cached page is ~50 KB, so this bounds each worker's share.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 1000},
        }
    }
# Sessions (editors only) live in the database alone: every worker and server reads the same
# row, so signing out, a password change or a two-factor reset ends a session everywhere at once.
# A per-process cache in front (cached_db on local memory) kept signed-out sessions alive on the
# other workers; Redis in front would tie editors' sessions to the cache's health. The cost is
# one indexed query per editor request; visitors have no session.
SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Rendered pages for anonymous visitors (base.page_cache), dropped on every content change
# (base.purge). The timeout is only a safety net: changes drop pages as they happen.
PAGE_CACHE_ENABLED = env.bool("PAGE_CACHE", default=True)
PAGE_CACHE_ALIAS = "default"
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=24 * 3600)
# With the per-process local-memory cache, every worker on the host reads the token that
# invalidates pages from this file (with Redis it lives in Redis).
PAGE_CACHE_GENERATION_FILE = Path(
    env.str("PAGE_CACHE_GENERATION_FILE", default=str(BASE_DIR / "var" / "page-cache-generation"))
)
# The admin is excluded wherever it lives (ADMIN_PATH); the health check must reach the database.
PAGE_CACHE_EXCLUDED_PATHS = ("/documents/", "/consent/", "/healthz")
PAGE_CACHE_EXCLUDED_URL_NAMES = {"search", "healthz"}  # search results are logged per query
# A session (SESSION_COOKIE_NAME) or a pending message means this visitor's pages are their own.
PAGE_CACHE_BYPASS_COOKIES = ("messages",)
# Fragments many pages share (menu, footer links, article cards) under the same token
# (base/fragments.py), so rendering a page the cache does not hold yet costs less.
FRAGMENT_CACHE_ENABLED = env.bool("FRAGMENT_CACHE", default=True)
# How long the reverse proxy serves a page before asking Django again (which answers from the page
# cache above unless content changed): a publish shows to anonymous visitors within this time.
PAGE_CACHE_PROXY_SECONDS = env.int("PAGE_CACHE_PROXY_SECONDS", default=5)
# After a publish, the most-read pages are rendered again in the background (base/warm.py) into
# the shared page cache, so no visitor waits for them. Only useful with a cache every process
# shares (Redis): on by default when there is one.
PAGE_WARM_ENABLED = env.bool("PAGE_WARM", default=bool(REDIS_URL))
# The address visitors use (scheme, host and port are part of the page cache's key).
PAGE_WARM_BASE_URL = env.str("PAGE_WARM_BASE_URL", default="")
# Tasks run at once in the process that enqueues them; production runs them in a worker
# (`manage.py db_worker`, started by `make serve`) from the database queue.
TASKS = {
    "default": {
        "BACKEND": env.str(
            "TASKS_BACKEND", default="django_tasks.backends.immediate.ImmediateBackend"
        )
    }
}
# How long a CDN may keep a page that a change touched only indirectly (docs/performance.md).
PAGE_CACHE_CDN_MAX_AGE = env.int("PAGE_CACHE_CDN_MAX_AGE", default=0)

# A CDN purged on publish (wagtail.contrib.frontend_cache): set one of these.
WAGTAILFRONTENDCACHE = {}
FRONTEND_CACHE_PURGE_URL = env.str("FRONTEND_CACHE_PURGE_URL", default="")
if FRONTEND_CACHE_PURGE_URL:  # Varnish, Fastly-style or any HTTP PURGE
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": FRONTEND_CACHE_PURGE_URL,
    }
CLOUDFLARE_ZONE_ID = env.str("CLOUDFLARE_ZONE_ID", default="")
if CLOUDFLARE_ZONE_ID:
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": CLOUDFLARE_ZONE_ID,
        "BEARER_TOKEN": env.str("CLOUDFLARE_API_TOKEN", default=""),
    }
CLOUDFRONT_DISTRIBUTION_ID = env.str("CLOUDFRONT_DISTRIBUTION_ID", default="")
if CLOUDFRONT_DISTRIBUTION_ID:
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": CLOUDFRONT_DISTRIBUTION_ID,
    }
if WAGTAILFRONTENDCACHE:
    PAGE_CACHE_CDN_MAX_AGE = PAGE_CACHE_CDN_MAX_AGE or 300

# --- Passwords ----------------------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages ----------------------------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("ar", "العربية"),
    ("fr", "Français"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [PROJECT_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- Static and media ---------------------------------------------------------------------------
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(BASE_DIR / "media")))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Hashed static files never change: browsers and CDNs keep them for ten years (whitenoise marks
# them immutable); files without a hash in their name are rechecked after a minute.
WHITENOISE_MAX_AGE = 60
# Media served by the site itself (production without S3): renditions get new names whenever
# they change, so they are kept for a year; original uploads for a day.
SERVE_MEDIA = False
# Several app servers share media through S3-compatible storage; django-storages is imported
# only when a bucket is configured. Credentials come from AWS_ACCESS_KEY_ID and
# AWS_SECRET_ACCESS_KEY, read by boto3 itself.
AWS_STORAGE_BUCKET_NAME = env.str("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": env.str("AWS_S3_ENDPOINT_URL", default="") or None,
            "region_name": env.str("AWS_S3_REGION_NAME", default="") or None,
            "custom_domain": env.str("AWS_S3_CUSTOM_DOMAIN", default="") or None,
            "file_overwrite": False,
            "querystring_auth": False,  # public media: stable addresses a CDN can cache
            "object_parameters": {"CacheControl": "public, max-age=31536000"},
        },
    }

# Complex page models exceed Django's default 1000 fields per form in the page editor.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# A form token that expired gets the site's 403 page in the visitor's language (operations.views).
CSRF_FAILURE_VIEW = "operations.views.csrf_failure"

# --- Wagtail ------------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Global Coalition"
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
# The site stems and normalises words itself (search/text.py) for SQLite and PostgreSQL alike;
# PostgreSQL's "simple" configuration then only lowercases, instead of stemming them again as
# English. After changing it: manage.py update_index.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends", "SEARCH_CONFIG": "simple"}}
# Search result pages are cached this long under the page cache's generation (0: off), and
# search counts reach the analytics log at most this many seconds late (docs/search.md).
SEARCH_CACHE_SECONDS = env.int("SEARCH_CACHE_SECONDS", default=3600)
SEARCH_COUNT_FLUSH_SECONDS = env.int("SEARCH_COUNT_FLUSH_SECONDS", default=30)
# Pages declare what is searchable (base.search_index); the search app's language rules turn the
# words into what the index stores, the same rules that read queries.
SEARCH_INDEX_NORMALISER = "search.text.index_text"
# Beyond one machine: OpenSearch, with SEARCH_URL (and SEARCH_BACKEND=opensearch2|opensearch3);
# install opensearch-py too (docs/search.md).
WAGTAILSEARCH_BACKENDS = (
    search_backends(
        {
            "SEARCH_URL": env.str("SEARCH_URL", default=""),
            "SEARCH_BACKEND": env.str("SEARCH_BACKEND", default="opensearch2"),
            "SEARCH_INDEX": env.str("SEARCH_INDEX", default="coalition"),
        }
    )
    or WAGTAILSEARCH_BACKENDS
)
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 60_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Internal admin in the editor's language; the admin offers the three site languages.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_ENABLE_UPDATE_CHECK = False  # no outbound request from the admin
WAGTAIL_MODERATION_ENABLED = True
# A page sent for translation starts as a draft in the other language. wagtail-localize's default
# publishes it at once when the original is live, i.e. English text under /ar/ until translators
# finish; here it goes live when a moderator publishes the translation.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Posts from X: the tweet block fills a snapshot from this oEmbed endpoint when an editor saves
# only a post's address (base/blocks/post_fetch.py); nothing is fetched when pages are viewed.
TWEET_OEMBED_ENDPOINT = env.str(
    "TWEET_OEMBED_ENDPOINT", default="https://publish.twitter.com/oembed"
)
TWEET_OEMBED_TIMEOUT = 5  # seconds, for the whole answer
TWEET_OEMBED_MAX_BYTES = 256 * 1024
# The post's image is downloaded only from X's image host.
TWEET_IMAGE_HOSTS = env.list("TWEET_IMAGE_HOSTS", default=["pbs.twimg.com"])

# wagtail-localize: machine translation only when a key is configured, so nothing reaches the
# network otherwise.
DEEPL_KEY = env.str("DEEPL_KEY", default="")
if DEEPL_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_KEY},
    }

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="WARNING")},
}

# --- Security -----------------------------------------------------------------------------------
# What each setting protects against, and where it is tested: docs/security.md.

# The admin's address; a less obvious path only keeps out noise, the login is what protects it.
ADMIN_PATH = env.str("ADMIN_PATH", default="admin/").strip("/") + "/"

# Sessions end when the browser closes and after eight hours at most.
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=8 * 3600)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# The admin reads its CSRF token from the page, never from the cookie, so scripts need not see it.
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"

# Video players need the page's origin (YouTube refuses to play without a referrer); nothing more
# than the origin leaves the site.
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True

# Content-Security-Policy for public pages (django-csp). No inline scripts anywhere, so no nonce
# is needed and a cached page's header stays valid for every visitor. security.headers adds X's
# widget host on pages holding a post once the visitor has accepted cookies, and gives the admin
# and documents their own policies.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        # Video facades insert the provider's player only when the visitor presses play.
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        # Nothing frames the site. Wagtail's previews, which the admin shows in a frame, are
        # allowed by security.headers where the view itself allows framing (SAMEORIGIN).
        "frame-ancestors": ["'none'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
    }
}
# Features no page uses are switched off; the video players may autoplay and go full screen.
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), browsing-topics=(), "
    'autoplay=(self "https://www.youtube-nocookie.com" "https://player.vimeo.com"), '
    'fullscreen=(self "https://www.youtube-nocookie.com" "https://player.vimeo.com"), '
    'picture-in-picture=(self "https://www.youtube-nocookie.com" "https://player.vimeo.com"), '
    'encrypted-media=(self "https://www.youtube-nocookie.com" "https://player.vimeo.com")'
)

# Login throttling (django-axes, accounts.throttling): five failures for one username from one
# address, twenty from one address whatever the usernames (password spraying), or thirty for one
# username from anywhere lock out for fifteen minutes. Locking by address at five would lock out
# a whole office behind one NAT address.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "accounts.throttling.AccountAndAddressHandler"
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_ADDRESS_FAILURE_LIMIT = env.int("AXES_ADDRESS_FAILURE_LIMIT", default=20)
AXES_ACCOUNT_FAILURE_LIMIT = env.int("AXES_ACCOUNT_FAILURE_LIMIT", default=30)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_HOURS", default=0.25)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address", "username"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "accounts.throttling.lockout_response"
AXES_CLIENT_IP_CALLABLE = "accounts.throttling.client_ip"
AXES_ENABLE_ADMIN = False  # there is no Django admin; lockouts are lifted in Wagtail's
# How many reverse proxies in front of the site append to X-Forwarded-For (0: none, trust only
# the connection's address), and the addresses they connect from: X-Forwarded-For from anyone
# else is ignored.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
TRUSTED_PROXY_ADDRESSES = env.list("TRUSTED_PROXY_ADDRESSES", default=["127.0.0.1", "::1"])

# Two-factor authentication in the admin (django-otp, TOTP): "administrators" (superusers and
# the Administrators group), "everyone" with admin access, or "nobody". Anyone who has set up a
# device is always asked for a code.
TWO_FACTOR_REQUIRED_FOR = env.str("TWO_FACTOR_REQUIRED_FOR", default="administrators")
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
# No avatars from Gravatar: the admin would send a hash of every editor's email address to a
# third party on each page.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Uploads: every image is decoded in full before it is accepted (security.uploads); documents
# are served by Django with Content-Disposition: attachment and a sandboxing policy.
WAGTAILIMAGES_IMAGE_FORM_BASE = "security.uploads.ValidatedImageForm"
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES: list[str] = []
