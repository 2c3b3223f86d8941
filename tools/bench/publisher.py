"""The benchmark's editor: `python -m tools.bench.publisher INTERVAL COUNT` publishes a new
revision of the first English news article every INTERVAL seconds, COUNT times at most."""

import sys
import time

import django


def main() -> None:
    interval, count = float(sys.argv[1]), int(sys.argv[2])
    django.setup()
    from news.models import NewsPage

    page = NewsPage.objects.live().filter(locale__language_code="en").order_by("pk").first()
    print("ready", flush=True)
    started = time.monotonic()
    for number in range(count):
        time.sleep(max(0.0, started + (number + 1) * interval - time.monotonic()))
        page.summary = f"Updated summary, revision {number}."
        page.save_revision().publish()
        print("published", flush=True)


if __name__ == "__main__":
    main()
