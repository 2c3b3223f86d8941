"""Production: everything secret or host-specific comes from the environment.

`manage.py check --deploy --fail-level WARNING` is clean with SECRET_KEY and ALLOWED_HOSTS set
(tests/test_security_settings.py runs it). The site runs behind a TLS-terminating proxy that
sets X-Forwarded-Proto.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def required_env(name: str) -> str:
    value = os.environ.get(name, "").strip()  # noqa: F405
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable for production.")
    return value


def env_flag(name: str, default: bool) -> bool:
    value = os.environ.get(name)  # noqa: F405
    return default if value is None else value.strip().lower() in ("1", "true", "yes", "on")


DEBUG = False
SECRET_KEY = required_env("SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in required_env("ALLOWED_HOSTS").split(",") if host.strip()]
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")  # noqa: F405

# --- HTTPS --------------------------------------------------------------------------------------
# The proxy terminates TLS and says so in X-Forwarded-Proto; it must overwrite any value the
# client sent, or a client could claim HTTPS.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_flag("SECURE_SSL_REDIRECT", True)
# The load balancer's health probe may speak plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# A year of HSTS, for subdomains too, and eligible for browsers' preload lists. Turn the last two
# off (HSTS_INCLUDE_SUBDOMAINS / HSTS_PRELOAD=false) if another service on a subdomain still
# needs plain HTTP; the matching deploy checks are then silenced on purpose.
SECURE_HSTS_SECONDS = int(os.environ.get("HSTS_SECONDS", 365 * 24 * 3600))  # noqa: F405
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_flag("HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_flag("HSTS_PRELOAD", True)
SILENCED_SYSTEM_CHECKS = [
    *([] if SECURE_HSTS_INCLUDE_SUBDOMAINS else ["security.W005"]),
    *([] if SECURE_HSTS_PRELOAD else ["security.W021"]),
]
# Browsers load every http: subresource over https: (media URLs from an old import, say).
CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] = True  # noqa: F405

# --- Static files -------------------------------------------------------------------------------
# Hashed names are cached for a year; never enable whitenoise's autorefresh here.
WHITENOISE_AUTOREFRESH = False

# --- Media --------------------------------------------------------------------------------------
# On one machine the app server serves uploads itself, with cache headers (base.media); behind a
# web server that does it, or with S3 storage, set SERVE_MEDIA=false.
SERVE_MEDIA = os.environ.get(  # noqa: F405
    "SERVE_MEDIA",
    str(STORAGES["default"]["BACKEND"].endswith("FileSystemStorage")),  # noqa: F405
).lower() in ("1", "true", "yes", "on")

# --- Background tasks ---------------------------------------------------------------------------
# Queued in the database and run by `manage.py db_worker` (make serve starts one), never in a web
# worker.
TASKS["default"]["BACKEND"] = os.environ.get(  # noqa: F405
    "TASKS_BACKEND", "django_tasks_db.DatabaseBackend"
)
