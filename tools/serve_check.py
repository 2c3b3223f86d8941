"""`make serve-check`: the stack `make serve` starts, checked from outside through the proxy.

Pages compressed (gzip, Brotli) and served from the proxy's cache on the second request; a
session bypasses it; /healthz never cached; hashed static files immutable for a year; an
oversized address or body refused with 414 / 413.
"""

import json
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def fetch(url: str, method: str = "GET", data: bytes | None = None, **headers) -> tuple:
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def hashed_static_path() -> str:
    manifest = json.loads((ROOT / "staticfiles" / "staticfiles.json").read_text())
    return "/static/" + manifest["paths"]["css/site.css"]


def checks(address: str):
    home = address + "en/"
    status, headers, _ = fetch(home, **{"Accept-Encoding": "gzip"})
    yield "home page answers 200", status == 200, status
    yield (
        "HTML gzip-compressed",
        headers.get("Content-Encoding") == "gzip",
        headers.get("Content-Encoding"),
    )
    _, headers, _ = fetch(home, **{"Accept-Encoding": "br"})
    yield (
        "HTML Brotli-compressed",
        headers.get("Content-Encoding") == "br",
        headers.get("Content-Encoding"),
    )
    _, headers, _ = fetch(home)
    cache = headers.get("X-Proxy-Cache")
    yield "repeat visit served by the proxy", cache in ("HIT", "STALE", "UPDATING"), cache
    _, headers, _ = fetch(home, Cookie="sessionid=editor")
    cache = headers.get("X-Proxy-Cache")
    yield "a session bypasses the proxy's cache", cache == "BYPASS", cache
    fetch(address + "healthz")
    status, headers, _ = fetch(address + "healthz")
    yield "health check never cached", status == 200 and "X-Proxy-Cache" not in headers, status
    status, headers, _ = fetch(address.rstrip("/") + hashed_static_path())
    control = headers.get("Cache-Control", "")
    yield (
        "hashed static file immutable for a year",
        (status == 200 and "max-age=31536000" in control and "immutable" in control),
        control,
    )
    status, _, _ = fetch(home + "?q=" + "x" * 10_000)
    yield "address over 8 KB refused with 414", status == 414, status
    status, _, _ = fetch(address + "consent/", method="POST", data=b"x" * 2_000_000)
    yield "body over 1 MB refused with 413", status == 413, status


def check(address: str) -> int:
    failed = 0
    for label, passed, seen in checks(address):
        print(f"[serve-check] {'ok    ' if passed else 'FAILED'} {label} ({seen})", flush=True)
        failed += not passed
    return 1 if failed else 0
