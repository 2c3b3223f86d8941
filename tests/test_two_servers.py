"""Two app servers sharing one database (and one Redis): what one does, the other sees at once.

Each server is a separate gunicorn with the production settings and two workers, on its own
loopback port. Two variants:
- SQLite in a temp folder, each worker with its own local-memory cache (the embedded default):
  runs in the SQLite pass. Before sessions moved to the database alone, a signed-out session
  stayed valid on the other server's workers.
- PostgreSQL and a private Redis (production): runs in the PostgreSQL pass (DATABASE_URL set to
  PostgreSQL) when redis-server is installed; skipped elsewhere, saying why.
"""

import os
import shutil
from contextlib import ExitStack
from urllib.parse import urlsplit

import pytest

from tools.fault_harness import (
    AppServer,
    Client,
    PrivateRedis,
    Site,
    free_port,
    postgres_database,
)

pytestmark = pytest.mark.servers

DATABASE_URL = os.environ.get("DATABASE_URL", "")
ON_POSTGRES = DATABASE_URL.startswith(("postgres://", "postgresql://"))
SERVER_PORTS = range(int(os.environ.get("TEST_SERVER_PORT", 8200)), 8300)
REDIS_PORTS = range(int(os.environ.get("TEST_REDIS_PORT", 6391)), 6400)


@pytest.fixture(scope="module", params=["sqlite-local-memory", "postgres-redis"])
def servers(request, tmp_path_factory):
    """(site, server A, server B, a published article's id, the private Redis or None)."""
    if request.param == "sqlite-local-memory" and ON_POSTGRES:
        pytest.skip("The SQLite variant runs in the SQLite pass")
    with ExitStack() as cleanup:
        redis, database_url = None, ""
        if request.param == "postgres-redis":
            if not ON_POSTGRES:
                pytest.skip("Runs in the PostgreSQL pass (DATABASE_URL=postgres://…)")
            if shutil.which("redis-server") is None:
                pytest.skip("redis-server is not installed")
            redis = PrivateRedis(free_port(REDIS_PORTS))
            redis.start()
            cleanup.callback(redis.stop)
            own_name = urlsplit(DATABASE_URL).path.strip("/") + "_servers"
            name = os.environ.get("SERVERS_DATABASE_NAME", own_name)
            database_url = cleanup.enter_context(postgres_database(DATABASE_URL, name))
        work = tmp_path_factory.mktemp("two-servers")
        site = Site(
            work,
            redis_url=redis.url if redis else "",
            database_url=database_url,
            # With the local-memory cache, both servers read the page-cache token from one file.
            env_overrides={"PAGE_CACHE_GENERATION_FILE": str(work / "page-cache-generation")},
        )
        article = site.prepare(articles=3)
        first = cleanup.enter_context(AppServer(site, free_port(SERVER_PORTS)).running())
        second = cleanup.enter_context(AppServer(site, free_port(SERVER_PORTS)).running())
        yield site, first, second, article, redis


def title_shown(client: Client, path: str) -> str:
    return client.get(path).text.split("<title>", 1)[1].split("<", 1)[0]


def draft(site: Site, article: int, title: str) -> None:
    site.manage(
        "shell",
        "-c",
        f"from wagtail.models import Page; p = Page.objects.get(pk={article}).specific; "
        f"p.title = {title!r}; p.save_revision()",
    )


def article_path(site: Site, article: int) -> str:
    code = f"from wagtail.models import Page; print(Page.objects.get(pk={article}).url)"
    return site.manage("shell", "-c", code).split()[-1]


def test_a_publish_on_one_server_is_seen_on_both(servers):
    site, first, second, article, _redis = servers
    path = article_path(site, article)
    readers = [first.client(), second.client()]
    for reader in readers:  # both have the page cached now
        reader.get(path)
        assert reader.get(path).status == 200
    draft(site, article, "Ministers agree a new water plan")
    editor = first.client()
    assert editor.sign_in().status == 302
    assert editor.publish(article).status == 302
    for reader in readers:
        assert "Ministers agree a new water plan" in title_shown(reader, path)


def test_signing_out_on_one_server_ends_the_session_on_both(servers):
    _site, first, second, _article, _redis = servers
    editor = first.client()
    assert editor.sign_in().status == 302
    other = Client(second.port, cookies=editor.cookies)
    # Every worker of both servers has read the session (each request may reach any worker).
    for _request in range(6):
        assert editor.get("/admin/").status == 200
        assert other.get("/admin/").status == 200
    assert editor.sign_out().status == 302
    for client in (Client(first.port, cookies=other.cookies), other):
        for _request in range(6):
            response = client.get("/admin/")
            assert response.status == 302 and "/admin/login/" in response.headers["Location"]


def test_a_password_change_on_one_server_ends_the_other_sessions(servers):
    site, first, second, _article, _redis = servers
    editor = first.client()
    assert editor.sign_in().status == 302
    elsewhere = second.client()
    assert elsewhere.sign_in().status == 302
    for _request in range(4):
        assert elsewhere.get("/admin/").status == 200
    site.manage(
        "shell",
        "-c",
        "from django.contrib.auth import get_user_model; "
        "u = get_user_model().objects.get(username='faults-editor'); "
        "u.set_password('faults-editor-passphrase-2026'); u.save()",
    )
    for client in (editor, elsewhere):
        for _request in range(4):
            assert client.get("/admin/").status == 302


def test_a_cache_flush_or_redis_restart_loses_no_content(servers):
    site, first, second, article, redis = servers
    if redis is None:
        pytest.skip("This variant has no Redis")
    path = article_path(site, article)
    before = {server.port: title_shown(server.client(), path) for server in (first, second)}
    redis.flush()
    assert {server.port: title_shown(server.client(), path) for server in (first, second)} == before
    redis.stop()
    for server in (first, second):
        assert title_shown(server.client(), path) == before[server.port]
        assert server.client().get("/healthz").status == 200
    draft(site, article, "Published while Redis was down")
    editor = first.client()
    assert editor.sign_in().status == 302
    assert editor.publish(article).status == 302
    redis.start()
    for server in (first, second):
        for _request in range(4):
            assert "Published while Redis was down" in title_shown(server.client(), path)
