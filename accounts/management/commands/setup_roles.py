"""Create or refresh the project's roles and the default moderation workflow (idempotent)."""

from django.core.management.base import BaseCommand

from accounts.roles import ensure_roles


class Command(BaseCommand):
    help = (
        "Create the Editors, Moderators, Administrators and per-language translator groups with "
        "their rights, and the moderation workflow on the root page. Run after the locale trees exist."
    )

    def handle(self, *args, **options) -> None:
        groups = ensure_roles()
        self.stdout.write("Groups ready: " + ", ".join(sorted(groups)))
