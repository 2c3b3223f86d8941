"""The benchmark's editor: `python -m tools.bench.publisher INTERVAL COUNT [ARTICLES]` publishes a
new revision of one of the first ARTICLES English news articles (1 unless given; taking turns)
every INTERVAL seconds, COUNT times at most.

It publishes as the admin's publish action does (`save_revision()` then publishing the revision),
with the tier's settings: the warm-up each publish queues goes to the database queue and runs in
the tier's task worker (`manage.py db_worker`), never here, as under `make serve`. Each publish is
printed as one JSON line — how long it took, how many tasks it queued (search index and reference
index updates among them) and how many of those are warm-ups — and, once the worker has run its
warm-ups, another line with how long after the publish they had all finished:

    {"event": "published", "number": 0, "url": "/en/news/…/", "publish_s": 0.41, "tasks": 9,
     "warm_ups": 3}
    {"event": "warmed", "number": 0, "warm_s": 6.2, "failed": 0}
"""

import json
import sys
import time

import django

WARM_TIMEOUT = 120  # after the last publish, how long to wait for its warm-ups
WARM_TASK = "base.warm.warm_pages"


def say(**event) -> None:
    print(json.dumps(event), flush=True)


def main() -> None:
    interval, count = float(sys.argv[1]), int(sys.argv[2])
    articles = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    django.setup()
    from django_tasks_db.models import DBTaskResult

    from news.models import NewsPage

    pages = list(
        NewsPage.objects.live().filter(locale__language_code="en").order_by("pk")[:articles]
    )
    queued_before = set(DBTaskResult.objects.values_list("pk", flat=True))
    waiting: dict[int, tuple[float, set]] = {}  # publish number: (when, its warm-ups)
    say(event="ready")

    def poll() -> None:
        for number, (when, tasks) in list(waiting.items()):
            results = DBTaskResult.objects.filter(pk__in=tasks)
            if not results.exclude(status__in=("SUCCESSFUL", "FAILED")).exists():
                finished = max(r.finished_at for r in results).timestamp() if tasks else when
                failed = results.filter(status="FAILED").count()
                say(event="warmed", number=number, warm_s=round(finished - when, 3), failed=failed)
                del waiting[number]

    def sleep_until(deadline: float) -> None:
        while time.monotonic() < deadline:
            poll()
            time.sleep(max(0.0, min(0.25, deadline - time.monotonic())))

    started = time.monotonic()
    for number in range(count):
        sleep_until(started + (number + 1) * interval)
        page = pages[number % len(pages)]
        page.refresh_from_db()
        page.summary = f"Updated summary, revision {number}."
        when, clock = time.time(), time.monotonic()
        page.save_revision().publish()
        publish_s = time.monotonic() - clock
        queued = dict(DBTaskResult.objects.values_list("pk", "task_path"))
        tasks = set(queued) - queued_before
        queued_before |= tasks
        warm_ups = {pk for pk in tasks if queued[pk] == WARM_TASK}
        waiting[number] = (when, warm_ups)
        say(
            event="published",
            number=number,
            url=page.url,
            publish_s=round(publish_s, 3),
            tasks=len(tasks),
            warm_ups=len(warm_ups),
        )
    deadline = time.monotonic() + WARM_TIMEOUT
    while waiting and time.monotonic() < deadline:
        poll()
        time.sleep(0.25)
    say(event="done")


if __name__ == "__main__":
    main()
