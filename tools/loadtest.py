"""`make loadtest`: reads on every page type and search while articles are published and
unpublished, against the production configuration on loopback. Fails on any 5xx or lost revision.

Starts gunicorn with the production settings on 127.0.0.1 against a throwaway SQLite database
loaded with the demo content; reader threads request every page type, search, the 404 page and
/healthz while a writer publishes and unpublishes articles through the ORM (as an editor's
publish does). Bounded: LOADTEST_SECONDS (default 60) and LOADTEST_MAX_REQUESTS (default 50 000),
requests time out after 15 s, and only 127.0.0.1 is ever addressed.

Run with `make loadtest` or `.venv/bin/python -m tools.loadtest`.
"""

import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
HOST = "127.0.0.1"  # loopback only: this harness never addresses anything else
PORT = int(os.environ.get("LOADTEST_PORT", 8799))
SECONDS = float(os.environ.get("LOADTEST_SECONDS", 60))
MAX_REQUESTS = int(os.environ.get("LOADTEST_MAX_REQUESTS", 50_000))
READERS = int(os.environ.get("LOADTEST_READERS", 8))
WORKERS = os.environ.get("LOADTEST_WORKERS", "3")
PAGE_CACHE = os.environ.get("LOADTEST_PAGE_CACHE", "on")
SEARCHES = [("en", "stabilisation"), ("ar", "الاستقرار"), ("fr", "eau"), ("en", '"<script>')]


def log(message: str) -> None:
    print(f"[loadtest {time.strftime('%H:%M:%S')}] {message}", flush=True)


def environment(work: Path) -> dict:
    env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="website.settings.production",
        SECRET_KEY="loadtest-only-" + "k" * 50,
        ALLOWED_HOSTS=HOST,
        SECURE_SSL_REDIRECT="false",
        SQLITE_PATH=str(work / "db.sqlite3"),
        MEDIA_ROOT=str(work / "media"),
        PAGE_CACHE=PAGE_CACHE,
        PAGE_CACHE_GENERATION_FILE=str(work / "page-cache-generation"),
        WEB_CONCURRENCY=WORKERS,
        GUNICORN_BIND=f"{HOST}:{PORT}",
        LOG_LEVEL="ERROR",
    )
    return env


def manage(env: dict, *args: str) -> None:
    result = subprocess.run(
        [str(BIN / "python"), "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if result.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")


class Server:
    """gunicorn on loopback for the length of the run."""

    def __init__(self, env: dict, log_path: Path):
        self.env = env
        self.log_path = log_path

    def __enter__(self):
        # The server's own log (404 warnings, tracebacks) goes to a file, shown on failure.
        self.log = self.log_path.open("w")
        self.process = subprocess.Popen(
            [str(BIN / "gunicorn"), "-c", "website/gunicorn.conf.py"],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://{HOST}:{PORT}/healthz", timeout=5).read()
                return self
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.5)
        self.__exit__()
        sys.exit("gunicorn did not answer within 60 s")

    def __exit__(self, *exc) -> None:
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


def setup_django(env: dict) -> None:
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def targets() -> tuple[dict[str, list[str]], list]:
    """URLs by page type, and the articles the writer will toggle."""
    from campaigns.models import CampaignIndexPage, CampaignPage
    from home.models import HomePage, StandardPage
    from news.models import NewsIndexPage, NewsPage, ReadoutPage, VideoFeaturePage

    urls: dict[str, list[str]] = {}
    for label, model in [
        ("home", HomePage),
        ("news index", NewsIndexPage),
        ("news", NewsPage),
        ("readout", ReadoutPage),
        ("video feature", VideoFeaturePage),
        ("campaign index", CampaignIndexPage),
        ("campaign", CampaignPage),
        ("standard", StandardPage),
    ]:
        urls[label] = [page.url for page in model.objects.live()[:6]]
    urls["search"] = [f"/{lang}/search/?q={quote(text)}" for lang, text in SEARCHES]
    urls["not found"] = ["/en/no-such-page/", "/fr/introuvable/"]
    urls["healthz"] = ["/healthz"]
    toggled = list(NewsPage.objects.live().filter(locale__language_code="en")[:4])
    return urls, toggled


class Results:
    def __init__(self):
        self.lock = threading.Lock()
        self.statuses: Counter = Counter()
        self.by_type: dict[str, Counter] = {}
        self.latencies: list[float] = []
        self.failures: list[str] = []

    def record(self, kind: str, url: str, status: int, seconds: float) -> None:
        with self.lock:
            self.statuses[status] += 1
            self.by_type.setdefault(kind, Counter())[status] += 1
            self.latencies.append(seconds)
            if status >= 500 or status == 0:
                self.failures.append(f"{status} {url}")

    @property
    def count(self) -> int:
        return sum(self.statuses.values())


def fetch(url: str) -> int:
    request = urllib.request.Request(f"http://{HOST}:{PORT}{url}")
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        error.read()
        return error.code
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0  # no answer at all counts as a failure


def reader(urls: dict[str, list[str]], results: Results, stop: threading.Event, seed: int) -> None:
    chooser = random.Random(seed)
    kinds = [kind for kind, found in urls.items() if found]
    while not stop.is_set() and results.count < MAX_REQUESTS:
        kind = chooser.choice(kinds)
        url = chooser.choice(urls[kind])
        started = time.monotonic()
        status = fetch(url)
        results.record(kind, url, status, time.monotonic() - started)


def writer(articles: list, stop: threading.Event, done: Counter) -> None:
    """Publishes a new revision of an article, unpublishes it, publishes again, in turn."""
    from django.db import close_old_connections

    step = 0
    while not stop.is_set() and articles:
        page = articles[step % len(articles)]
        page.refresh_from_db()
        page.summary = f"Updated during the load test, step {step}."
        page.save_revision().publish()
        done["revisions"] += 1
        done["publishes"] += 1
        if step % 2 == 0:
            page.refresh_from_db()
            page.unpublish()
            done["unpublishes"] += 1
            page.refresh_from_db()
            page.get_latest_revision().publish()
            done["publishes"] += 1
        step += 1
        close_old_connections()
        stop.wait(0.2)


def report(results: Results, done: Counter, elapsed: float, lost: int) -> str:
    latencies = sorted(results.latencies) or [0.0]
    p95 = latencies[int(len(latencies) * 0.95) - 1] if len(latencies) > 1 else latencies[0]
    lines = [
        f"requests {results.count} in {elapsed:.0f} s ({results.count / elapsed:.0f}/s), "
        f"{READERS} concurrent readers, {WORKERS} gunicorn workers, page cache {PAGE_CACHE}",
        f"latency median {statistics.median(latencies) * 1000:.0f} ms, "
        f"p95 {p95 * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms",
        "statuses " + ", ".join(f"{code}: {n}" for code, n in sorted(results.statuses.items())),
        f"writer: {done['publishes']} publishes, {done['unpublishes']} unpublishes, "
        f"{done['revisions']} revisions; lost revisions {lost}",
        "5xx or no answer: " + str(len(results.failures)),
    ]
    for kind, statuses in sorted(results.by_type.items()):
        lines.append(f"  {kind:15} " + ", ".join(f"{c}: {n}" for c, n in sorted(statuses.items())))
    return "\n".join(lines)


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="loadtest-"))
    env = environment(work)
    try:
        log("migrating a throwaway SQLite database and loading the demo content")
        manage(env, "migrate", "--no-input")
        manage(env, "load_demo_content")
        manage(env, "collectstatic", "--no-input", "-v0")
        setup_django(env)
        from wagtail.models import Revision

        urls, articles = targets()
        revisions_before = Revision.objects.count()
        results, done, stop = Results(), Counter(), threading.Event()
        server_log = work / "server.log"
        with Server(env, server_log):
            log(f"running for {SECONDS:.0f} s against http://{HOST}:{PORT}/")
            threads = [
                threading.Thread(target=reader, args=(urls, results, stop, seed), daemon=True)
                for seed in range(READERS)
            ]
            threads.append(
                threading.Thread(target=writer, args=(articles, stop, done), daemon=True)
            )
            started = time.monotonic()
            for thread in threads:
                thread.start()
            stop.wait(SECONDS)
            stop.set()
            for thread in threads:
                thread.join(timeout=30)
            elapsed = time.monotonic() - started
        lost = revisions_before + done["revisions"] - Revision.objects.count()
        summary = report(results, done, elapsed, lost)
        print(summary)
        (ROOT / "var").mkdir(exist_ok=True)
        (ROOT / "var" / "loadtest.json").write_text(
            json.dumps({"summary": summary, "failures": results.failures[:50]}, ensure_ascii=False)
        )
        if results.failures:
            print("\n".join(results.failures[:20]))
            print(server_log.read_text()[-5000:])
        return 1 if results.failures or lost else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
