"""The demo site for browser journeys: built once, copied for each server, served on loopback.

Building the trilingual demo takes about a minute, far too long to repeat for every journey, and
pytest-django's live server empties its database after each test. So the demo is built once into
an SQLite file (kept under var/ until the code that shapes it changes) and each server gets its
own copy of it: journeys that publish never change what the others see.
"""

import hashlib
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CACHE = REPO / "var" / "browser-demo"
SETTINGS = "tests.browser.settings"
# What decides the demo database's content: models, migrations, the loader and its data files,
# the roles, the accounts; templates and tests do not.
SKIPPED_DIRS = {".venv", "var", "node_modules", "tests", "bench", "staticfiles", "media"}
EXTRA_INPUTS = ("requirements.txt", "tests/browser/accounts.py", "tests/browser/demo_pages.py")


def digest() -> str:
    """A fingerprint of every Python and demo content file that can change the demo database."""
    sha = hashlib.sha256()
    files = [
        path
        for path in REPO.rglob("*.py")
        if not SKIPPED_DIRS.intersection(path.relative_to(REPO).parts)
    ]
    files += [REPO / name for name in EXTRA_INPUTS]
    files += (REPO / "demo" / "content").rglob("*.yaml")
    for path in sorted(files):
        sha.update(str(path.relative_to(REPO)).encode())
        sha.update(path.read_bytes())
    return sha.hexdigest()[:16]


def environment(database: Path, media: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}  # always SQLite here
    env.update(
        DJANGO_SETTINGS_MODULE=SETTINGS,
        SQLITE_PATH=str(database),
        MEDIA_ROOT=str(media),
        PYTHONUNBUFFERED="1",
    )
    return env


def run(args: list[str], env: dict[str, str]) -> None:
    result = subprocess.run(
        [sys.executable, *args], cwd=REPO, env=env, capture_output=True, text=True
    )
    if result.returncode:
        raise RuntimeError(f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")


def demo_template() -> Path:
    """A folder holding db.sqlite3 and media/ with the whole demo, built if not cached."""
    target = CACHE / digest()
    if (target / "db.sqlite3").exists():
        return target
    building = CACHE / f"{target.name}.building-{os.getpid()}"
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    env = environment(building / "db.sqlite3", building / "media")
    run(["manage.py", "migrate", "--no-input", "-v0"], env)
    run(["manage.py", "load_demo_content"], env)
    run(["manage.py", "setup_roles"], env)
    run(["-m", "tests.browser.accounts"], env)
    run(["-m", "tests.browser.demo_pages", str(building / "pages.json")], env)
    # One self-contained file (no write-ahead log beside it), ready to be copied.
    with sqlite3.connect(building / "db.sqlite3") as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode=DELETE")
    try:
        os.replace(building, target)
    except OSError:  # another run built the same demo meanwhile: use theirs
        shutil.rmtree(building, ignore_errors=True)
    forget_old_demos(keep=target)
    return target


def forget_old_demos(keep: Path) -> None:
    """Remove demos built for older code. Other test runs may be copying or building one right
    now, so only what nobody has touched for an hour goes."""
    hour_ago = time.time() - 3600
    for old in CACHE.iterdir():
        if old != keep and old.stat().st_mtime < hour_ago:
            shutil.rmtree(old, ignore_errors=True)


def demo_pages(template: Path) -> dict[str, dict[str, list[str]]]:
    """{page type: {language code: [path, …]}} for the demo in `template` (demo_pages.py)."""
    return json.loads((template / "pages.json").read_text(encoding="utf-8"))


def free_port() -> int:
    """A free loopback port: any, or one in BROWSER_TEST_PORTS ("8100-8199") on a shared host."""
    low, _dash, high = os.environ.get("BROWSER_TEST_PORTS", "0-0").partition("-")
    for port in range(int(low), int(high or low) + 1):
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return sock.getsockname()[1]
    raise RuntimeError("No free port in BROWSER_TEST_PORTS")


class DemoServer:
    """`manage.py runserver` on its own copy of the demo, on a free loopback port."""

    def __init__(self, template: Path, workdir: Path):
        workdir.mkdir(parents=True, exist_ok=True)
        self.database = workdir / "db.sqlite3"
        self.media = workdir / "media"
        self.log = workdir / "server.log"
        self.pages = demo_pages(template)
        with (
            sqlite3.connect(template / "db.sqlite3") as source,
            sqlite3.connect(self.database) as copy,
        ):
            source.backup(copy)
        shutil.copytree(template / "media", self.media, dirs_exist_ok=True)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        with self.log.open("w") as log:
            # --insecure: static files from the apps' folders, as the live server serves them.
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "manage.py",
                    "runserver",
                    f"127.0.0.1:{self.port}",
                    "--noreload",
                    "--insecure",
                    "--skip-checks",
                ],
                cwd=REPO,
                env=environment(self.database, self.media),
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        self.wait_until_ready()

    def wait_until_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"The demo server stopped:\n{self.log.read_text()}")
            try:
                with urllib.request.urlopen(f"{self.url}/healthz", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.2)  # polling for the port to open; no test timing depends on it
        self.stop()
        raise RuntimeError(f"The demo server did not answer:\n{self.log.read_text()}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
