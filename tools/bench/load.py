"""Load for the benchmark, all on loopback and bounded: wrk runs, readers trickling their
headers, and an editor publishing at a fixed interval."""

import json
import os
import socket
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
    """An editor publishing an article every `interval` seconds, in its own Django process
    (tools/bench/publisher.py); the warm-up it triggers runs there too, as in a task worker."""

    def __init__(self, env: dict, interval: int, count: int):
        self.command = [sys.executable, "-m", "tools.bench.publisher", str(interval), str(count)]
        self.env = dict(env, TASKS_BACKEND="django_tasks.backends.immediate.ImmediateBackend")

    def __enter__(self):
        self.process = subprocess.Popen(
            self.command, cwd=ROOT, env=self.env, stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout.readline().strip() == "ready"
        return self

    def __exit__(self, *exc):
        self.process.terminate()
        out, _ = self.process.communicate(timeout=60)
        self.published = out.count("published")
