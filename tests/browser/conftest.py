"""Browser fixtures: Debian's Chromium through Playwright, a live server, a recorded network."""

import os
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.conftest import ensure_site_tree

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    # Never download a browser: use Debian's, with everything that phones home switched off.
    return {
        **browser_type_launch_args,
        "executable_path": "/usr/bin/chromium",
        "args": [
            "--no-sandbox",
            "--headless",
            "--disable-gpu",
            "--disable-quic",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture
def site(transactional_db, live_server):
    """The live server with the site tree rebuilt (transactional tests flush the database)."""
    ensure_site_tree()
    return live_server


@pytest.fixture
def outside_requests(page):
    """Every request the page makes to a host other than the loopback interface."""
    seen: list[str] = []

    def record(request):
        host = urlparse(request.url).hostname or ""
        if request.url.startswith(("data:", "blob:")) or host in ("127.0.0.1", "localhost"):
            return
        seen.append(request.url)

    page.on("request", record)
    # Nothing may leave the machine even if a page tried: abort such requests after recording.
    page.route(
        "**/*",
        lambda route: (
            route.continue_()
            if (urlparse(route.request.url).hostname or "") in ("127.0.0.1", "localhost")
            else route.abort()
        ),
    )
    return seen


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A failing journey leaves a screenshot and the page's HTML in test-artifacts/."""
    outcome = yield
    report = outcome.get_result()
    page = item.funcargs.get("page") if hasattr(item, "funcargs") else None
    if report.when == "call" and report.failed and page is not None:
        ARTIFACTS.mkdir(exist_ok=True)
        stem = ARTIFACTS / item.name.replace("/", "_")
        try:
            page.screenshot(path=f"{stem}.png", full_page=True)
            Path(f"{stem}.html").write_text(page.content(), encoding="utf-8")
        except Exception as error:  # the page may be closed already; the report still stands
            Path(f"{stem}.txt").write_text(f"No screenshot: {error}", encoding="utf-8")
