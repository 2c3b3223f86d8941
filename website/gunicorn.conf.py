"""Gunicorn's configuration for production and `make serve`; environment variables override it."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Sync workers: rendering is CPU-bound and a cached page is a few microseconds of work, so one
# process per core plus one to cover a worker blocked on the database or disk.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() + 1))
worker_class = "sync"
# Loading Django once before forking shares its memory between workers and starts them faster.
preload_app = True
# Recycling workers bounds slow memory growth (fragmentation); jitter keeps them from restarting
# all at once. With Redis (make serve) pages and fragments live there and survive a recycle;
# without it a recycled worker starts with an empty local page cache, so recycle rarely either
# way (behind nginx, cache hits no longer reach the workers and do not count).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 100_000))
max_requests_jitter = max_requests // 10
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
# The proxy in front refuses addresses over 8 KB with a 414 (deploy/nginx.conf.template); what it
# lets through must not be refused again here at gunicorn's default of 4 KB.
limit_request_line = 8190
graceful_timeout = 20
keepalive = 5
# Heartbeat files in memory, not on a disk that may stall.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None  # "-" for stdout
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "warning")
# The proxy in front says which requests came over HTTPS (X-Forwarded-Proto).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
wsgi_app = "website.wsgi:application"
raw_env = [
    "DJANGO_SETTINGS_MODULE="
    + os.environ.get("DJANGO_SETTINGS_MODULE", "website.settings.production")
]
