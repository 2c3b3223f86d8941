"""`make bench`: the serving tier under load on loopback, at 1 000 and 20 000 articles.

For each size, on a copy of a SQLite database grown with tools.generate_bulk_content, starts
the tier (private Redis, gunicorn, nginx from deploy/) and measures, rows taking turns over
BENCH_ROUNDS rounds and each figure the median of its rounds:

- a static file through whitenoise (gunicorn) and through nginx; the anonymous page mix from
  nginx's cache, with the Python workers' CPU per request from /proc;
- each page type rendered without the page cache (a second gunicorn with PAGE_CACHE=off):
  Python CPU ms per request;
- readers' latency with and without 50 clients trickling headers;
- at the largest size, a 32-connection burst of readers for BENCH_BURST_SECONDS with and without
  an editor publishing every 10 s (its warm-ups queued to the tier's task worker, as in
  production), with the publishes done during the load and their latency.

Writes var/bench/results.json and results.md, and the tables into docs/performance.md.
Every run addresses 127.0.0.1 only and is bounded in time.
"""

import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tools.bench.load import Publisher, SlowClients, measured, wrk
from tools.bench.report import report, write_into_docs
from tools.bench.stack import HOST, ROOT, Tier

WORK = ROOT / "var" / "bench"
PYTHON = sys.executable
PORT = int(os.environ.get("BENCH_PORT", 8765))
SECONDS = int(os.environ.get("BENCH_SECONDS", 5))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", 6))
SIZES = [int(n) for n in os.environ.get("BENCH_SIZES", "1000,20000").split(",")]
ROUNDS = int(os.environ.get("BENCH_ROUNDS", 3))
BURST_SECONDS = int(os.environ.get("BENCH_BURST_SECONDS", 60))
PAGES = ["home", "news index", "article", "readout", "video", "campaign", "arabic home"]


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def environment(database: Path) -> dict:
    env = {key: value for key, value in os.environ.items() if key not in ("DATABASE_URL",)}
    env.update(
        DJANGO_SETTINGS_MODULE="website.settings.production",
        SECRET_KEY="bench-only-" + "x" * 50,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        MEDIA_ROOT=str(ROOT / "media"),
        SQLITE_PATH=str(database),
        LOG_LEVEL="ERROR",
        PYTHONUNBUFFERED="1",
        WEB_CONCURRENCY=os.environ.get("BENCH_WORKERS", "3"),
    )
    return env


def run_python(env: dict, *args: str) -> str:
    result = subprocess.run([PYTHON, *args], cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"{' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def copy_database(source: Path, target: Path) -> Path:
    """SQLite's backup API: copies what the write-ahead log holds too."""
    target.unlink(missing_ok=True)
    with sqlite3.connect(source) as live, sqlite3.connect(target) as copy:
        live.backup(copy)
    return target


def prepare(sizes: list[int] = SIZES) -> dict[int, dict]:
    """The demo database (the worktree's db.sqlite3 if `make demo` made one), grown to each
    size, a copy kept at each."""
    source = WORK / "bench.sqlite3"
    # Tasks that loading and growing the site queue (search index, references) run as they are
    # queued, as `make demo` does: left in the database queue, they would keep the measured
    # tier's worker busy with the build, not with the publishes under test.
    env = {
        **environment(source),
        "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
    }
    if (ROOT / "db.sqlite3").exists():
        copy_database(ROOT / "db.sqlite3", source)
    run_python(env, "manage.py", "migrate", "--no-input")
    # Idempotent: fills in the demo where the worktree's database is empty (a `manage.py check`
    # creates the file) and changes nothing where `make demo` loaded it.
    run_python(env, "manage.py", "load_demo_content")
    run_python(env, "manage.py", "collectstatic", "--no-input", "-v0")
    current, databases = 0, {}
    for size in sizes:
        started = time.monotonic()
        run_python(env, "-m", "tools.generate_bulk_content", "--articles", str(size - current))
        log(f"{size - current} articles generated in {time.monotonic() - started:.0f} s")
        current = size
        databases[size] = environment(copy_database(source, WORK / f"bench-{size}.sqlite3"))
    return databases


URLS_SCRIPT = """
import json
from django.contrib.staticfiles.storage import staticfiles_storage
from campaigns.models import CampaignPage
from news.models import NewsIndexPage, NewsPage, ReadoutPage, VideoFeaturePage
def first(model):
    return model.objects.live().filter(locale__language_code="en").order_by("pk").first().url
print(json.dumps({
    "home": "/en/", "news index": first(NewsIndexPage), "article": first(NewsPage),
    "readout": first(ReadoutPage), "video": first(VideoFeaturePage),
    "campaign": first(CampaignPage), "arabic home": "/ar/",
    "static": staticfiles_storage.url("css/site.css"),
}))
"""


def warm(base: str, paths: list[str]) -> None:
    import urllib.request

    for path in paths:
        urllib.request.urlopen(base + path, timeout=30).read()


def cached_rows(tier: Tier, urls: dict) -> dict:
    mix = [urls[name] for name in PAGES]
    warm(tier.proxy, mix)
    warm(tier.direct, mix)
    return {
        "static via whitenoise": measured(
            tier, tier.direct, [urls["static"]], SECONDS, CONNECTIONS
        ),
        "static via nginx": measured(tier, tier.proxy, [urls["static"]], SECONDS, CONNECTIONS),
        "pages via nginx cache": measured(tier, tier.proxy, mix, SECONDS, CONNECTIONS),
        "pages via Django page cache": measured(tier, tier.direct, mix, SECONDS, CONNECTIONS),
    }


def slow_client_rows(tier: Tier, urls: dict) -> dict:
    mix = [urls[name] for name in PAGES]
    rows = {"readers alone": measured(tier, tier.proxy, mix, SECONDS * 2, CONNECTIONS)}
    with SlowClients(HOST, tier.port, 50):
        rows["readers with 50 slow clients"] = measured(
            tier, tier.proxy, mix, SECONDS * 2, CONNECTIONS
        )
    return rows


def uncached_rows(tier: Tier, urls: dict) -> dict:
    warm(tier.direct, [urls[name] for name in PAGES])
    rows = {"static via whitenoise": measured(tier, tier.direct, [urls["static"]], SECONDS, 2)}
    for name in PAGES:
        rows[name] = measured(tier, tier.direct, [urls[name]], SECONDS, 2)
    return rows


def burst_rows(tier: Tier, env: dict, urls: dict) -> dict:
    mix = [urls[name] for name in PAGES]
    warm(tier.proxy, mix)
    rows = {"static via nginx, 32 connections": wrk(tier.proxy, [urls["static"]], 10, 32)}
    rows["burst, no publishing"] = measured(tier, tier.proxy, mix, BURST_SECONDS, 32)
    publishing = Publisher(tier.env, interval=10, count=BURST_SECONDS // 10)
    with publishing:
        rows["burst, publishing every 10 s"] = measured(tier, tier.proxy, mix, BURST_SECONDS, 32)
        # Counted when the readers stop: the publishes done during the load.
        publishes = publishing.summary()
    rows["burst, publishing every 10 s"]["publishes"] = publishes
    rows["burst, publishing every 10 s"]["published"] = publishes["published"]
    return rows


def median(runs: list[dict]) -> dict:
    """Each figure the median of its rounds (errors: the worst round)."""
    merged = {}
    for key in runs[0]:
        values = [run[key] for run in runs if key in run]
        if key in ("errors", "bad_status"):
            merged[key] = max(values)
        else:
            merged[key] = statistics.median(values)
    return merged


def run() -> dict:
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    log("Preparing the databases")
    databases = prepare()
    urls = json.loads(
        run_python(databases[SIZES[0]], "manage.py", "shell", "-c", URLS_SCRIPT)
        .strip()
        .splitlines()[-1]
    )
    rounds = {size: {"cached": [], "slow": [], "uncached": []} for size in SIZES}
    results = {"sizes": {}, "urls": urls, "rounds": ROUNDS}
    for number in range(1, ROUNDS + 1):
        for size in SIZES:
            env = databases[size]
            log(f"{size} articles, round {number}/{ROUNDS}: cached and slow clients")
            with Tier(env, WORK, PORT) as tier:
                rounds[size]["cached"].append(cached_rows(tier, urls))
                rounds[size]["slow"].append(slow_client_rows(tier, urls))
                if number == ROUNDS and size == SIZES[-1]:
                    log(f"{size} articles: burst of {BURST_SECONDS} s, then again publishing")
                    results["burst"] = burst_rows(tier, env, urls)
            log(f"{size} articles, round {number}/{ROUNDS}: uncached renders")
            with Tier(env, WORK, PORT, page_cache=False) as tier:
                rounds[size]["uncached"].append(uncached_rows(tier, urls))
    for size in SIZES:
        results["sizes"][size] = {
            kind: {row: median([run[row] for run in runs]) for row in runs[0]}
            for kind, runs in rounds[size].items()
        }
    return results


def main() -> None:
    if not shutil.which("wrk") or not shutil.which("nginx"):
        sys.exit("wrk and nginx are needed (make bench installs them from Debian).")
    started = time.monotonic()
    results = run()
    results["seconds"] = round(time.monotonic() - started)
    (WORK / "results.json").write_text(json.dumps(results, indent=2))
    text = report(results, SECONDS, CONNECTIONS)
    (WORK / "results.md").write_text(text)
    write_into_docs(text)
    print(text)


if __name__ == "__main__":
    main()
