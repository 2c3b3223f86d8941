"""`make faults`: the production configuration on loopback, broken on purpose, scenario by scenario.

Starts a private redis-server, gunicorn (production settings, three workers) and, with --proxy,
nginx in front of it as `make serve` does, on a small site: in SQLite in a temp folder, or with
--postgres URL in a database of its own on that PostgreSQL server (created, then dropped). Then
runs each scenario and prints one line for it: what was expected, what was observed, PASS or
FAIL. Exits non-zero on any failure. Bounded: every scenario has a fixed length
(FAULTS_LOAD_SECONDS for the load run, default 60), requests time out after 30 s, and only
127.0.0.1 is addressed.

The database outage is the SQLite file moved away, or for PostgreSQL a relay between gunicorn
and the server cut (the machine's server itself is never stopped). Redis is a private
redis-server because the scenarios stop it.

Run with `make faults` (SQLite), `make faults-postgres`, or `.venv/bin/python -m tools.faults -h`.
"""

import argparse
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import urlsplit

from tools.fault_harness import (
    HOST,
    AppServer,
    Client,
    PrivateRedis,
    Site,
    TcpRelay,
    free_port,
    postgres_database,
    wait_for_port,
)

WORKERS = 3
LOAD_SECONDS = float(os.environ.get("FAULTS_LOAD_SECONDS", 60))
LOAD_CONNECTIONS = int(os.environ.get("FAULTS_LOAD_CONNECTIONS", 32))
APP_PORT = int(os.environ.get("FAULTS_APP_PORT", 0)) or free_port(range(8200, 8300))
PROXY_PORT = 0  # set by --proxy
SEARCHES = ["water", "stabilisation", "partners", '"<script>', "NEAR(", "eau"]
results: list[tuple[str, bool]] = []


def report(name: str, expected: str, observed: str, ok: bool) -> None:
    results.append((name, ok))
    print(f"{name:<22} {'PASS' if ok else 'FAIL'}  expected: {expected}  |  observed: {observed}")
    sys.stdout.flush()


def front_port() -> int:
    return PROXY_PORT or APP_PORT


def front(address: str | None = None) -> Client:
    """A visitor's client, talking to whatever faces visitors (the proxy or gunicorn)."""
    return Client(front_port(), address=address, behind_proxy=bool(PROXY_PORT))


class Load:
    """Reader threads requesting pages and searches until stopped; counts every answer."""

    def __init__(self, paths: list[str], connections: int):
        self.paths, self.connections = paths, connections
        self.statuses: Counter = Counter()
        self.errors: Counter = Counter()
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.threads = [
            threading.Thread(target=self.read, args=(seed,), daemon=True)
            for seed in range(connections)
        ]

    def read(self, seed: int) -> None:
        chooser = random.Random(seed)
        client = front()
        while not self.stop.is_set():
            if chooser.random() < 0.25:
                path = f"/en/search/?q={chooser.choice(SEARCHES)}"
            else:
                path = chooser.choice(self.paths)
            try:
                status = client.get(path, timeout=30).status
            except OSError as error:
                with self.lock:
                    self.errors[type(error).__name__] += 1
                continue
            with self.lock:
                self.statuses[status] += 1

    def __enter__(self) -> "Load":
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=40)

    def server_errors(self, allowed: tuple[int, ...] = ()) -> int:
        return sum(
            n for status, n in self.statuses.items() if status >= 500 and status not in allowed
        )

    def summary(self) -> str:
        counts = ", ".join(f"{status}×{n}" for status, n in sorted(self.statuses.items()))
        errors = ", ".join(f"{name}×{n}" for name, n in self.errors.items())
        return counts + (f"; connection errors {errors}" if errors else "")


def health(client: Client) -> tuple[int, str]:
    response = client.get("/healthz")
    try:
        body = json.loads(response.body)
        return response.status, f"{body['database']}/{body['cache']}"
    except ValueError:
        return response.status, "?"


# --- Scenarios ----------------------------------------------------------------------------------


def redis_restart(redis: PrivateRedis, paths: list[str]) -> None:
    client = front()
    with Load(paths, 8) as load:
        time.sleep(3)
        redis.stop()
        time.sleep(1.5)
        during = health(client)
        time.sleep(1.5)
        redis.start()
        time.sleep(2.5)  # beyond the fail-open retry pause
        after = health(client)
    ok = load.server_errors() == 0 and during == (200, "ok/degraded") and after == (200, "ok/ok")
    report(
        "redis-restart",
        "no 5xx; /healthz 200 degraded while down, ok after",
        f"{load.summary()}; healthz during {during}, after {after}",
        ok,
    )


class SqliteFileRemoved:
    """The database file (and its WAL) moved away: SQLite must not create an empty one."""

    name = "database-file-removed"

    def __init__(self, site: Site):
        self.site = site
        self.hidden = site.work / "moved-away"
        self.moved: list[Path] = []

    def start(self) -> None:
        self.hidden.mkdir(exist_ok=True)
        path = self.site.sqlite_path
        files = [path.with_name(path.name + suffix) for suffix in ("", "-wal", "-shm")]
        self.moved = [file for file in files if file.exists()]
        for file in self.moved:
            file.rename(self.hidden / file.name)

    def harm(self) -> str:
        """What the outage must not have done to the database."""
        return "file recreated" if self.site.sqlite_path.exists() else ""

    def end(self) -> None:
        for file in self.moved:
            (self.hidden / file.name).rename(file)


class PostgresCut:
    """The app servers' connections to PostgreSQL cut and refused, as when the server is down."""

    name = "database-down"

    def __init__(self, relay: TcpRelay):
        self.relay = relay

    def start(self) -> None:
        self.relay.cut()

    def harm(self) -> str:
        return ""

    def end(self) -> None:
        self.relay.start()


def database_outage(outage: SqliteFileRemoved | PostgresCut, paths: list[str]) -> None:
    client = front()
    outage.start()
    # A search nobody made before is in no cache, so it meets the outage; pages already in a
    # cache may still be served from it (that is the cache failing open for visitors).
    page = client.get(f"/en/search/?q=outage{time.monotonic_ns()}")
    cached = client.get(paths[1]).status
    shown = "Back soon" in page.text and page.headers.get("Retry-After") == "30"
    during = (page.status, health(client)[0])
    harm = outage.harm()
    outage.end()
    after = (client.get(f"/en/search/?q=restored{time.monotonic_ns()}").status, health(client)[0])
    ok = during == (503, 503) and shown and not harm and after == (200, 200)
    report(
        outage.name,
        "a new search gets the 503 outage page, /healthz 503, database untouched; 200 once "
        "restored",
        f"new search {during[0]} (outage page: {shown}), cached page {cached}, "
        f"healthz {during[1]}, harm: {harm or 'none'}; restored: search {after[0]}, "
        f"healthz {after[1]}",
        ok,
    )


def worker_killed(server: AppServer, paths: list[str]) -> None:
    before = server.worker_pids()
    with Load(paths, 4) as load:
        time.sleep(1)
        os.kill(before[0], signal.SIGKILL)
        time.sleep(6)
    after = server.worker_pids()
    statuses = Counter(front().get(path).status for path in paths)
    ok = load.server_errors() == 0 and len(after) == len(before) and set(statuses) == {200}
    report(
        "worker-killed",
        f"no 5xx; {len(before)} workers again; every page 200 after",
        f"{load.summary()}; workers {len(before)} → {len(after)}; after: {dict(statuses)}",
        ok,
    )


def slow_clients(paths: list[str]) -> None:
    """Clients trickling their headers hold a sync worker each unless a proxy buffers them."""
    count = WORKERS + 2 if PROXY_PORT else WORKERS - 1
    sockets = []
    for _client in range(count):
        slow = socket.create_connection((HOST, front_port()), timeout=10)
        slow.sendall(b"GET /en/ HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        sockets.append(slow)
    started = time.monotonic()
    try:
        status = health(front())[0]
        page = front().get(paths[0]).status
    finally:
        for slow in sockets:
            slow.close()
    waited = time.monotonic() - started
    ok = status == 200 and page == 200 and waited < 10
    via = "the proxy" if PROXY_PORT else "gunicorn directly (fewer than its workers)"
    report(
        "slow-clients",
        f"{count} clients trickling headers through {via}; others served within 10 s",
        f"/healthz {status}, page {page} after {waited:.1f} s",
        ok,
    )


def login_burst(server: AppServer) -> None:
    editors = [front() for _editor in range(8)]
    threads = [threading.Thread(target=editor.sign_in) for editor in editors]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    signed_in = sum(editor.get("/admin/").status == 200 for editor in editors)
    sprayer = front(address="198.51.100.66")
    answers = Counter()
    for number in range(25):
        token = sprayer.csrf_token("/admin/login/")
        data = {
            "csrfmiddlewaretoken": token,
            "username": f"user{number}",
            "password": "Spring2026!",
        }
        answers[sprayer.post("/admin/login/", data).status] += 1
    locked = sprayer.sign_in().status
    neighbour = front(address="198.51.100.67").sign_in().status
    ok = signed_in == len(editors) and answers[429] >= 5 and locked == 429 and neighbour == 302
    report(
        "login-burst",
        "8 simultaneous sign-ins work; spraying locked (429) after 20; other addresses unaffected",
        f"{signed_in}/8 signed in; spraying {dict(answers)}; then the real account {locked}; "
        f"another address {neighbour}",
        ok,
    )


def row_counts() -> dict[str, int]:
    """Rows of what an editor writes: pages, their revisions, log entries, articles."""
    from django.db import connection

    tables = (
        "wagtailcore_page",
        "wagtailcore_revision",
        "wagtailcore_pagelogentry",
        "news_newspage",
    )
    with connection.cursor() as cursor:
        counts = {}
        for table in tables:
            cursor.execute(f"SELECT COUNT(*) FROM {table}")  # noqa: S608 (fixed names)
            counts[table] = cursor.fetchone()[0]
    return counts


def integrity() -> str:
    """SQLite's own check of the file; PostgreSQL checks its pages itself."""
    from django.db import connection

    if connection.vendor != "sqlite":
        return "n/a (PostgreSQL)"
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA integrity_check")
        return cursor.fetchone()[0]


def newest_title_shown(path: str, title: str, seconds: float = 15) -> bool:
    """The proxy serves its copy for a few seconds and then the last good one while it fetches
    the new one: the newest title must appear within that time."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if title in front().get(path).text:
            return True
        time.sleep(1)
    return False


def load_with_publishing(redis: PrivateRedis, paths: list[str], article: int) -> None:
    """32 connections for LOAD_SECONDS; an editor publishes through the admin every 10 s; Redis
    restarted half-way. Nothing may be lost: every publish answered, every revision stored."""
    from django.db import connection

    from wagtail.models import Page

    page = Page.objects.get(pk=article).specific
    before = row_counts()
    editor = front()
    signed_in = editor.sign_in().status
    saved, answers, title = 0, Counter(), page.title
    started = time.monotonic()
    restarted = False
    with Load(paths, LOAD_CONNECTIONS) as load:
        while time.monotonic() - started < LOAD_SECONDS:
            # The draft is saved as the editor's form would save it; the publish goes through
            # the admin of the running site, so its cache invalidation runs there.
            page.title = title = f"Coalition update {saved + 1}"
            page.save_revision()
            saved += 1
            connection.close()
            answers[editor.publish(article).status] += 1  # publishes the latest revision
            if not restarted and time.monotonic() - started >= LOAD_SECONDS / 2:
                redis.stop()
                time.sleep(2)
                redis.start()
                restarted = True
            time.sleep(max(0.0, min(10.0, LOAD_SECONDS - (time.monotonic() - started))))
    after = row_counts()
    shown = newest_title_shown(page.url, title)
    found = after["wagtailcore_revision"] - before["wagtailcore_revision"]
    published = Page.objects.get(pk=article).live_revision.content.get("title")
    kept = {table: after[table] == before[table] for table in ("wagtailcore_page", "news_newspage")}
    check = integrity()
    total = sum(load.statuses.values())
    ok = (
        load.server_errors() == 0
        and signed_in == 302
        and set(answers) == {302}
        and found == saved
        and published == title
        and all(kept.values())
        and check in ("ok", "n/a (PostgreSQL)")
        and shown
    )
    report(
        "load",
        f"{LOAD_CONNECTIONS} connections {LOAD_SECONDS:.0f} s, an editor publishing through the "
        "admin every 10 s, Redis restarted: 0 ≥ 500, every publish 302, revisions saved = "
        "found, the last one live and shown, page rows unchanged, integrity ok",
        f"{total} responses ({load.summary()}); publishes {dict(answers)}; revisions {saved} "
        f"saved, {found} found; live title is the last: {published == title}; page rows kept: "
        f"{all(kept.values())} {before['wagtailcore_page']}→{after['wagtailcore_page']}; "
        f"integrity {check}; last title shown: {shown}",
        ok,
    )


def parse_arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--postgres",
        metavar="URL",
        default="",
        help="a PostgreSQL server (e.g. postgres://postgres@127.0.0.1:5432/postgres): the run "
        "creates a database of its own there and drops it afterwards",
    )
    parser.add_argument(
        "--proxy", action="store_true", help="put nginx in front of gunicorn, as make serve does"
    )
    return parser.parse_args()


def start_proxy(work: Path) -> subprocess.Popen:
    """nginx with the configuration `make serve` writes, in front of gunicorn."""
    from tools.proxy import ProxyConfig

    global PROXY_PORT
    PROXY_PORT = free_port(range(8300, 8390))
    proxy = ProxyConfig(f"{HOST}:{PROXY_PORT}", f"{HOST}:{APP_PORT}", work / "nginx")
    proxy.write()
    checked = proxy.test()
    if checked.returncode:
        raise SystemExit(f"nginx refused its configuration:\n{checked.stderr}")
    process = subprocess.Popen(proxy.command("-g", "daemon off;"), start_new_session=True)
    wait_for_port(PROXY_PORT, 10)
    return process


def main() -> int:
    arguments = parse_arguments()
    work = Path(tempfile.mkdtemp(prefix="faults-"))
    redis = PrivateRedis(free_port(range(6391, 6400)))
    with ExitStack() as cleanup:
        database_url, relay = "", None
        if arguments.postgres:
            name = f"faults_{os.getpid()}"
            database_url = cleanup.enter_context(postgres_database(arguments.postgres, name))
            server = urlsplit(database_url)
            relay = TcpRelay(free_port(range(6500, 6600)), (server.hostname, server.port or 5432))
            relay.start()
            cleanup.callback(relay.cut)
        site = Site(
            work,
            redis_url=redis.url,
            database_url=database_url,
            # The sprayer's address comes from X-Forwarded-For, written by "the proxy" (us, on
            # 127.0.0.1, a trusted proxy address) and, with --proxy, by nginx after us.
            env_overrides={"TRUSTED_PROXY_COUNT": "2" if arguments.proxy else "1"},
        )
        where = f"PostgreSQL database {database_url}" if database_url else f"SQLite in {work}"
        print(f"Preparing the site: {where} (migrate, static files, content)…", flush=True)
        redis.start()
        cleanup.callback(redis.stop)
        article = site.prepare(articles=12)
        os.environ.update(site.env())
        import django

        django.setup()
        from django.db import connection

        from news.models import NewsPage

        paths = ["/en/", "/en/news/"] + [page.url for page in NewsPage.objects.live()[:8]]
        connection.close()  # this process holds no database file open while scenarios move it
        if relay:
            # The app servers reach PostgreSQL through the relay; this process directly.
            site.env_overrides["DATABASE_URL"] = relay.url(database_url)
        app = cleanup.enter_context(AppServer(site, APP_PORT, workers=WORKERS).running())
        if arguments.proxy:
            nginx = start_proxy(work)
            cleanup.callback(stop_process, nginx)
        via = f"nginx on {PROXY_PORT} → " if PROXY_PORT else ""
        print(f"{via}gunicorn on {HOST}:{APP_PORT}, Redis on {redis.port}; scenarios:", flush=True)
        front().get("/en/")  # warm up
        redis_restart(redis, paths)
        database_outage(PostgresCut(relay) if relay else SqliteFileRemoved(site), paths)
        worker_killed(app, paths)
        slow_clients(paths)
        login_burst(app)
        load_with_publishing(redis, paths, article)
    failed = [name for name, ok in results if not ok]
    print(
        f"{len(results) - len(failed)} of {len(results)} scenarios passed"
        + (f"; failed: {', '.join(failed)}" if failed else "")
    )
    return 1 if failed else 0


def stop_process(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGQUIT)  # nginx: finish the requests in flight, then stop
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


if __name__ == "__main__":
    sys.exit(main())
