"""CPU per uncached render of each page type, and where it goes: renders pages in-process through
the whole middleware stack (page cache off) and prints CPU ms per request and cProfile's top
functions. `python -m tools.bench.profile [--database PATH] [--repeat N] [--top N] [page ...]`.

Run with the production settings (cached template loader, DEBUG off) like the benchmark.
"""

import argparse
import cProfile
import io
import os
import pstats
import time


def setup(database: str | None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.production")
    os.environ.setdefault("SECRET_KEY", "profile-only-" + "x" * 50)
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
    os.environ["PAGE_CACHE"] = "off"
    if database:
        os.environ["SQLITE_PATH"] = database
    import django

    django.setup()


def page_paths() -> dict[str, str]:
    from campaigns.models import CampaignPage
    from news.models import NewsIndexPage, NewsPage, ReadoutPage, VideoFeaturePage

    def first(model) -> str:
        return model.objects.live().filter(locale__language_code="en").order_by("pk").first().url

    return {
        "home": "/en/",
        "news index": first(NewsIndexPage),
        "article": first(NewsPage),
        "readout": first(ReadoutPage),
        "video": first(VideoFeaturePage),
        "campaign": first(CampaignPage),
        "arabic home": "/ar/",
    }


def cpu_ms(client, path: str, repeat: int) -> float:
    client.get(path)  # templates compiled, renditions made
    started = time.process_time()
    for _ in range(repeat):
        assert client.get(path).status_code == 200, path
    return (time.process_time() - started) * 1000 / repeat


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("pages", nargs="*")
    parser.add_argument("--database")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--top", type=int, default=0, help="print cProfile's top N (cumulative)")
    arguments = parser.parse_args()
    setup(arguments.database)
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    paths = page_paths()
    for name in arguments.pages or paths:
        print(f"{name:12} {cpu_ms(client, paths[name], arguments.repeat):6.1f} ms CPU", flush=True)
        if arguments.top:
            profiler = cProfile.Profile()
            profiler.enable()
            for _ in range(arguments.repeat):
                client.get(paths[name])
            profiler.disable()
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(arguments.top)
            print(out.getvalue())


if __name__ == "__main__":
    main()
