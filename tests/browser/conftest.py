"""Browser fixtures: Debian's Chromium through Playwright, the demo site or a live server, a
fenced network, and what a failing journey leaves behind."""

import os
import shutil
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.conftest import ensure_site_tree

from .server import DemoServer, demo_template

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
LOOPBACK = ("127.0.0.1", "localhost")
# The widths the journeys run at: a laptop and a phone (390 CSS px, as an iPhone 12 to 15).
SCREENS = {
    "desktop": {"viewport": {"width": 1280, "height": 800}},
    "mobile": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True},
}


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
def screen(request) -> str:
    """ "desktop" unless a test parametrizes it (indirectly) with "mobile"."""
    return getattr(request, "param", "desktop")


@pytest.fixture
def context(new_context, screen):
    return new_context(**SCREENS[screen])


@pytest.fixture(scope="session")
def demo_files():
    return demo_template()


@pytest.fixture(scope="session")
def demo(demo_files, tmp_path_factory):
    """The trilingual demo site, shared by the journeys that only read it."""
    server = DemoServer(demo_files, tmp_path_factory.mktemp("demo"))
    yield server
    server.stop()


@pytest.fixture
def fresh_demo(demo_files, tmp_path):
    """A demo site of this test's own, for journeys that change content."""
    server = DemoServer(demo_files, tmp_path / "demo")
    yield server
    server.stop()


@pytest.fixture
def site(transactional_db, live_server):
    """The live server with the site tree rebuilt (transactional tests flush the database)."""
    ensure_site_tree()
    return live_server


@pytest.fixture(autouse=True)
def outside_requests(context):
    """Every request a page made to a host other than the loopback interface.

    Nothing may leave the machine even if a page tried: such requests are aborted after being
    recorded, so a test can still tell that (and when) one was attempted.
    """
    seen: list[str] = []

    def is_local(url: str) -> bool:
        return url.startswith(("data:", "blob:")) or (urlparse(url).hostname or "") in LOOPBACK

    context.on(
        "request", lambda request: None if is_local(request.url) else seen.append(request.url)
    )
    context.route(
        "**/*",
        lambda route: route.continue_() if is_local(route.request.url) else route.abort(),
    )
    return seen


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A failing journey leaves a screenshot, the page's HTML and the server's log in
    test-artifacts/."""
    outcome = yield
    report = outcome.get_result()
    if report.when != "call" or not report.failed or not hasattr(item, "funcargs"):
        return
    ARTIFACTS.mkdir(exist_ok=True)
    stem = ARTIFACTS / item.name.replace("/", "_")
    page = item.funcargs.get("page")
    if page is not None:
        try:
            page.screenshot(path=f"{stem}.png", full_page=True)
            Path(f"{stem}.html").write_text(page.content(), encoding="utf-8")
        except Exception as error:  # the page may be closed already; the report still stands
            Path(f"{stem}.txt").write_text(f"No screenshot: {error}", encoding="utf-8")
    for value in item.funcargs.values():
        if isinstance(value, DemoServer) and value.log.exists():
            shutil.copy(value.log, f"{stem}.server.log")
