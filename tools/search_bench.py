"""`make bench-search`: search under the production configuration at 1 000 and 20 000 articles,
on SQLite and PostgreSQL, against a static file served by the same server in the same run.

For each database and size: 200 distinct queries per language (common words, rarer words from
the demo's titles, two- and three-word queries), each searched once with the result cache off
(uncached: a language at every size in turn, each beside the static file), then all again with
it on and warmed (repeated). Reports p50/p95 per language, the static file's p95, the ratios,
the search workers' CPU per search and PostgreSQL's (its processes serving the bench database,
from /proc), and profiles one search per language in-process when a target is missed. CPU
growth from 1 000 to 20 000 articles is the workers' and the database's.
Everything runs on 127.0.0.1, bounded in count.

Environment: SEARCH_BENCH_SIZES (default 1000,20000), SEARCH_BENCH_DATABASES (sqlite,postgresql),
SEARCH_BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/i16bench),
SEARCH_BENCH_PORT (8480), SEARCH_BENCH_CLIENTS (4).
"""

import json
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

import redis

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "var" / "search-bench"
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
HOST, PORT = "127.0.0.1", int(os.environ.get("SEARCH_BENCH_PORT", 8480))
SIZES = [int(n) for n in os.environ.get("SEARCH_BENCH_SIZES", "1000,20000").split(",")]
DATABASES = os.environ.get("SEARCH_BENCH_DATABASES", "sqlite,postgresql").split(",")
PG_URL = os.environ.get("SEARCH_BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/i16bench")
CLIENTS = int(os.environ.get("SEARCH_BENCH_CLIENTS", 4))
REDIS_PORT = PORT + 1  # a Redis of the bench's own, dropped at the end
QUERIES_PER_LANGUAGE = 200
LANGUAGES = ("en", "ar", "fr")
TARGETS = {"uncached": 30.0, "repeated": 2.0, "cpu growth": 0.25}


def log(message: str) -> None:
    print(f"[search-bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def environment(database: str, size: int, cached: bool) -> dict:
    env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="website.settings.production",
        SECRET_KEY="search-bench-only-" + "x" * 50,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        MEDIA_ROOT=str(WORK / "media"),
        PAGE_CACHE_GENERATION_FILE=str(WORK / f"generation-{database}-{size}"),
        SEARCH_CACHE_SECONDS="3600" if cached else "0",
        REDIS_URL=f"redis://{HOST}:{REDIS_PORT}/0",
        LOG_LEVEL="ERROR",
        PYTHONUNBUFFERED="1",
        WEB_CONCURRENCY="2",
    )
    if database == "postgresql":
        env["DATABASE_URL"] = f"{PG_URL}{size}"
    else:
        env["SQLITE_PATH"] = str(WORK / f"sqlite-{size}.sqlite3")
    return env


def manage(env: dict, *args: str) -> str:
    result = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if result.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def prepare(database: str, size: int) -> dict:
    """A database with the demo and `size` generated articles, built once and kept in var/."""
    env = environment(database, size, cached=False)
    marker = WORK / f"ready-{database}-{size}"
    if marker.exists():
        manage(env, "migrate", "--no-input")  # a database built before the last migration
        vacuum(env)
        return env
    started = time.monotonic()
    if database == "postgresql":
        name = env["DATABASE_URL"].rsplit("/", 1)[1]
        admin = env["DATABASE_URL"].rsplit("/", 1)[0] + "/postgres"
        subprocess.run(["psql", admin, "-qc", f"DROP DATABASE IF EXISTS {name}"], check=True)
        subprocess.run(["psql", admin, "-qc", f"CREATE DATABASE {name}"], check=True)
    else:
        for path in WORK.glob(f"sqlite-{size}.sqlite3*"):
            path.unlink()
    manage(env, "migrate", "--no-input")
    manage(env, "load_demo_content")
    bulk = [PYTHON, "-m", "tools.generate_bulk_content", "--articles", str(size)]
    subprocess.run(bulk, cwd=ROOT, env=env, check=True, capture_output=True)
    manage(env, "collectstatic", "--no-input", "-v0")
    vacuum(env)
    marker.touch()
    log(f"  {database} with {size} articles built in {time.monotonic() - started:.0f} s")
    return env


def vacuum(env: dict) -> None:
    """PostgreSQL as it is once autovacuum has been by: statistics fresh, no dead rows left by
    the load (a server may run without autovacuum, as CI machines do). Quick when nothing
    changed."""
    if "DATABASE_URL" in env:
        subprocess.run(["psql", "-X", env["DATABASE_URL"], "-qc", "VACUUM ANALYZE"], check=True)


def vocabulary() -> dict[str, dict[str, list[str]]]:
    """Per language: common words (the generator's phrases) and rarer words (demo titles)."""
    sys.path.insert(0, str(ROOT))
    from tools import bulk_text

    found = {}
    for language in LANGUAGES:
        common_text = " ".join(
            " ".join(map(str, value[language]))
            for value in vars(bulk_text).values()
            if isinstance(value, dict) and isinstance(value.get(language), list)
        )
        found[language] = {"common": _words(common_text)}
    return found


def _words(text: str) -> list[str]:
    words = re.findall(r"[^\W\d_]{4,}", re.sub(r"\{\w+\}", " ", text))
    return sorted(set(words), key=words.index)


def queries(titles: dict[str, list[str]]) -> dict[str, list[str]]:
    """200 distinct queries per language: 100 single common words (or as many as there are),
    50 rarer words from page titles, and two- and three-word combinations."""
    rng = random.Random(16)
    words = vocabulary()
    result = {}
    for language in LANGUAGES:
        common = words[language]["common"]
        rare = [w for w in _words(" ".join(titles[language])) if w not in common]
        chosen = list(dict.fromkeys(rng.sample(common, min(100, len(common)))))
        chosen += rng.sample(rare, min(50, len(rare)))
        while len(set(chosen)) < QUERIES_PER_LANGUAGE:
            size = rng.choice((2, 2, 3))
            chosen.append(" ".join(rng.sample(common + rare, size)))
        result[language] = list(dict.fromkeys(chosen))[:QUERIES_PER_LANGUAGE]
    return result


TITLES_SCRIPT = """
import json
from wagtail.models import Page
out = {}
for code in ("en", "ar", "fr"):
    out[code] = list(Page.objects.filter(locale__language_code=code, depth__gte=3)
                     .order_by("-id").values_list("title", flat=True)[:400])
print(json.dumps(out))
"""


class Server:
    """gunicorn with the repository's configuration on loopback, two workers."""

    def __init__(self, env: dict):
        self.env = dict(env, GUNICORN_BIND=f"{HOST}:{PORT}")

    def __enter__(self):
        # Each run starts from an empty cache: a result page or token stored by another
        # database's or size's run must not answer this one's searches.
        redis.Redis(host=HOST, port=REDIS_PORT).flushall()
        self.process = subprocess.Popen(
            [GUNICORN, "-c", "website/gunicorn.conf.py"], cwd=ROOT, env=self.env
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

    def __exit__(self, *exc):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:  # a worker stuck on a busy machine
            self.process.kill()
            self.process.wait(timeout=10)

    def workers_cpu(self) -> float:
        """CPU seconds used so far by the workers (children of the master)."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return sum(cpu_seconds(pid) for pid in children.read_text().split())

    def database_cpu(self) -> float:
        """CPU seconds used so far by the PostgreSQL processes serving this database (the
        workers keep their connections, CONN_MAX_AGE); SQLite's work is the workers' own."""
        name = self.env.get("DATABASE_URL", "").rsplit("/", 1)[-1]
        if not name:
            return 0.0
        total = 0.0
        for entry in Path("/proc").iterdir():
            try:
                command = (entry / "cmdline").read_bytes().decode(errors="replace")
                if command.startswith("postgres:") and f" {name} " in command:
                    total += cpu_seconds(entry.name)
            except OSError:
                continue  # not a process, or one that has just ended
        return total


def cpu_seconds(pid: str) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def fetch_all(paths: list[str]) -> list[float]:
    """Each path once, CLIENTS at a time; the latency of each in milliseconds."""
    latencies, errors, lock = [], [], threading.Lock()
    pending = list(reversed(paths))

    def client():
        while True:
            with lock:
                if not pending:
                    return
                path = pending.pop()
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(f"http://{HOST}:{PORT}{path}", timeout=30) as r:
                    r.read()
            except urllib.error.HTTPError as error:
                errors.append(f"{error.code} {path}")
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                latencies.append(elapsed)

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        sys.exit(f"errors during the run: {errors[:5]}")
    return latencies


def p(values: list[float], quantile: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(quantile) - 1]


def search_paths(language: str, words: list[str]) -> list[str]:
    return [f"/{language}/search/?q={quote(q)}" for q in words]


def measure(database: str, batches: dict[str, list[str]]) -> list[dict]:
    """One row per size. Each language's uncached searches run at every size in turn, on a
    server of their own, with the static file measured by the same server right after: the
    sizes' CPU and the ratios are then taken a minute apart, not ten (this machine's speed
    drifts by a third between minutes, which moved the CPU growth of one run by ±30 points)."""
    rows = {size: {"database": database, "size": size} for size in SIZES}
    static_paths = ["/static/css/site.css"] * QUERIES_PER_LANGUAGE
    for language in LANGUAGES:
        for size in SIZES:
            row = rows[size]
            with Server(environment(database, size, cached=False)) as server:
                fetch_all(search_paths("en", batches["en"][:20]) + static_paths[:100])  # warm up
                cpu, database_cpu = server.workers_cpu(), server.database_cpu()
                times = fetch_all(search_paths(language, batches[language]))
                row[f"cpu ms {language}"] = (server.workers_cpu() - cpu) * 1000 / len(times)
                row[f"db cpu ms {language}"] = (
                    (server.database_cpu() - database_cpu) * 1000 / len(times)
                )
                row[f"uncached p50 {language}"] = p(times, 50)
                row[f"uncached p95 {language}"] = p(times, 95)
                row[f"static p95 {language}"] = p(fetch_all(static_paths), 95)
            log(
                f"  {database} {size} uncached {language}: "
                f"p95 {row[f'uncached p95 {language}']:.0f} ms, "
                f"static {row[f'static p95 {language}']:.1f} ms"
            )
    for size in SIZES:
        row = rows[size]
        with Server(environment(database, size, cached=True)) as server:
            everything = [path for lang in LANGUAGES for path in search_paths(lang, batches[lang])]
            fetch_all(everything)  # fills the result cache
            for language in LANGUAGES:
                times = fetch_all(search_paths(language, batches[language]))
                row[f"repeated p95 {language}"] = p(times, 95)
                log(f"  {database} {size} repeated {language}: p95 {p(times, 95):.0f} ms")
            row["static p95 (cached run)"] = p(fetch_all(static_paths * len(LANGUAGES)), 95)
    return [rows[size] for size in SIZES]


PROFILE_SCRIPT = """
import cProfile, io, pstats, sys
from django.test import Client
client = Client()
for path in sys.argv[1:]:
    client.get(path, HTTP_HOST="127.0.0.1")  # warm
profile = cProfile.Profile()
profile.enable()
for path in sys.argv[1:]:
    for _ in range(3):
        client.get(path, HTTP_HOST="127.0.0.1")
profile.disable()
out = io.StringIO()
pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(25)
print(out.getvalue())
"""


def profile(database: str, size: int, batches: dict[str, list[str]]) -> str:
    env = dict(
        environment(database, size, cached=False),
        DJANGO_SETTINGS_MODULE="website.settings.production",
    )
    env.pop("REDIS_URL")  # in-process, with the local-memory cache: no server needed
    paths = [search_paths(language, batches[language][:1])[0] for language in LANGUAGES]
    result = subprocess.run(
        [PYTHON, "-c", "import django; django.setup();" + PROFILE_SCRIPT, *paths],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    return result.stdout[-6000:] or result.stderr[-3000:]


def server_cpu(row: dict, language: str) -> float:
    return row[f"cpu ms {language}"] + row[f"db cpu ms {language}"]


def report(rows: list[dict], batches: dict) -> list[str]:
    lines = [
        "| database | articles | lang | uncached p50 ms | uncached p95 ms | repeated p95 ms "
        "| static p95 ms | uncached ÷ static | repeated ÷ static | CPU ms/search "
        "| database CPU ms/search |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    misses = []
    for row in rows:
        for language in LANGUAGES:
            uncached = row[f"uncached p95 {language}"] / row[f"static p95 {language}"]
            repeated = row[f"repeated p95 {language}"] / row["static p95 (cached run)"]
            lines.append(
                f"| {row['database']} | {row['size']} | {language} "
                f"| {row[f'uncached p50 {language}']:.1f} | {row[f'uncached p95 {language}']:.1f} "
                f"| {row[f'repeated p95 {language}']:.1f} | {row[f'static p95 {language}']:.1f} "
                f"| {uncached:.1f} × | {repeated:.1f} × | {row[f'cpu ms {language}']:.1f} "
                f"| {row[f'db cpu ms {language}']:.1f} |"
            )
            if uncached > TARGETS["uncached"]:
                misses.append((row, f"uncached {language} {uncached:.1f} × > 30 ×"))
            if repeated > TARGETS["repeated"]:
                misses.append((row, f"repeated {language} {repeated:.1f} × > 2 ×"))
    for database in DATABASES:
        mine = {row["size"]: row for row in rows if row["database"] == database}
        if len(mine) == 2:
            small, large = (mine[size] for size in sorted(mine))
            for language in LANGUAGES:
                growth = server_cpu(large, language) / server_cpu(small, language) - 1
                lines.append(
                    f"- CPU per search (workers and database), {database}, {language}: "
                    f"{growth:+.0%} from {small['size']} to {large['size']} articles"
                )
                if growth > TARGETS["cpu growth"]:
                    misses.append((large, f"CPU growth {language} {growth:+.0%} > +25 %"))
    for row, miss in misses:
        lines.append(f"- MISSED ({row['database']}, {row['size']}): {miss}")
    profiled = {(row["database"], row["size"]) for row, _ in misses}
    for database, size in sorted(profiled):
        lines.append(f"\nProfile, {database} at {size} articles (3 × one query per language):\n```")
        lines.append(profile(database, size, batches))
        lines.append("```")
    return lines


def main() -> None:
    WORK.mkdir(parents=True, exist_ok=True)
    redis_server = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(REDIS_PORT),
            "--bind",
            HOST,
            "--save",
            "",
            "--appendonly",
            "no",
        ],
        stdout=subprocess.DEVNULL,
    )
    try:
        wait_for_redis()
        run()
    finally:
        redis_server.terminate()
        redis_server.wait(timeout=10)


def wait_for_redis() -> None:
    deadline = time.monotonic() + 15
    while True:
        try:
            redis.Redis(host=HOST, port=REDIS_PORT).ping()
            return
        except redis.ConnectionError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def run() -> None:
    rows, batches = [], None
    for database in DATABASES:
        for size in SIZES:
            env = prepare(database, size)
            if batches is None:
                titles = json.loads(
                    manage(env, "shell", "-c", TITLES_SCRIPT).strip().splitlines()[-1]
                )
                batches = queries(titles)
                (WORK / "queries.json").write_text(
                    json.dumps(batches, ensure_ascii=False, indent=1)
                )
        log(f"measuring {database} at {', '.join(map(str, SIZES))} articles")
        for row in measure(database, batches):
            rows.append(row)
            log(json.dumps(row))
    lines = report(rows, batches)
    (WORK / "results.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
