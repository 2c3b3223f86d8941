"""Django's SQLite backend, except that a web server never creates a missing database file.

SQLite creates an empty database when its file is missing. For `migrate` on a fresh machine
that is what we want; for a running site it turns a lost or moved file into an empty site, a
health check that says "ok", and a write-ahead log that no longer matches the file restored
later. Once `serve_existing_database_only()` has been called (website/wsgi.py does, so gunicorn
and runserver do), connections open the file with SQLite's `mode=rw`: a missing file is an
OperationalError, which the site answers with the outage page until the file is back.
"""

from pathlib import Path
from urllib.parse import quote

from django.db.backends.sqlite3 import base

_existing_only = False


def serve_existing_database_only(enabled: bool = True) -> None:
    global _existing_only  # noqa: PLW0603 - one switch for the whole process
    _existing_only = enabled


def is_file_database(name: str) -> bool:
    return bool(name) and name != ":memory:" and not name.startswith("file:")


class DatabaseWrapper(base.DatabaseWrapper):
    def get_new_connection(self, conn_params: dict):
        name = str(conn_params["database"])
        if _existing_only and is_file_database(name):
            path = quote(str(Path(name).resolve()))
            conn_params = {**conn_params, "database": f"file:{path}?mode=rw", "uri": True}
        return super().get_new_connection(conn_params)
