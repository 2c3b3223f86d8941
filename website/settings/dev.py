"""Development: the default for manage.py and `make run` on a fresh machine."""

from .base import *  # noqa: F403
from .env import env

DEBUG = True
# A fixed key is fine for a local development server; production refuses to start without one.
SECRET_KEY = SECRET_KEY or "dev-only-not-secret-4f9c1e7a"  # noqa: F405
# Outgoing mail goes to the console: nothing leaves the machine.
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# A local account needs no authenticator app unless asked for (production requires it for
# administrators).
TWO_FACTOR_REQUIRED_FOR = env.str("TWO_FACTOR_REQUIRED_FOR", default="nobody")
# The dev server serves static files from the apps' folders; no collectstatic needed.
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
