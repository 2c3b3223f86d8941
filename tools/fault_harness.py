"""The production configuration on loopback, for fault runs and the two-server test.

A private redis-server, gunicorn with the production settings (as many instances as asked, on
their own ports, sharing one database and one Redis), a small site seeded into SQLite in a temp
folder or into a PostgreSQL database, and an HTTP client that keeps its own cookies (the
production cookies are Secure; requests say X-Forwarded-Proto: https as the proxy would).
Only 127.0.0.1 is ever addressed.
"""

import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"  # loopback only
GUNICORN = Path(sys.executable).parent / "gunicorn"
EDITOR = ("faults-editor", "faults-editor-passphrase-2026")

SEED = """
import datetime
from django.contrib.auth import get_user_model
from wagtail.models import Page
from home.models import HomePage
from news.models import NewsIndexPage, NewsPage

User = get_user_model()
if not User.objects.filter(username=%(user)r).exists():
    User.objects.create_superuser(%(user)r, "editor@example.org", %(password)r)
home = HomePage.objects.filter(locale__language_code="en").first()
index = NewsIndexPage.objects.child_of(home).first()
if index is None:
    index = home.add_child(instance=NewsIndexPage(title="News", slug="news"))
for number in range(%(articles)d - NewsPage.objects.count()):
    index.add_child(instance=NewsPage(
        title=f"Partners meet, number {number}", slug=f"partners-meet-{number}",
        date=datetime.date(2026, 1, 1) + datetime.timedelta(days=number),
        summary="Coalition partners met to discuss stabilisation and water supplies.",
        body=[("paragraph", "<p>Stabilisation, water and schools in liberated areas.</p>")],
    ))
print(NewsPage.objects.first().pk)
"""


def free_port(candidates: range) -> int:
    for port in candidates:
        with socket.socket() as probe:
            if probe.connect_ex((HOST, port)) != 0:
                return port
    raise RuntimeError(f"No free port in {candidates}")


def wait_for_port(port: int, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex((HOST, port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"Nothing listens on {HOST}:{port} after {seconds:.0f} s")


@contextmanager
def postgres_database(server_url: str, name: str) -> Iterator[str]:
    """A database of its own on the PostgreSQL server of server_url; yields its URL; drops it."""
    import psycopg

    parts = urlsplit(server_url)
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(admin_url, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class TcpRelay:
    """A loopback port that forwards to another: the app servers reach the database through it,
    so cut() can take the database away from them (every connection closed, new ones refused)
    while the server itself, and this process's own connection to it, stay up."""

    def __init__(self, port: int, target: tuple[str, int]):
        self.port, self.target = port, target
        self.listener: socket.socket | None = None
        self.open: set[socket.socket] = set()
        self.lock = threading.Lock()

    def start(self) -> "TcpRelay":
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind((HOST, self.port))
        self.listener.listen(64)
        threading.Thread(target=self.accept, args=(self.listener,), daemon=True).start()
        return self

    def accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return  # cut
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self.lock:
                self.open.update((client, upstream))
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self.pump, args=(source, sink), daemon=True).start()

    def pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                self.close(end)

    def close(self, end: socket.socket) -> None:
        with self.lock:
            self.open.discard(end)
        with suppress(OSError):
            end.shutdown(socket.SHUT_RDWR)
        end.close()

    def cut(self) -> None:
        if self.listener is not None:
            # shutdown() wakes the thread blocked in accept(); close() alone would not.
            with suppress(OSError):
                self.listener.shutdown(socket.SHUT_RDWR)
            self.listener.close()
            self.listener = None
        with self.lock:
            ends = list(self.open)
        for end in ends:
            self.close(end)

    def url(self, database_url: str) -> str:
        """database_url, pointed at this relay instead of the server."""
        parts = urlsplit(database_url)
        netloc = parts.netloc.rsplit("@", 1)
        address = f"{HOST}:{self.port}"
        return urlunsplit(
            parts._replace(netloc=f"{netloc[0]}@{address}" if len(netloc) == 2 else address)
        )


class PrivateRedis:
    """A throwaway redis-server on a private loopback port (never the machine's shared one)."""

    def __init__(self, port: int):
        self.port = port
        self.url = f"redis://{HOST}:{port}/0"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        command = [shutil.which("redis-server") or "redis-server", "--port", str(self.port)]
        command += ["--bind", HOST, "--save", "", "--appendonly", "no"]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        wait_for_port(self.port, 10)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None

    def flush(self) -> None:
        with socket.create_connection((HOST, self.port), timeout=5) as connection:
            connection.sendall(b"FLUSHALL\r\n")
            connection.recv(64)


@dataclass
class Site:
    """One shared database (SQLite file or PostgreSQL URL), media folder and Redis."""

    work: Path
    redis_url: str
    database_url: str = ""
    env_overrides: dict = field(default_factory=dict)

    @property
    def sqlite_path(self) -> Path:
        return self.work / "db.sqlite3"

    def env(self) -> dict:
        env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
        env.update(
            DJANGO_SETTINGS_MODULE="website.settings.production",
            SECRET_KEY="faults-only-" + "k" * 50,
            ALLOWED_HOSTS=HOST,
            SECURE_SSL_REDIRECT="false",
            REDIS_URL=self.redis_url,
            MEDIA_ROOT=str(self.work / "media"),
            TWO_FACTOR_REQUIRED_FOR="nobody",
            LOG_LEVEL="WARNING",
            PYTHONUNBUFFERED="1",
        )
        if self.database_url:
            env["DATABASE_URL"] = self.database_url
        else:
            env["SQLITE_PATH"] = str(self.sqlite_path)
        env.update(self.env_overrides)
        return env

    def manage(self, *args: str, timeout: float = 600) -> str:
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if result.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)}:\n{result.stdout}\n{result.stderr}")
        return result.stdout

    def prepare(self, articles: int = 12) -> int:
        """Migrates, collects static files and seeds a small site; returns an article's id."""
        self.work.mkdir(parents=True, exist_ok=True)
        self.manage("migrate", "--no-input", "-v0")
        self.manage("collectstatic", "--no-input", "-v0")
        code = SEED % {"user": EDITOR[0], "password": EDITOR[1], "articles": articles}
        return int(self.manage("shell", "-c", code).split()[-1])


class AppServer:
    """gunicorn with the production settings on one loopback port."""

    def __init__(self, site: Site, port: int, workers: int = 2, log: Path | None = None):
        self.site, self.port, self.workers = site, port, workers
        self.log_path = log or site.work / f"gunicorn-{port}.log"
        self.process: subprocess.Popen | None = None

    def start(self) -> "AppServer":
        env = self.site.env()
        env.update(
            GUNICORN_BIND=f"{HOST}:{self.port}",
            WEB_CONCURRENCY=str(self.workers),
            GUNICORN_TIMEOUT="20",
        )
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [str(GUNICORN), "-c", "website/gunicorn.conf.py"],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        wait_for_port(self.port, 60)
        return self

    @contextmanager
    def running(self) -> Iterator["AppServer"]:
        self.start()
        try:
            yield self
        finally:
            self.stop()

    def worker_pids(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()] if children.exists() else []

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None

    def client(self) -> "Client":
        return Client(self.port)


@dataclass
class Response:
    status: int
    headers: dict
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


class Client:
    """A browser-like HTTP client for one server; its cookies can move to another server."""

    def __init__(
        self,
        port: int,
        cookies: dict | None = None,
        address: str | None = None,
        behind_proxy: bool = False,
    ):
        self.port = port
        self.cookies: dict[str, str] = dict(cookies or {})
        self.address = address  # an X-Forwarded-For entry, as the proxy would add
        # Straight to gunicorn, the client says X-Forwarded-Proto: https as the proxy would; to
        # the proxy itself it speaks plain HTTP and the proxy says so.
        self.scheme = "http" if behind_proxy else "https"

    def request(self, method: str, path: str, data: dict | None = None, timeout: float = 20):
        headers = {"Host": f"{HOST}:{self.port}"}
        if self.scheme == "https":
            headers["X-Forwarded-Proto"] = "https"
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if data is not None:
            body = urlencode(data, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"{self.scheme}://{HOST}:{self.port}"
            headers["Referer"] = f"{self.scheme}://{HOST}:{self.port}{path}"
        if self.address:
            headers["X-Forwarded-For"] = self.address
        connection = http.client.HTTPConnection(HOST, self.port, timeout=timeout)
        try:
            connection.request(method, path, body=body, headers=headers)
            raw = connection.getresponse()
            response = Response(raw.status, dict(raw.getheaders()), raw.read())
            for header, value in raw.getheaders():
                if header.lower() == "set-cookie":
                    self.remember(value)
        finally:
            connection.close()
        return response

    def remember(self, header: str) -> None:
        for name, morsel in SimpleCookie(header).items():
            if morsel.value and morsel["max-age"] != "0":
                self.cookies[name] = morsel.value
            else:
                self.cookies.pop(name, None)

    def get(self, path: str, timeout: float = 20) -> Response:
        return self.request("GET", path, timeout=timeout)

    def post(self, path: str, data: dict, timeout: float = 20) -> Response:
        return self.request("POST", path, data, timeout=timeout)

    def csrf_token(self, path: str) -> str:
        page = self.get(path)
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text) or re.search(
            r'"CSRF_TOKEN": "([^"]+)"', page.text
        )
        if not found:
            raise RuntimeError(f"No form token on {path} ({page.status})")
        return found.group(1)

    def sign_in(self, username: str = EDITOR[0], password: str = EDITOR[1]) -> Response:
        token = self.csrf_token("/admin/login/")
        data = {"csrfmiddlewaretoken": token, "username": username, "password": password}
        return self.post("/admin/login/", data)

    def sign_out(self) -> Response:
        return self.post(
            "/admin/logout/", {"csrfmiddlewaretoken": self.csrf_token("/admin/account/")}
        )

    def publish(self, page_id: int) -> Response:
        """Publishes the page's latest revision through the admin (its bulk publish action)."""
        path = f"/admin/bulk/wagtailcore/page/publish/?id={page_id}"
        return self.post(path, {"csrfmiddlewaretoken": self.csrf_token(path)})
