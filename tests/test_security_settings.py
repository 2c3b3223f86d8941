"""Production settings: the deploy checks pass, and a missing secret stops start-up by name."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_with_production_settings(args: list[str], **env: str) -> subprocess.CompletedProcess:
    environment = {
        key: value
        for key, value in os.environ.items()
        # Production has none of the test runner's variables (a browser test's async override).
        if key not in ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE")
    }
    environment.update(DJANGO_SETTINGS_MODULE="website.settings.production", **env)
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_deploy_checks_are_clean():
    result = run_with_production_settings(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="www.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_missing_variable_is_named(missing):
    env = {"SECRET_KEY": secrets.token_urlsafe(50), "ALLOWED_HOSTS": "www.example.org"}
    del env[missing]
    result = run_with_production_settings(["-c", "import django; django.setup()"], **env)
    assert result.returncode != 0
    assert f"Set the {missing} environment variable for production." in result.stderr


def test_production_hardening_values():
    result = run_with_production_settings(
        [
            "-c",
            "import django; django.setup(); from django.conf import settings as s; "
            "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, "
            "s.CSRF_COOKIE_HTTPONLY, s.SESSION_COOKIE_SAMESITE, s.SECURE_SSL_REDIRECT, "
            "s.SECURE_PROXY_SSL_HEADER, s.SECURE_HSTS_SECONDS >= 31536000, "
            "s.SESSION_EXPIRE_AT_BROWSER_CLOSE, s.SESSION_COOKIE_AGE <= 12 * 3600, s.DEBUG)",
        ],
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="www.example.org",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "True", "True", "True", "True", "Lax", "True",
        "('HTTP_X_FORWARDED_PROTO',", "'https')", "True", "True", "True", "False",
    ]  # fmt: skip


def test_django_admin_is_not_installed(settings):
    # Its login page would be a second way in, without throttling tuned or two factors.
    assert "django.contrib.admin" not in settings.INSTALLED_APPS


def test_https_redirect_spares_the_health_check(tmp_path):
    """Behind the proxy, plain-HTTP requests are redirected, except the load balancer's probe."""
    script = (
        "import django; django.setup(); from django.test import Client; "
        "c = Client(raise_request_exception=False); "
        "print(c.get('/en/', HTTP_HOST='www.example.org').status_code, "
        "c.get('/en/', HTTP_HOST='www.example.org', HTTP_X_FORWARDED_PROTO='https')"
        ".status_code != 301, "
        "c.get('/healthz', HTTP_HOST='www.example.org').status_code != 301)"
    )
    result = run_with_production_settings(
        ["-c", script],
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="www.example.org",
        SQLITE_PATH=str(tmp_path / "empty.sqlite3"),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["301", "True", "True"]
