"""The reverse proxy's configuration (deploy/nginx.conf.template through tools/proxy.py), run for
real: nginx on loopback in front of a tiny upstream that counts its requests, so each rule is seen
from the outside — what is cached, under which key, what always reaches Django, stale copies after
a change or a failure, and the forwarded client address and scheme. No timings are asserted."""

import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from django.conf import settings

import pytest

from tools.proxy import ProxyConfig

pytestmark = pytest.mark.skipif(not shutil.which("nginx"), reason="nginx is not installed")
PROXY_PORT, UPSTREAM_PORT = 8310, 8311
ADDRESS = f"http://127.0.0.1:{PROXY_PORT}"


class Upstream(BaseHTTPRequestHandler):
    """Answers like Django's page cache: X-Accel-Expires on what may be shared. The body says
    which request this was, so a cached answer is told from a fresh one."""

    state = {"count": 0, "version": "v1", "failing": False, "seen": {}, "attempts": Counter()}

    def do_GET(self):
        state = self.state
        state["count"] += 1
        state["seen"][self.path] = dict(self.headers)
        state["attempts"][self.path] += 1
        if self.path.startswith("/dies") and state["attempts"][self.path] == 1:
            # A worker killed mid-request: the connection closes before any answer.
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if state["failing"]:
            return self.answer(503, b"down")
        headers = {}
        if not self.path.startswith(("/private", "/sets-cookie")):
            headers["X-Accel-Expires"] = "1" if self.path.startswith("/short") else "60"
        if self.path.startswith("/sets-cookie"):
            headers["Set-Cookie"] = "csrftoken=abc; Path=/"
        body = f"{state['version']} #{state['count']} {self.path}".encode()
        self.answer(200, body, headers)

    do_POST = do_GET

    def answer(self, status: int, body: bytes, headers: dict | None = None):
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def proxy(tmp_path_factory):
    server = ThreadingHTTPServer(("127.0.0.1", UPSTREAM_PORT), Upstream)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    config = ProxyConfig(
        f"127.0.0.1:{PROXY_PORT}",
        f"127.0.0.1:{UPSTREAM_PORT}",
        tmp_path_factory.mktemp("nginx"),
        worker_processes="1",
    )
    config.write()
    nginx = subprocess.Popen(config.command("-g", "daemon off;"))
    try:
        wait_for_proxy()
        yield config
    finally:
        nginx.terminate()
        nginx.wait(timeout=20)
        server.shutdown()
        server.server_close()


@pytest.fixture(autouse=True)
def upstream_state():
    Upstream.state.update(version="v1", failing=False)


def wait_for_proxy():
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(ADDRESS + "/healthz", timeout=2).read()
            return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.1)
    pytest.fail("nginx did not start")


def get(path: str, method: str = "GET", **headers) -> tuple[str, str | None]:
    data = b"x=1" if method == "POST" else None
    request = urllib.request.Request(ADDRESS + path, data=data, method=method, headers=headers)
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.read().decode(), response.headers.get("X-Proxy-Cache")


def test_a_read_cut_off_by_a_dying_worker_is_sent_again_a_post_never(proxy):
    body, _ = get("/dies/read")
    assert body.endswith("/dies/read")
    assert Upstream.state["attempts"]["/dies/read"] == 2
    with pytest.raises(urllib.error.HTTPError) as error:
        get("/dies/post", method="POST")
    assert error.value.code == 502
    assert Upstream.state["attempts"]["/dies/post"] == 1  # a publish is never sent twice


def test_the_generated_configuration_passes_nginx_t(proxy):
    result = proxy.test()
    assert result.returncode == 0, result.stderr
    text = proxy.path.read_text()
    assert "@" not in "".join(line for line in text.splitlines() if not line.startswith("#"))
    assert f"$cookie_{settings.SESSION_COOKIE_NAME}" in text


def test_an_anonymous_page_is_served_from_the_proxy_the_second_time(proxy):
    first, status = get("/en/cached/")
    assert status == "MISS"
    assert get("/en/cached/") == (first, "HIT")


def test_the_key_is_the_address_and_the_consent_state(proxy):
    none, _ = get("/en/consent/")
    accepted, status = get("/en/consent/", Cookie="cookie_consent=accepted")
    assert status == "MISS" and accepted != none
    assert get("/en/consent/", Cookie="cookie_consent=accepted") == (accepted, "HIT")
    # Any other value is no choice, as base.page_cache.consent_state says; other cookies are not
    # part of the key.
    assert get("/en/consent/", Cookie="cookie_consent=bogus; _ga=1") == (none, "HIT")
    assert get("/en/consent/?page=2")[1] == "MISS"


@pytest.mark.parametrize("cookie", ["sessionid=abc", "messages=hello"])
def test_a_session_or_a_pending_message_always_reaches_django(proxy, cookie):
    get("/en/personal/")
    body, status = get("/en/personal/", Cookie=cookie)
    assert status == "BYPASS"
    assert get("/en/personal/", Cookie=cookie)[0] != body


@pytest.mark.parametrize("path", ["/private/", "/sets-cookie/"])
def test_what_django_does_not_mark_shareable_or_that_sets_a_cookie_is_never_stored(proxy, path):
    first, _ = get(path)
    second, status = get(path)
    assert second != first and status == "MISS"


def test_posts_the_admin_and_the_health_check_are_never_cached(proxy):
    assert get("/en/form/", method="POST")[0] != get("/en/form/", method="POST")[0]
    admin = "/" + settings.ADMIN_PATH + "pages/"
    assert get(admin)[0] != get(admin)[0]
    assert get("/healthz")[0] != get("/healthz")[0]


def test_the_client_address_is_appended_and_the_scheme_overwritten(proxy):
    get("/en/forwarded/", **{"X-Forwarded-For": "203.0.113.9", "X-Forwarded-Proto": "https"})
    seen = Upstream.state["seen"]["/en/forwarded/"]
    assert seen["X-Forwarded-For"] == "203.0.113.9, 127.0.0.1"
    assert seen["X-Forwarded-Proto"] == "http"
    assert seen["Host"] == f"127.0.0.1:{PROXY_PORT}"


def first_answer_after_expiry(path: str) -> tuple[str, str | None]:
    """nginx counts validity in whole seconds: ask until the copy is no longer fresh."""
    for _ in range(50):
        body, status = get(path)
        if status != "HIT":
            return body, status
        time.sleep(0.1)
    return body, status


def wait_for(path: str, expected: str, tries: int = 100) -> str:
    for _ in range(tries):
        body, _ = get(path)
        if body.startswith(expected):
            return body
        time.sleep(0.1)
    return body


def test_after_a_change_visitors_get_the_last_copy_while_the_new_one_is_fetched(proxy):
    original, _ = get("/short/news/")
    Upstream.state["version"] = "v2"  # an editor publishes
    body, status = first_answer_after_expiry("/short/news/")  # X-Accel-Expires: 1
    assert (body, status) == (original, "STALE")  # served at once; a background request updates
    assert wait_for("/short/news/", "v2").startswith("v2")


def test_when_django_fails_the_last_good_copy_is_served(proxy):
    good, _ = get("/short/outage/")
    Upstream.state["failing"] = True
    assert first_answer_after_expiry("/short/outage/") == (good, "STALE")
