"""Ending every session of one user, on every worker and server at once.

Sessions live in the database (settings.SESSION_ENGINE), so deleting a user's rows ends them
everywhere. Sessions are not indexed by user; only editors have them, so reading the unexpired
ones is cheap.
"""

from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.utils.timezone import now


def end_sessions(user) -> int:
    """Deletes every unexpired session signed in as `user`; returns how many there were."""
    ended = [
        session.pk
        for session in Session.objects.filter(expire_date__gt=now()).iterator()
        if session.get_decoded().get(SESSION_KEY) == str(user.pk)
    ]
    Session.objects.filter(pk__in=ended).delete()
    return len(ended)
