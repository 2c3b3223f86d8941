"""`make bench`: the production configuration under load on loopback, at 1 000 and 20 000
articles, each page's rate compared with a static file served by the same server in the same run.

Runs gunicorn with production settings on 127.0.0.1 against a fresh SQLite database (demo
content plus generated articles), measures each page with wrk, cached and uncached, then search
on SQLite and PostgreSQL. Prints the tables and writes them to var/bench/results.md. Every load
run is bounded (BENCH_SECONDS each) and only ever addresses 127.0.0.1.
"""

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

from tools.bench.report import report

ROOT = Path(__file__).resolve().parents[2]
WORK = ROOT / "var" / "bench"
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
LUA = str(Path(__file__).with_name("wrk_report.lua"))
HOST, PORT = "127.0.0.1", int(os.environ.get("BENCH_PORT", 8765))
SECONDS = int(os.environ.get("BENCH_SECONDS", 5))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", 6))
SIZES = [int(n) for n in os.environ.get("BENCH_SIZES", "1000,20000").split(",")]
# Each size is measured this many times, the sizes taking turns, and each row keeps its best
# run: on a shared machine the speed drifts by a fifth from one minute to the next, which is
# as much as the 1 000 against 20 000 comparison is meant to detect.
ROUNDS = int(os.environ.get("BENCH_ROUNDS", 2))
PG_URL = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/bench_coalition")
SEARCHES = [("en", "stabilisation"), ("ar", "الاستقرار"), ("fr", "déminage"), ("en", "water")]
PAGES = ["home", "news index", "article", "readout", "video feature", "campaign", "search"]


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def environment(database: str) -> dict:
    env = {key: value for key, value in os.environ.items() if key not in ("DATABASE_URL",)}
    env.update(
        DJANGO_SETTINGS_MODULE="website.settings.production",
        SECRET_KEY="bench-only-" + "x" * 50,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        MEDIA_ROOT=str(WORK / "media"),
        PAGE_CACHE_GENERATION_FILE=str(WORK / "page-cache-generation"),
        LOG_LEVEL="ERROR",
        PYTHONUNBUFFERED="1",
    )
    if database.startswith("postgres"):
        env["DATABASE_URL"] = database
    else:
        env["SQLITE_PATH"] = database
    return env


def manage(env: dict, *args: str, quiet: bool = True) -> str:
    result = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=quiet, text=True
    )
    if result.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stderr if quiet else ''}")
    return result.stdout if quiet else ""


def prepare(env: dict) -> None:
    started = time.monotonic()
    manage(env, "migrate", "--no-input")
    manage(env, "load_demo_content")
    log(f"  migrated and loaded the demo in {time.monotonic() - started:.0f} s")


def grow(env: dict, total: int, current: int) -> None:
    started = time.monotonic()
    command = [PYTHON, "-m", "tools.generate_bulk_content", "--articles", str(total - current)]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"generating articles failed:\n{result.stderr}")
    log(f"  {total - current} articles generated in {time.monotonic() - started:.0f} s")


URLS_SCRIPT = """
import json
from django.contrib.staticfiles.storage import staticfiles_storage
from campaigns.models import CampaignPage
from news.models import NewsIndexPage, NewsPage, ReadoutPage, VideoFeaturePage
def first(model):
    return model.objects.live().filter(locale__language_code="en").order_by("pk").first().url
print(json.dumps({
    "home": "/en/", "news index": first(NewsIndexPage), "article": first(NewsPage),
    "readout": first(ReadoutPage), "video feature": first(VideoFeaturePage),
    "campaign": first(CampaignPage), "static": staticfiles_storage.url("css/site.css"),
}))
"""


def page_urls(env: dict) -> dict:
    urls = json.loads(manage(env, "shell", "-c", URLS_SCRIPT).strip().splitlines()[-1])
    urls["search"] = " ".join(f"/{lang}/search/?q={quote(q)}" for lang, q in SEARCHES)
    return urls


class Server:
    """gunicorn with the repository's configuration, on loopback, for the length of a block."""

    def __init__(self, env: dict, cached: bool):
        self.env = dict(env, PAGE_CACHE="on" if cached else "off", GUNICORN_BIND=f"{HOST}:{PORT}")

    def __enter__(self):
        self.process = subprocess.Popen(
            [GUNICORN, "-c", "website/gunicorn.conf.py"], cwd=ROOT, env=self.env
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://{HOST}:{PORT}/en/", timeout=5).read()
                return self
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.5)
        self.__exit__()
        sys.exit("gunicorn did not answer within 60 s")

    def __exit__(self, *exc):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)

    def worker_rss_mb(self) -> list[float]:
        sizes = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) == self.process.pid:
                    status = (stat.parent / "status").read_text()
                    kb = next(line for line in status.splitlines() if line.startswith("VmRSS"))
                    sizes.append(int(kb.split()[1]) / 1024)
            except (OSError, StopIteration, IndexError):
                continue
        return sizes


def warm(paths: str) -> None:
    """One request per path: templates compiled, the page cache filled where it applies.

    A page slower than wrk's timeout is still measured: wrk counts its requests as errors.
    """
    for path in paths.split():
        try:
            urllib.request.urlopen(f"http://{HOST}:{PORT}{path}", timeout=15).read()
        except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
            log(f"  warming {path} failed: {error}")


def load(paths: str) -> dict:
    """One bounded wrk run against loopback; the Lua script reports rate and percentiles."""
    warm(paths)
    command = ["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--timeout", "10s", "-s", LUA]
    result = subprocess.run(
        [*command, f"http://{HOST}:{PORT}"],
        env=dict(os.environ, BENCH_PATHS=paths),
        capture_output=True,
        text=True,
        timeout=SECONDS + 30,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure_pages(env: dict, urls: dict) -> dict:
    results = {}
    for cached in (True, False):
        mode = "cached" if cached else "uncached"
        with Server(env, cached) as server:
            results[mode] = {"static": load(urls["static"])}
            for name in PAGES:
                results[mode][name] = load(urls[name])
                log(f"  {mode:8} {name:14} {results[mode][name]['rate']:8.1f} req/s")
            results[mode]["worker_rss_mb"] = server.worker_rss_mb()
    return results


def measure_search(env: dict, urls: dict) -> dict:
    with Server(env, cached=True):
        return {"static": load(urls["static"]), "search": load(urls["search"])}


def postgres_ready() -> bool:
    try:
        import psycopg

        admin_url = PG_URL.rsplit("/", 1)[0] + "/postgres"
        with psycopg.connect(admin_url, autocommit=True, connect_timeout=3) as connection:
            name = PG_URL.rsplit("/", 1)[1]
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            connection.execute(f'CREATE DATABASE "{name}"')
        return True
    except Exception as error:  # no server: the SQLite figures still stand
        log(f"PostgreSQL unavailable ({error}); skipping its search figures")
        return False


def snapshot(source: Path, size: int) -> Path:
    """A copy of the SQLite database as it is at `size` articles (SQLite's backup API, which
    copies what the write-ahead log holds too)."""
    target = WORK / f"bench-{size}.sqlite3"
    with sqlite3.connect(source) as live, sqlite3.connect(target) as copy:
        live.backup(copy)
    return target


def best(rounds: list[dict]) -> dict:
    """Per mode and row, the run with the highest rate; memory from the last round."""
    merged = {}
    for mode in rounds[0]:
        merged[mode] = {}
        for name in rounds[0][mode]:
            if name == "worker_rss_mb":
                merged[mode][name] = rounds[-1][mode][name]
            else:
                runs = [measured[mode][name] for measured in rounds]
                merged[mode][name] = max(runs, key=lambda run: run["rate"])
    return merged


def run() -> dict:
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    results = {"pages": {}, "search": {"sqlite": {}, "postgresql": {}}, "rounds": ROUNDS}
    source = WORK / "bench.sqlite3"
    env = environment(str(source))
    log("SQLite: migrating, loading the demo, collecting static files")
    prepare(env)
    manage(env, "collectstatic", "--no-input")
    current, databases = 0, {}
    for size in SIZES:
        grow(env, size, current)
        current = size
        databases[size] = environment(str(snapshot(source, size)))
    urls = page_urls(env)  # the demo's pages: the same at every size
    measured = {size: [] for size in SIZES}
    for number in range(1, ROUNDS + 1):
        for size in SIZES:
            log(f"SQLite, {size} articles, round {number}/{ROUNDS}: pages cached and uncached")
            measured[size].append(measure_pages(databases[size], urls))
    for size in SIZES:
        results["pages"][size] = best(measured[size])
        results["search"]["sqlite"][size] = {
            "static": results["pages"][size]["cached"]["static"],
            "search": results["pages"][size]["cached"]["search"],
        }
    if postgres_ready():
        env = environment(PG_URL)
        log("PostgreSQL: migrating and loading the demo")
        prepare(env)
        current = 0
        for size in SIZES:
            grow(env, size, current)
            current = size
            log(f"PostgreSQL, {size} articles: search")
            results["search"]["postgresql"][size] = measure_search(env, page_urls(env))
    return results


def main() -> None:
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (make bench installs it from Debian).")
    started = time.monotonic()
    results = run()
    results["seconds"] = round(time.monotonic() - started)
    (WORK / "results.json").write_text(json.dumps(results, indent=2))
    text = report(results, SECONDS, CONNECTIONS)
    (WORK / "results.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
