"""`manage.py load_demo_content`: builds (or brings up to date) the demo site in three languages."""

import time

from django.core.management.base import BaseCommand

from demo.loader import load


class Command(BaseCommand):
    help = (
        "Create the demo topics, images, documents and pages in English, translate them into "
        "Arabic and French with wagtail-localize, and prepare image renditions. Safe to run "
        "again: only what differs is written."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        stats = load(log=lambda line: self.stdout.write(f"  {line}"))
        elapsed = time.monotonic() - started
        written = sum(stats.values())
        summary = f"{written} objects written" if written else "nothing to change"
        self.stdout.write(self.style.SUCCESS(f"Demo content loaded in {elapsed:.1f}s: {summary}."))
