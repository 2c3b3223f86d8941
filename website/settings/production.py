"""Production: everything secret or host-specific comes from the environment.

`manage.py check --deploy --fail-level WARNING` is clean with SECRET_KEY and ALLOWED_HOSTS set
(tests/test_security_settings.py runs it). The site runs behind a TLS-terminating proxy that
sets X-Forwarded-Proto.
"""

from .base import *  # noqa: F403
from .env import env

DEBUG = False
SECRET_KEY = env.required("SECRET_KEY")
ALLOWED_HOSTS = env.required("ALLOWED_HOSTS", cast=list)
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# --- HTTPS --------------------------------------------------------------------------------------
# The proxy terminates TLS and says so in X-Forwarded-Proto; it must overwrite any value the
# client sent, or a client could claim HTTPS.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
# The load balancer's health probe may speak plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# A year of HSTS, for subdomains too, and eligible for browsers' preload lists. Turn the last two
# off (HSTS_INCLUDE_SUBDOMAINS / HSTS_PRELOAD=false) if another service on a subdomain still
# needs plain HTTP; the matching deploy checks are then silenced on purpose.
SECURE_HSTS_SECONDS = env.int("HSTS_SECONDS", default=365 * 24 * 3600)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("HSTS_PRELOAD", default=True)
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
SERVE_MEDIA = env.bool(
    "SERVE_MEDIA",
    default=STORAGES["default"]["BACKEND"].endswith("FileSystemStorage"),  # noqa: F405
)

# --- Background tasks ---------------------------------------------------------------------------
# Queued in the database and run by `manage.py db_worker` (make serve starts one), never in a web
# worker.
TASKS["default"]["BACKEND"] = env.str(  # noqa: F405
    "TASKS_BACKEND", default="django_tasks_db.DatabaseBackend"
)
