"""The bulk-content command: a management command class kept outside INSTALLED_APPS (tools are
not an app). `python -m tools.generate_bulk_content` runs it; tests call it with
`call_command(Command(), ...)`.
"""

import sys
import time

from django.core.management.base import BaseCommand, CommandError

from base.page_cache import Generation
from tools import bulk


class Command(BaseCommand):
    help = "Create N live articles (news, readouts, videos) across English, Arabic and French."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, required=True, help="How many to create.")
        parser.add_argument("--batch-size", type=int, default=600)
        parser.add_argument("--seed", type=int, default=1, help="Same seed, same articles.")
        parser.add_argument(
            "--no-index", action="store_true", help="Skip the search index (update_index later)."
        )

    def handle(self, *args, articles: int, batch_size: int, seed: int, no_index: bool, **options):
        if articles < 1:
            raise CommandError("--articles must be at least 1.")
        bulk.sqlite_tuned()
        started = time.monotonic()
        bar = ProgressBar(articles, self.stdout)
        try:
            made = bulk.generate(articles, batch_size, seed, not no_index, bar.update)
        except ValueError as error:
            raise CommandError(str(error)) from error
        bar.close()
        Generation().bump()  # rows written in bulk send no signals: drop cached pages here
        elapsed = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {made} articles in {elapsed:.1f} s ({made / elapsed:.0f} articles/s)."
            )
        )


class ProgressBar:
    """A one-line bar with the rate and time left, redrawn in place on a terminal."""

    WIDTH = 30

    def __init__(self, total: int, out):
        self.total, self.out, self.started = total, out, time.monotonic()
        self.interactive = sys.stdout.isatty()

    def update(self, done: int) -> None:
        elapsed = max(time.monotonic() - self.started, 1e-6)
        rate = done / elapsed
        left = (self.total - done) / rate if rate else 0
        filled = int(self.WIDTH * done / self.total)
        line = (
            f"[{'#' * filled}{'.' * (self.WIDTH - filled)}] {done}/{self.total} "
            f"{rate:.0f} articles/s, {left:.0f} s left"
        )
        self.out.write(("\r" + line) if self.interactive else line, ending="")
        if not self.interactive:
            self.out.write("")

    def close(self) -> None:
        if self.interactive:
            self.out.write("")
