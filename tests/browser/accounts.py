"""The people of the editorial journeys: an editor, a moderator and an Arabic translator.

Created in the journeys' demo database by `python -m tests.browser.accounts` (see server.py).
"""

from dataclasses import dataclass

PASSWORD = "journey-passphrase-2026"


@dataclass(frozen=True)
class Account:
    username: str
    group: str
    first_name: str


EDITOR = Account("eleanor", "Editors", "Eleanor")
MODERATOR = Account("musa", "Moderators", "Musa")
ARABIC_TRANSLATOR = Account("layla", "Arabic translators", "Layla")
ACCOUNTS = (EDITOR, MODERATOR, ARABIC_TRANSLATOR)


def create_accounts() -> None:
    """Each account in its group; the groups come from `setup_roles`."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    User = get_user_model()
    for account in ACCOUNTS:
        user, _created = User.objects.get_or_create(
            username=account.username,
            defaults={
                "email": f"{account.username}@example.org",
                "first_name": account.first_name,
            },
        )
        user.set_password(PASSWORD)
        user.save()
        user.groups.add(Group.objects.get(name=account.group))


if __name__ == "__main__":
    import django

    django.setup()
    create_accounts()
