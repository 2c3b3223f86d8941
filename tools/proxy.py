"""The nginx configuration for `make serve`: deploy/nginx.conf.template with paths, ports and
the page cache's own key and bypass rules filled in from Django's settings.

`python -m tools.proxy --listen 127.0.0.1:8000 --upstream 127.0.0.1:8001 --prefix var/nginx`
writes var/nginx/nginx.conf and checks it with `nginx -t`.
"""

import argparse
import os
import pwd
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "deploy" / "nginx.conf.template"
MODULES = Path("/usr/lib/nginx/modules")
BROTLI_FILTER = "ngx_http_brotli_filter_module.so"
BROTLI_STATIC = "ngx_http_brotli_static_module.so"
BROTLI_TYPES = (
    "text/css text/javascript application/javascript application/json application/xml "
    "text/xml application/rss+xml application/atom+xml image/svg+xml text/plain"
)


@dataclass
class ProxyConfig:
    listen: str  # address:port visitors use
    upstream: str  # gunicorn's address:port
    prefix: Path  # nginx's own folder: pid, logs, cache, temporary files
    access_log: bool = True
    worker_processes: str = "auto"

    @property
    def path(self) -> Path:
        return self.prefix / "nginx.conf"

    def render(self) -> str:
        from django.conf import settings

        from security.consent import CONSENT_COOKIE

        bypass = (settings.SESSION_COOKIE_NAME, *settings.PAGE_CACHE_BYPASS_COOKIES)
        brotli = (MODULES / BROTLI_FILTER).exists()
        brotli_static = (MODULES / BROTLI_STATIC).exists()
        values = {
            "MODULES": "\n".join(
                f"load_module {MODULES / name};"
                for name, present in ((BROTLI_FILTER, brotli), (BROTLI_STATIC, brotli_static))
                if present
            ),
            "BROTLI": (
                f"    brotli on;\n    brotli_comp_level 5;\n    brotli_min_length 256;\n"
                f"    brotli_types {BROTLI_TYPES};"
                if brotli
                else ""
            ),
            "BROTLI_STATIC": "            brotli_static on;" if brotli_static else "",
            "USER": current_user_directive(),
            "WORKER_PROCESSES": self.worker_processes,
            "PREFIX": str(self.prefix.resolve()),
            "MIME_TYPES": mime_types(),
            "ACCESS_LOG": f"{self.prefix.resolve()}/access.log" if self.access_log else "off",
            "CONSENT_COOKIE": CONSENT_COOKIE,
            "BYPASS_COOKIE_VARIABLES": "".join(f"$cookie_{name}" for name in bypass),
            "UPSTREAM": self.upstream,
            "LISTEN": self.listen,
            "STATIC_ROOT": str(Path(settings.STATIC_ROOT).resolve()),
            "MEDIA_ROOT": str(Path(settings.MEDIA_ROOT).resolve()),
            "ADMIN_PATH": "/" + settings.ADMIN_PATH,
        }
        text = TEMPLATE.read_text()
        for name, value in values.items():
            text = text.replace(f"@{name}@", value)
        return text

    def write(self) -> Path:
        for folder in ("temp", "cache"):
            (self.prefix / folder).mkdir(parents=True, exist_ok=True)
        self.path.write_text(self.render())
        return self.path

    def command(self, *extra: str) -> list[str]:
        """nginx with its own prefix, config and error log: no root, nothing under /etc or /var."""
        prefix = str(self.prefix.resolve())
        return [
            nginx_binary(),
            "-p",
            prefix,
            "-c",
            str(self.path.resolve()),
            "-e",
            f"{prefix}/error.log",
            *extra,
        ]

    def test(self) -> subprocess.CompletedProcess:
        return subprocess.run(self.command("-t", "-q"), capture_output=True, text=True)


def current_user_directive() -> str:
    """Started by root, nginx would run its workers as `nobody`, who cannot write the cache
    under var/; started by anyone else, it runs as them and refuses the directive."""
    if os.geteuid() != 0:
        return ""
    return f"user {pwd.getpwuid(os.geteuid()).pw_name};"


def nginx_binary() -> str:
    return shutil.which("nginx") or "/usr/sbin/nginx"


def mime_types() -> str:
    """Debian's list (package nginx-common); other systems keep it beside their nginx.conf."""
    for candidate in ("/etc/nginx/mime.types", "/usr/local/etc/nginx/mime.types"):
        if os.path.exists(candidate):
            return candidate
    return "/etc/nginx/mime.types"


def main() -> None:
    import django

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listen", default="127.0.0.1:8000")
    parser.add_argument("--upstream", default="127.0.0.1:8001")
    parser.add_argument("--prefix", type=Path, default=ROOT / "var" / "nginx")
    arguments = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.production")
    django.setup()
    config = ProxyConfig(arguments.listen, arguments.upstream, arguments.prefix)
    print(config.write())
    result = config.test()
    raise SystemExit(result.stderr or 0)


if __name__ == "__main__":
    main()
