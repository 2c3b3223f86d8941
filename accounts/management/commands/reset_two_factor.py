"""Remove a user's two-factor devices, for someone who lost theirs; they set up a new one next login.

Every session of that user ends too, on every server: a lost device may be in someone else's hands.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from django_otp import devices_for_user

from accounts.sessions import end_sessions


class Command(BaseCommand):
    help = "Delete every two-factor device (app and backup codes) of the given user."

    def add_arguments(self, parser) -> None:
        parser.add_argument("username")

    def handle(self, *args, username: str, **options) -> None:
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        removed = 0
        for device in devices_for_user(user, confirmed=None):
            device.delete()
            removed += 1
        ended = end_sessions(user)
        self.stdout.write(f"Removed {removed} device(s) of {username}; ended {ended} session(s).")
