"""WSGI entry point for gunicorn."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.production")

application = get_wsgi_application()

# A missing SQLite file is an outage to report, never a new empty site to create.
from operations.sqlite3.base import serve_existing_database_only  # noqa: E402

serve_existing_database_only()
