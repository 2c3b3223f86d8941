"""`make faults`: the production configuration on loopback, broken on purpose, scenario by scenario.

Starts a private redis-server and gunicorn (production settings, three workers) on a small site
in SQLite in a temp folder, then runs each scenario and prints one line for it: what was
expected, what was observed, PASS or FAIL. Exits non-zero on any failure. Bounded: every
scenario has a fixed length (FAULTS_LOAD_SECONDS for the load run, default 60), requests time
out after 30 s, and only 127.0.0.1 is addressed. With FAULTS_PROXY_PORT set, requests go through
the reverse proxy listening there (which must forward to FAULTS_APP_PORT) instead of straight
to gunicorn.

Run with `make faults` or `.venv/bin/python -m tools.faults`.
"""

import json
import os
import random
import signal
import socket
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

from tools.fault_harness import HOST, AppServer, Client, PrivateRedis, Site, free_port

WORKERS = 3
LOAD_SECONDS = float(os.environ.get("FAULTS_LOAD_SECONDS", 60))
LOAD_CONNECTIONS = int(os.environ.get("FAULTS_LOAD_CONNECTIONS", 32))
APP_PORT = int(os.environ.get("FAULTS_APP_PORT", 0)) or free_port(range(8200, 8300))
PROXY_PORT = int(os.environ.get("FAULTS_PROXY_PORT", 0))
SEARCHES = ["water", "stabilisation", "partners", '"<script>', "NEAR(", "eau"]
results: list[tuple[str, bool]] = []


def report(name: str, expected: str, observed: str, ok: bool) -> None:
    results.append((name, ok))
    print(f"{name:<22} {'PASS' if ok else 'FAIL'}  expected: {expected}  |  observed: {observed}")
    sys.stdout.flush()


def front_port() -> int:
    return PROXY_PORT or APP_PORT


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
        client = Client(front_port())
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
    client = Client(front_port())
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


def database_file_removed(site: Site, paths: list[str]) -> None:
    client = Client(front_port())
    hidden = site.work / "moved-away"
    hidden.mkdir(exist_ok=True)
    files = [
        site.sqlite_path.with_name(site.sqlite_path.name + suffix)
        for suffix in ("", "-wal", "-shm")
    ]
    moved = [path for path in files if path.exists()]
    for path in moved:
        path.rename(hidden / path.name)
    # An address no cache holds must be rendered, and so meets the outage; pages already in the
    # page cache may still be served from it (that is the cache failing open for visitors).
    page = client.get(f"{paths[1]}?outage-check={time.monotonic_ns()}")
    cached = client.get(paths[1]).status
    outage = "Back soon" in page.text and page.headers.get("Retry-After") == "30"
    during = (page.status, health(client)[0], site.sqlite_path.exists())
    for path in moved:
        (hidden / path.name).rename(path)
    after = (client.get(paths[1]).status, health(client)[0])
    ok = during == (503, 503, False) and outage and after == (200, 200)
    report(
        "database-file-removed",
        "uncached page 503 outage page, /healthz 503, no file created; 200 once restored",
        f"uncached page {during[0]} (outage page: {outage}), cached page {cached}, "
        f"healthz {during[1]}, "
        f"file recreated: {during[2]}; restored: page {after[0]}, healthz {after[1]}",
        ok,
    )


def worker_killed(server: AppServer, paths: list[str]) -> None:
    before = server.worker_pids()
    with Load(paths, 4) as load:
        time.sleep(1)
        os.kill(before[0], signal.SIGKILL)
        time.sleep(6)
    after = server.worker_pids()
    statuses = Counter(Client(front_port()).get(path).status for path in paths)
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
        status = health(Client(front_port()))[0]
        page = Client(front_port()).get(paths[0]).status
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
    editors = [Client(front_port()) for _editor in range(8)]
    threads = [threading.Thread(target=editor.sign_in) for editor in editors]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    signed_in = sum(editor.get("/admin/").status == 200 for editor in editors)
    sprayer = Client(front_port(), address="198.51.100.66")
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
    neighbour = Client(front_port(), address="198.51.100.67").sign_in().status
    ok = signed_in == len(editors) and answers[429] >= 5 and locked == 429 and neighbour == 302
    report(
        "login-burst",
        "8 simultaneous sign-ins work; spraying locked (429) after 20; other addresses unaffected",
        f"{signed_in}/8 signed in; spraying {dict(answers)}; then the real account {locked}; "
        f"another address {neighbour}",
        ok,
    )


def load_with_publishing(site: Site, redis: PrivateRedis, paths: list[str], article: int) -> None:
    """32 connections for LOAD_SECONDS; a publish every 10 s; Redis restarted half-way."""
    from django.contrib.auth import get_user_model
    from django.db import connection

    from wagtail.models import Page, Revision

    editor = get_user_model().objects.get(username="faults-editor")
    page = Page.objects.get(pk=article).specific
    revisions_before = Revision.page_revisions.filter(object_id=str(article)).count()
    written = 0
    title = page.title
    started = time.monotonic()
    restarted = False
    with Load(paths, LOAD_CONNECTIONS) as load:
        while time.monotonic() - started < LOAD_SECONDS:
            page.title = title = f"Coalition update {written + 1}"
            page.save_revision(user=editor).publish(user=editor)
            written += 1
            if not restarted and time.monotonic() - started >= LOAD_SECONDS / 2:
                redis.stop()
                time.sleep(2)
                redis.start()
                restarted = True
            time.sleep(max(0.0, min(10.0, LOAD_SECONDS - (time.monotonic() - started))))
    found = Revision.page_revisions.filter(object_id=str(article)).count() - revisions_before
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA integrity_check")
        integrity = cursor.fetchone()[0]
    shown = title in Client(front_port()).get(page.url).text
    total = sum(load.statuses.values())
    ok = load.server_errors() == 0 and found == written and integrity == "ok" and shown
    report(
        "load",
        f"{LOAD_CONNECTIONS} connections {LOAD_SECONDS:.0f} s, publish every 10 s, Redis restarted: "
        "0 ≥ 500, revisions written = found, integrity ok, last title shown",
        f"{total} responses ({load.summary()}); revisions {written} written, {found} found; "
        f"integrity {integrity}; last title shown: {shown}",
        ok,
    )


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="faults-"))
    redis = PrivateRedis(free_port(range(6391, 6400)))
    site = Site(
        work,
        redis_url=redis.url,
        # The sprayer's address comes from X-Forwarded-For, written by "the proxy" (us, on
        # 127.0.0.1, a trusted proxy address).
        env_overrides={"TRUSTED_PROXY_COUNT": "1"},
    )
    print(f"Preparing the site in {work} (migrate, static files, content)…", flush=True)
    redis.start()
    article = site.prepare(articles=12)
    os.environ.update(site.env())
    import django

    django.setup()
    from django.db import connection

    from news.models import NewsPage

    paths = ["/en/", "/en/news/"] + [page.url for page in NewsPage.objects.live()[:8]]
    connection.close()  # this process holds no database file open while scenarios move it
    server = AppServer(site, APP_PORT, workers=WORKERS).start()
    print(f"gunicorn on {HOST}:{APP_PORT}, Redis on {redis.port}; scenarios:", flush=True)
    try:
        Client(front_port()).get("/en/")  # warm up
        redis_restart(redis, paths)
        database_file_removed(site, paths)
        worker_killed(server, paths)
        slow_clients(paths)
        login_burst(server)
        load_with_publishing(site, redis, paths, article)
    finally:
        server.stop()
        redis.stop()
    failed = [name for name, ok in results if not ok]
    print(
        f"{len(results) - len(failed)} of {len(results)} scenarios passed"
        + (f"; failed: {', '.join(failed)}" if failed else "")
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
