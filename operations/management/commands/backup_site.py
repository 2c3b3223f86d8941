"""Write the whole site (data and uploaded files) to one zip archive."""

from pathlib import Path

from django.core.management.base import BaseCommand
from django.utils import timezone

from operations.backup import create_backup


class Command(BaseCommand):
    help = "Back up pages, revisions, translations, images, documents, users and settings to a zip."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "output",
            nargs="?",
            help="Where to write the archive (default: site-backup-<date>.zip here).",
        )

    def handle(self, *args, output: str | None = None, **options) -> None:
        path = Path(output or f"site-backup-{timezone.now():%Y%m%d-%H%M%S}.zip")
        summary = create_backup(path)
        self.stdout.write(f"Backed up {summary} to {path}")
