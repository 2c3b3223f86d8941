"""A burst of readers while an editor publishes: `python -m tools.bench.burst [ARTICLES]`
(20 000 unless given).

On a working copy of the benchmark's database at that size (var/bench/bench-N.sqlite3, grown
with tools.generate_bulk_content as `make bench` does if missing), starts the serving tier
(tools/bench/stack.py: private Redis, gunicorn, the task worker, nginx from deploy/) and, on
127.0.0.1 only:

1. serves a static file through nginx with wrk (the reference for latencies);
2. runs a burst of readers with wrk through nginx (home page, an article, the news index) for
   BENCH_BURST_SECONDS (60), while the editor (tools/bench/publisher.py) publishes
   BENCH_BURST_PUBLISHES (5) different articles spread over the burst, their warm-ups queued to
   the tier's task worker as in production;
3. after each publish, a probe visits the published article, the home page and the news index
   (no cookies, as a new visitor) a few times, and records from nginx's X-Proxy-Cache and
   Django's X-Page-Cache whether the visit had to wait for a render.

Prints the figures and writes var/bench/burst-N.json and burst-N.md.
"""

import json
import os
import statistics
import sys
import threading
import time
import urllib.request

from tools.bench import run
from tools.bench.load import Publisher, measured, wrk
from tools.bench.report import in_seconds, latency_table, publishes_table, row
from tools.bench.stack import Tier

SECONDS = int(os.environ.get("BENCH_BURST_SECONDS", 60))
PUBLISHES = int(os.environ.get("BENCH_BURST_PUBLISHES", 5))
CONNECTIONS = int(os.environ.get("BENCH_BURST_CONNECTIONS", 32))
STATIC_SECONDS = min(SECONDS, 10)
PROBE_DELAYS = (0.5, 2.0, 6.0)  # seconds after a publish returns
PAGES = ["home", "article", "news index"]
# nginx's $upstream_cache_status when the visitor's request went to Django and waited for it
# (no copy, an expired one, or a bypass); STALE, UPDATING and HIT are served from nginx's copy.
PROXY_WAITED = {"MISS", "EXPIRED", "BYPASS", ""}


def waited_for_render(proxy_status: str | None, page_status: str | None) -> bool:
    """Whether a visit waited for a render: nginx asked Django in the visitor's request, and
    Django did not answer from its page cache (X-Page-Cache `hit`)."""
    return (proxy_status or "").upper() in PROXY_WAITED and (page_status or "") != "hit"


class Probe:
    """A visitor opening the pages a publish changed, PROBE_DELAYS after it, through nginx."""

    def __init__(self, base: str, urls: dict):
        self.base, self.urls = base, urls
        self.visits: list[dict] = []
        self.timers: list[threading.Timer] = []
        self.lock = threading.Lock()

    def on_publish(self, event: dict) -> None:
        targets = {"published article": event["url"], "home": self.urls["home"]}
        targets["news index"] = self.urls["news index"]
        for delay in PROBE_DELAYS:
            for kind, path in targets.items():
                timer = threading.Timer(delay, self.visit, (event["number"], kind, path, delay))
                timer.daemon = True
                self.timers.append(timer)
                timer.start()

    def visit(self, number: int, kind: str, path: str, delay: float) -> None:
        started = time.monotonic()
        try:
            with urllib.request.urlopen(self.base + path, timeout=30) as response:
                response.read()
                status, headers = response.status, response.headers
        except OSError as error:
            status, headers = getattr(error, "code", 0), getattr(error, "headers", None) or {}
        visit = {
            "publish": number,
            "kind": kind,
            "path": path,
            "delay_s": delay,
            "status": status,
            "proxy": headers.get("X-Proxy-Cache"),
            "page": headers.get("X-Page-Cache"),
            "ms": round((time.monotonic() - started) * 1000, 1),
        }
        visit["waited"] = waited_for_render(visit["proxy"], visit["page"])
        with self.lock:
            self.visits.append(visit)

    def join(self) -> None:
        for timer in self.timers:
            timer.join(timeout=40)


def probe_summary(visits: list[dict]) -> dict:
    """Per kind of page and in all: visits, those that waited for a render, latency."""
    kinds = {}
    for kind in ["published article", "home", "news index", "all"]:
        chosen = [v for v in visits if kind in ("all", v["kind"])]
        if not chosen:
            continue
        kinds[kind] = {
            "visits": len(chosen),
            "waited": sum(v["waited"] for v in chosen),
            "failed": sum(v["status"] != 200 for v in chosen),
            "ms_p50": round(statistics.median(v["ms"] for v in chosen), 1),
            "ms_max": max(v["ms"] for v in chosen),
        }
    return kinds


def ratio(value: float, reference: float) -> float:
    return value / max(reference, 0.01)


def burst_report(results: dict) -> str:
    static, burst = results["static"], results["burst"]
    probes = results["probe_summary"]
    lines = [
        f"### Burst while publishing ({results['articles']} articles; {results['seconds']} s of "
        f"wrk, {results['connections']} connections through nginx: "
        + ", ".join(results["pages"])
        + f"; {results['planned']} publishes)",
        "",
        *latency_table({"static via nginx": static, "burst while publishing": burst}),
        "",
        row(["readers against the static file", "p50", "p95", "errors"]),
        row(["---", "---:", "---:", "---:"]),
        row(
            [
                "burst while publishing",
                f"{ratio(burst['p50_ms'], static['p50_ms']):.1f} ×",
                f"{ratio(burst['p95_ms'], static['p95_ms']):.1f} ×",
                int(burst.get("errors", 0) + burst.get("bad_status", 0)),
            ]
        ),
        "",
        *publishes_table({"burst while publishing": {"publishes": results["publishes"]}}),
        "",
        row(
            [
                "probe visits after a publish",
                "visits",
                "waited for a render",
                "non-200",
                "p50 ms",
                "max ms",
            ]
        ),
        row(["---", "---:", "---:", "---:", "---:", "---:"]),
    ]
    for kind, figures in probes.items():
        lines.append(
            row(
                [
                    kind,
                    figures["visits"],
                    figures["waited"],
                    figures["failed"],
                    f"{figures['ms_p50']:.1f}",
                    f"{figures['ms_max']:.1f}",
                ]
            )
        )
    publishes = results["publishes"]
    lines += [
        "",
        f"Publishes done during the burst: {results['publishes_during_load']} of "
        f"{publishes['planned']} "
        f"(publish p50 {in_seconds(publishes['publish_s_p50'])} s; warm-ups done p50 "
        f"{in_seconds(publishes['warm_s_p50'])} s after the publish).",
    ]
    return "\n".join(lines)


def database(size: int) -> dict:
    """The environment for a working copy of the kept database at `size` articles."""
    kept = run.WORK / f"bench-{size}.sqlite3"
    if not kept.exists():
        run.WORK.mkdir(parents=True, exist_ok=True)
        run.log(f"Growing the database to {size} articles")
        run.prepare([size])
    env = run.environment(run.copy_database(kept, run.WORK / f"burst-{size}.sqlite3"))
    run.run_python(env, "manage.py", "collectstatic", "--no-input", "-v0")
    return env


def measure(size: int) -> dict:
    env = database(size)
    urls = json.loads(
        run.run_python(env, "manage.py", "shell", "-c", run.URLS_SCRIPT).strip().splitlines()[-1]
    )
    mix = [urls[name] for name in PAGES]
    results = {
        "articles": size,
        "seconds": SECONDS,
        "connections": CONNECTIONS,
        "pages": PAGES,
        "planned": PUBLISHES,
        "urls": urls,
    }
    with Tier(env, run.WORK, run.PORT) as tier:
        run.warm(tier.proxy, mix)
        run.log(f"{size} articles: static file, {STATIC_SECONDS} s")
        results["static"] = wrk(tier.proxy, [urls["static"]], STATIC_SECONDS, CONNECTIONS)
        run.log(f"{size} articles: burst of {SECONDS} s with {PUBLISHES} publishes")
        probe = Probe(tier.proxy, urls)
        publisher = Publisher(
            tier.env,
            interval=SECONDS / (PUBLISHES + 1),
            count=PUBLISHES,
            articles=PUBLISHES,
            on_publish=probe.on_publish,
            grace=150,  # the warm-ups still queued when the burst ends
        )
        with publisher:
            results["burst"] = measured(tier, tier.proxy, mix, SECONDS, CONNECTIONS)
            results["publishes_during_load"] = publisher.published
            probe.join()
            run.log("burst done; waiting for the warm-ups still queued")
        results["publishes"] = publisher.summary()
        results["publisher_events"] = publisher.events
    results["probes"] = probe.visits
    results["probe_summary"] = probe_summary(probe.visits)
    return results


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    started = time.monotonic()
    results = measure(size)
    results["total_seconds"] = round(time.monotonic() - started)
    (run.WORK / f"burst-{size}.json").write_text(json.dumps(results, indent=2))
    text = burst_report(results)
    (run.WORK / f"burst-{size}.md").write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
