"""A stand-in for X's oEmbed endpoint on 127.0.0.1, answering as each test tells it to."""

import contextlib
import io
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from PIL import Image

POST_HTML = (
    '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Partners met in Rome 🇮🇹 to keep '
    "up the pressure.<br>Next: Baghdad. #DefeatDaesh "
    '<a href="https://twitter.com/hashtag/StrongerTogether?src=hash">#StrongerTogether</a> '
    '<a href="https://t.co/abc">pic.twitter.com/abc</a></p>&mdash; Global Coalition '
    '(@coalition) <a href="https://twitter.com/coalition/status/1790000000000000000">'
    "May 12, 2024</a></blockquote>\n"
    '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'
)
POST_TEXT = (
    "Partners met in Rome 🇮🇹 to keep up the pressure.\nNext: Baghdad. #DefeatDaesh "
    "#StrongerTogether"
)


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (32, 24), "#2a6f97").save(buffer, "PNG")
    return buffer.getvalue()


class FakeOEmbed:
    """`mode` picks the answer: ok, ok-with-image, slow, 404, 403, 500, bad-json, html,
    redirect-away, redirect-home, huge, no-text, evil-html."""

    def __init__(self, port: int = 0):
        self.mode = "ok"
        # Per post: a status id in the asked URL picks this mode instead of `mode`.
        self.by_status: dict[str, str] = {}
        self.requests: list[str] = []
        self.delay = 2.0
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                fake.requests.append(self.path)
                fake.answer(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def endpoint(self) -> str:
        return f"{self.base}/oembed"

    @property
    def oembed_requests(self) -> list[str]:
        return [path for path in self.requests if path.startswith("/oembed")]

    def start(self) -> "FakeOEmbed":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def payload(self, post_url: str) -> dict:
        return {
            "url": post_url,
            "author_name": "Global Coalition",
            "author_url": "https://twitter.com/coalition",
            "html": POST_HTML,
            "type": "rich",
            "provider_name": "Twitter",
            "version": "1.0",
        }

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        path = urlsplit(handler.path)
        if path.path == "/image.png":
            return self.send(handler, 200, png_bytes(), "image/png")
        if path.path == "/home":
            return self.send(handler, 200, b"{}", "application/json")
        post_url = parse_qs(path.query).get("url", [""])[0]
        mode = next(
            (mode for status, mode in self.by_status.items() if f"/{status}" in post_url),
            self.mode,
        )
        if mode in ("404", "403", "500"):
            return self.send(handler, int(mode), b'{"error": "no"}', "application/json")
        if mode == "slow":
            time.sleep(self.delay)
        if mode == "redirect-away":
            handler.send_response(302)
            handler.send_header("Location", "http://localhost:9/oembed")
            handler.end_headers()
            return None
        if mode == "redirect-home":
            handler.send_response(302)
            handler.send_header("Location", f"{self.base}/home")
            handler.end_headers()
            return None
        if mode == "bad-json":
            return self.send(handler, 200, b'{"html": "<p>cut', "application/json")
        if mode == "html":
            return self.send(handler, 200, b"<html><body>Log in</body></html>", "text/html")
        data = self.payload(post_url)
        if mode == "ok-with-image":
            data["thumbnail_url"] = f"{self.base}/image.png"
        if mode == "no-text":
            data["html"] = "<blockquote></blockquote>"
        if mode == "evil-html":
            data["html"] = (
                '<blockquote><p>Hello <img src=x onerror="alert(1)"><script>alert(2)</script>'
                "<b>world</b></p></blockquote>"
            )
        body = json.dumps(data).encode()
        if mode == "huge":
            body = json.dumps({**data, "padding": "x" * 300_000}).encode()
        return self.send(handler, 200, body, "application/json; charset=utf-8")

    @staticmethod
    def send(handler, status: int, body: bytes, content_type: str) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            handler.wfile.write(body)
