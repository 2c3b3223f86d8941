"""Load for the benchmark, all on loopback and bounded: wrk runs, readers trickling their
headers, and an editor publishing at a fixed interval."""

import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LUA = str(Path(__file__).with_name("wrk_report.lua"))


def wrk(base: str, paths: list[str], seconds: int, connections: int) -> dict:
    threads = 2 if connections >= 8 else 1
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"]
    result = subprocess.run(
        [*command, "-s", LUA, base],
        env=dict(os.environ, BENCH_PATHS=" ".join(paths)),
        capture_output=True,
        text=True,
        timeout=seconds + 30,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def measured(tier, base: str, paths: list[str], seconds: int, connections: int) -> dict:
    """One wrk run with the Python workers' CPU per request."""
    before = tier.python_cpu()
    figures = wrk(base, paths, seconds, connections)
    spent = tier.python_cpu() - before
    figures["python_cpu_ms"] = spent * 1000 / max(figures["requests"], 1)
    return figures


class SlowClients:
    """Connections that send one header line every few seconds and never finish the request,
    reconnecting when the proxy gives up on them: the slowloris pattern."""

    def __init__(self, host: str, port: int, count: int, interval: float = 2.0):
        self.address, self.count, self.interval = (host, port), count, interval
        self.stop = threading.Event()

    def trickle(self) -> None:
        while not self.stop.is_set():
            try:
                with socket.create_connection(self.address, timeout=5) as connection:
                    connection.sendall(b"GET /en/ HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                    while not self.stop.wait(self.interval):
                        connection.sendall(b"X-Trickle: 1\r\n")
            except OSError:
                self.stop.wait(0.5)

    def __enter__(self):
        self.threads = [
            threading.Thread(target=self.trickle, daemon=True) for _ in range(self.count)
        ]
        for thread in self.threads:
            thread.start()
        time.sleep(self.interval)
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=10)


class Publisher:
    """An editor publishing an article every `interval` seconds, `count` times, in its own Django
    process (tools/bench/publisher.py) with the tier's settings: the warm-up each publish queues
    goes to the database queue and runs in the tier's task worker, as under `make serve`.

    `events` collects what the publisher reports (each publish and when its warm-ups finished);
    `on_publish` is called with each publish's event as it arrives. On leaving, it waits up to
    `grace` seconds for the warm-ups still queued to be reported, then stops the process."""

    def __init__(
        self,
        env: dict,
        interval: float,
        count: int,
        articles: int = 1,
        on_publish=None,
        grace: float = 0,
    ):
        self.command = [
            sys.executable,
            "-m",
            "tools.bench.publisher",
            str(interval),
            str(count),
            str(articles),
        ]
        self.env, self.count, self.on_publish, self.grace = env, count, on_publish, grace
        self.events: list[dict] = []
        self.done = threading.Event()

    def read(self) -> None:
        for line in self.process.stdout:
            try:
                event = json.loads(line)
            except ValueError:
                continue
            self.events.append(event)
            if event.get("event") == "published" and self.on_publish:
                self.on_publish(event)
            if event.get("event") == "done":
                self.done.set()

    def __enter__(self):
        self.process = subprocess.Popen(
            self.command, cwd=ROOT, env=self.env, stdout=subprocess.PIPE, text=True
        )
        assert json.loads(self.process.stdout.readline()) == {"event": "ready"}
        self.reader = threading.Thread(target=self.read, daemon=True)
        self.reader.start()
        return self

    def __exit__(self, *exc):
        self.done.wait(self.grace)
        self.process.terminate()
        self.process.wait(timeout=60)
        self.reader.join(timeout=10)

    @property
    def published(self) -> int:
        return sum(1 for event in self.events if event.get("event") == "published")

    def summary(self) -> dict:
        return publish_summary(self.events, self.count)


def publish_summary(events: list[dict], planned: int) -> dict:
    """How many publishes completed, how long each took and how long its warm-ups took to run
    in the task worker (medians and worst), from the publisher's events."""
    published = [event for event in events if event.get("event") == "published"]
    warmed = [event for event in events if event.get("event") == "warmed"]

    def median(values):
        return round(statistics.median(values), 3) if values else None

    return {
        "planned": planned,
        "published": len(published),
        "publish_s_p50": median([event["publish_s"] for event in published]),
        "publish_s_max": max((event["publish_s"] for event in published), default=None),
        "tasks_per_publish": median([event["tasks"] for event in published]),
        "warm_ups_per_publish": median([event["warm_ups"] for event in published]),
        "warmed": len(warmed),
        "warm_s_p50": median([event["warm_s"] for event in warmed]),
        "warm_s_max": max((event["warm_s"] for event in warmed), default=None),
        "warm_failed": sum(event["failed"] for event in warmed),
    }
