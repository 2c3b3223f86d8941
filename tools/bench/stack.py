"""The serving tier for the benchmark: a private Redis, gunicorn with the repository's
configuration and nginx from deploy/, on loopback, plus the workers' CPU read from /proc.

CPU is read from /proc/<pid>/stat (user + system time of gunicorn's master and workers), so a
figure is the CPU this tier spent, whatever else the shared machine runs at the time.
"""

import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
TICK = os.sysconf("SC_CLK_TCK")
HOST = "127.0.0.1"


def process_cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICK  # utime + stime


def children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    return found


class Tier:
    """Redis + gunicorn (+ nginx in front unless `proxy` is off) for one database."""

    def __init__(self, env: dict, work: Path, port: int, page_cache: bool = True):
        self.work, self.port, self.upstream_port = work, port, port + 1
        self.processes: list[subprocess.Popen] = []
        self.env = dict(
            env,
            PAGE_CACHE="on" if page_cache else "off",
            GUNICORN_BIND=f"{HOST}:{self.upstream_port}",
            PAGE_WARM_BASE_URL=f"http://{HOST}:{port}",
            TRUSTED_PROXY_COUNT="1",
        )

    @property
    def proxy(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def direct(self) -> str:
        return f"http://{HOST}:{self.upstream_port}"

    def __enter__(self):
        run = self.work / "run"
        shutil.rmtree(run, ignore_errors=True)
        run.mkdir(parents=True)
        sock = run / "redis.sock"
        self.spawn(
            [
                "redis-server",
                "--port",
                "0",
                "--unixsocket",
                str(sock),
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(run),
            ],
            stdout=subprocess.DEVNULL,
        )
        while not sock.exists():
            time.sleep(0.1)
        self.env["REDIS_URL"] = f"unix://{sock}"
        self.gunicorn = self.spawn([str(BIN / "gunicorn"), "-c", "website/gunicorn.conf.py"])
        # The warm-up after a publish runs here, as under `make serve`.
        self.spawn(
            [str(BIN / "python"), "manage.py", "db_worker", "--interval", "0.5", "--no-reload"]
        )
        config = self.write_proxy_config(run / "nginx")
        self.spawn(config.command("-g", "daemon off;"))
        self.wait(self.direct + "/healthz")
        self.wait(self.proxy + "/healthz")
        return self

    def write_proxy_config(self, prefix: Path):
        # Rendered in a child so this process needs no Django settings of its own.
        code = (
            "import django, sys; from pathlib import Path; django.setup(); "
            "from tools.proxy import ProxyConfig; "
            f"c = ProxyConfig('{HOST}:{self.port}', '{HOST}:{self.upstream_port}', "
            f"Path(sys.argv[1]), access_log=False); c.write(); "
            "r = c.test(); sys.exit(r.stderr or 0)"
        )
        subprocess.run(
            [str(BIN / "python"), "-c", code, str(prefix)], cwd=ROOT, env=self.env, check=True
        )
        from tools.proxy import ProxyConfig

        return ProxyConfig(f"{HOST}:{self.port}", f"{HOST}:{self.upstream_port}", prefix)

    def spawn(self, command: list[str], **kwargs) -> subprocess.Popen:
        process = subprocess.Popen(command, cwd=ROOT, env=self.env, **kwargs)
        self.processes.append(process)
        return process

    def wait(self, url: str, seconds: float = 90) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(url, timeout=5).read()
                return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.3)
        self.__exit__()
        sys.exit(f"{url} did not answer within {seconds:.0f} s")

    def __exit__(self, *exc):
        # One at a time, front to back: gunicorn has released its port and finished its
        # requests before Redis goes, and before the next tier starts.
        for process in reversed(self.processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self.processes = []

    def python_cpu(self) -> float:
        """CPU seconds used so far by gunicorn's master and its workers."""
        pid = self.gunicorn.pid
        return process_cpu_seconds(pid) + sum(process_cpu_seconds(c) for c in children(pid))
