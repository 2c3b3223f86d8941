"""Refresh every stored post from X, at a bounded rate, and say which were deleted upstream."""

import time

from django.core.management.base import BaseCommand, CommandParser

from base.post_refresh import DELETED, FAILED, UPDATED, pages_with_posts, posts_on, refresh_page


class Command(BaseCommand):
    help = (
        "Ask X again for every post stored on a page (one request per post, --delay seconds "
        "apart) and save what changed; list the posts X says were deleted."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--delay", type=float, default=2.0, help="Seconds between two requests to X."
        )
        parser.add_argument(
            "--limit", type=int, default=500, help="Refresh at most this many posts."
        )

    def handle(self, *args, delay: float, limit: int, **options) -> None:
        counts = {UPDATED: 0, DELETED: 0, FAILED: 0, "unchanged": 0}
        done = 0
        for page in pages_with_posts():
            for block_id in self.post_ids(page):
                if done >= limit:
                    return self.summary(counts, limit_reached=True)
                if done:
                    time.sleep(delay)
                done += 1
                for result in refresh_page(page, block_id=block_id):
                    counts[result.outcome] += 1
                    self.report(result)
        return self.summary(counts, limit_reached=False)

    @staticmethod
    def post_ids(page) -> list[str]:
        return [post_id for post_id, _post in posts_on(page.get_latest_revision_as_object())]

    def report(self, result) -> None:
        page = result.page
        where = f"{page.get_admin_display_title()} (page {page.pk}, {page.locale.language_code})"
        if result.outcome == DELETED:
            self.stdout.write(self.style.WARNING(f"deleted upstream: {result.url} on {where}"))
        elif result.outcome == FAILED:
            self.stdout.write(
                self.style.ERROR(f"failed: {result.url} on {where}: {result.message}")
            )
        elif result.outcome == UPDATED:
            self.stdout.write(f"updated: {result.url} on {where}")

    def summary(self, counts: dict, *, limit_reached: bool) -> None:
        line = ", ".join(f"{count} {outcome}" for outcome, count in counts.items())
        if limit_reached:
            line += " (limit reached: run again for the rest)"
        self.stdout.write(line)
