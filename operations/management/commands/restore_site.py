"""Replace the site's content with a backup made by backup_site."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from operations.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Restore a backup_site archive into this (migrated) database. Everything currently in "
        "the database is deleted first."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("archive")
        parser.add_argument(
            "--no-input", action="store_false", dest="interactive", help="Do not ask to confirm."
        )

    def handle(self, *args, archive: str, interactive: bool = True, **options) -> None:
        path = Path(archive)
        if not path.is_file():
            raise CommandError(f"No such archive: {path}")
        if interactive:
            answer = input("This deletes everything in the database and replaces it. Type 'yes': ")
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled.")
        try:
            summary = restore_backup(path)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored {summary} from {path}")
