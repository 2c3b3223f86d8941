"""Create or refresh the project's user groups (idempotent)."""

from django.core.management.base import BaseCommand

from localisation.roles import ensure_translator_groups


class Command(BaseCommand):
    help = "Create the translator groups and give each edit rights on its own language's tree."

    def handle(self, *args, **options) -> None:
        groups = ensure_translator_groups()
        self.stdout.write("Groups ready: " + ", ".join(group.name for group in groups.values()))
