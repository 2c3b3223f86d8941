"""`make serve`: the production topology on one machine, started and stopped together.

nginx (deploy/nginx.conf.template) on the printed address, in front of gunicorn on the next
port, a task worker (`manage.py db_worker`) for the cache warm-up, and Redis as the shared cache:
REDIS_URL if set, else the server answering on 127.0.0.1:6379, else (or with --private-redis) one
started here on a Unix socket under var/ with nothing saved to disk. Ctrl-C (SIGINT) or SIGTERM stops them all;
each child also dies with this process (PR_SET_PDEATHSIG), so nothing is left running.

`--check` starts the stack, checks it through the proxy (tools/serve_check.py) and stops it.
"""

import argparse
import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
VAR = ROOT / "var"
PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """Runs in each child before exec: the kernel sends it SIGTERM if this supervisor dies."""
    libc = ctypes.CDLL("libc.so.6", use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def log(message: str) -> None:
    print(f"[serve] {message}", flush=True)


def redis_answers(host: str = "127.0.0.1", port: int = 6379) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1) as connection:
            connection.sendall(b"PING\r\n")
            return connection.recv(16).startswith(b"+PONG")
    except OSError:
        return False


class Stack:
    """The processes of one `make serve`, in start order; stopped in reverse."""

    def __init__(self, host: str, port: int, env: dict, private_redis: bool = False):
        self.host, self.port = host, port
        self.private_redis = private_redis
        self.upstream = f"{host}:{port + 1}"
        self.env = env
        self.processes: list[tuple[str, subprocess.Popen]] = []
        self.run = VAR / "serve"

    @property
    def address(self) -> str:
        return f"http://{self.host}:{self.port}/"

    def spawn(self, name: str, command: list[str], **kwargs) -> subprocess.Popen:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=self.env,
            start_new_session=True,  # Ctrl-C reaches only this supervisor, which stops them in order
            preexec_fn=die_with_parent,
            **kwargs,
        )
        self.processes.append((name, process))
        return process

    def start(self) -> None:
        self.run.mkdir(parents=True, exist_ok=True)
        self.start_redis()
        self.env.setdefault("TRUSTED_PROXY_COUNT", "1")  # nginx appends the client's address
        self.env.setdefault("PAGE_WARM_BASE_URL", self.address.rstrip("/"))
        self.env.setdefault("PAGE_WARM", "on")
        self.write_proxy_config()
        self.spawn("gunicorn", [str(BIN / "gunicorn"), "-c", "website/gunicorn.conf.py"])
        self.spawn(
            "task worker",
            [str(BIN / "python"), "manage.py", "db_worker", "--interval", "0.5", "--no-reload"],
        )
        self.spawn("nginx", self.proxy.command("-g", "daemon off;"))
        self.wait_until_ready()

    def start_redis(self) -> None:
        if self.env.get("REDIS_URL"):
            log(f"Redis: {self.env['REDIS_URL']} (REDIS_URL)")
            return
        if not self.private_redis and redis_answers():
            self.env["REDIS_URL"] = "redis://127.0.0.1:6379/0"
            log("Redis: the server answering on 127.0.0.1:6379")
            return
        server = shutil.which("redis-server")
        if not server:
            log("Redis: none found; each gunicorn worker keeps its own page cache")
            return
        sock = self.run / "redis.sock"
        sock.unlink(missing_ok=True)
        self.spawn(
            "redis",
            [
                server,
                "--port",
                "0",
                "--unixsocket",
                str(sock),
                "--unixsocketperm",
                "700",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.run),
            ],
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while not sock.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        self.env["REDIS_URL"] = f"unix://{sock}"
        log(f"Redis: started on {sock} (nothing saved to disk)")

    def write_proxy_config(self) -> None:
        from tools.proxy import ProxyConfig

        os.environ.update(self.env)
        import django

        django.setup()
        self.proxy = ProxyConfig(f"{self.host}:{self.port}", self.upstream, VAR / "nginx")
        self.proxy.write()
        result = self.proxy.test()
        if result.returncode:
            sys.exit(f"nginx refused its configuration:\n{result.stderr}")
        self.env["GUNICORN_BIND"] = self.upstream

    def wait_until_ready(self, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.check_alive()
            try:
                with urllib.request.urlopen(self.address + "healthz", timeout=5) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.3)
        raise SystemExit(f"{self.address}healthz did not answer within {seconds:.0f} s")

    def check_alive(self) -> None:
        for name, process in self.processes:
            if process.poll() is not None:
                raise SystemExit(f"{name} stopped (exit status {process.returncode})")

    def stop(self) -> None:
        for name, process in reversed(self.processes):
            if process.poll() is None:
                # nginx: SIGQUIT finishes the requests in flight; the others stop on SIGTERM.
                process.send_signal(signal.SIGQUIT if name == "nginx" else signal.SIGTERM)
        for name, process in reversed(self.processes):
            try:
                process.wait(timeout=25)
            except subprocess.TimeoutExpired:
                log(f"{name} did not stop in 25 s: killing it")
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        self.processes = []


def serve_environment() -> dict:
    env = dict(os.environ)
    env.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.production")
    env.setdefault("GUNICORN_ACCESS_LOG", "")  # nginx keeps the access log (var/nginx/)
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve the site as in production, on loopback.")
    parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", 8000)))
    parser.add_argument("--check", action="store_true", help="smoke-test the stack, then stop")
    parser.add_argument(
        "--private-redis", action="store_true", help="start a Redis of its own, even if one answers"
    )
    arguments = parser.parse_args()
    stack = Stack(arguments.host, arguments.port, serve_environment(), arguments.private_redis)
    stopping = []

    def request_stop(signum, frame):
        stopping.append(signum)
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, request_stop)
    status = 0
    try:
        stack.start()
        if arguments.check:
            from tools.serve_check import check

            status = check(stack.address)
        else:
            log(f"Serving on {stack.address} (admin: {stack.address}admin/); Ctrl-C stops")
            while True:
                stack.check_alive()
                time.sleep(1)
    except KeyboardInterrupt:
        log("Stopping")
    except SystemExit as error:
        log(str(error.code))
        status = 1
    finally:
        stack.stop()
    sys.exit(status)


if __name__ == "__main__":
    main()
