"""Admin accounts: login throttling with lockout, two-factor authentication, the admin's path."""

import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client as client_class

import pytest
from axes.models import AccessAttempt
from bs4 import BeautifulSoup
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.roles import ensure_roles

pytestmark = pytest.mark.django_db
PASSWORD = "correct-horse-battery-staple-42"


@pytest.fixture
def superuser(home_page):
    return get_user_model().objects.create_superuser("chief", "chief@example.org", PASSWORD)


@pytest.fixture
def editor(home_page):
    groups = ensure_roles()
    user = get_user_model().objects.create_user("ed", "ed@example.org", PASSWORD)
    user.groups.add(groups["Editors"])
    return user


def sign_in(client, username: str, password: str = PASSWORD):
    return client.post("/admin/login/", {"username": username, "password": password})


def unthrottle(device: TOTPDevice) -> None:
    """Forget earlier wrong guesses: django-otp delays the next try after each one."""
    device.refresh_from_db()
    device.throttle_reset(commit=True)


def current_code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


# --- Throttling ---------------------------------------------------------------------------------


def test_repeated_failures_lock_the_account_out(client, superuser, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "chief", "wrong-password").status_code == 200
    assert sign_in(client, "chief", "wrong-password").status_code == 429  # the limit is reached
    locked = sign_in(client, "chief")  # even the right password is refused now
    assert locked.status_code == 429
    assert BeautifulSoup(locked.content, "html.parser").h1.get_text() == "Too many attempts"
    assert int(locked["Retry-After"]) == int(settings.AXES_COOLOFF_TIME * 3600)
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    ("language", "heading"), [("fr", "Trop de tentatives"), ("ar", "محاولات كثيرة جدًا")]
)
def test_lockout_page_speaks_the_visitors_language(client, superuser, settings, language, heading):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "chief", "wrong-password")
    locked = client.post(
        "/admin/login/",
        {"username": "chief", "password": PASSWORD},
        HTTP_ACCEPT_LANGUAGE=language,
    )
    assert locked.status_code == 429
    soup = BeautifulSoup(locked.content, "html.parser")
    assert soup.h1.get_text() == heading and soup.html["lang"] == language


def test_password_spraying_from_one_address_is_throttled(client, superuser, settings):
    """One password tried against many usernames from one address: the address is locked out."""
    for number in range(settings.AXES_ADDRESS_FAILURE_LIMIT - 1):
        assert sign_in(client, f"user{number}", "Spring2026!").status_code == 200
    assert sign_in(client, "one-more", "Spring2026!").status_code == 429
    # Now every account is refused from that address, even with the right password...
    assert sign_in(client, "chief").status_code == 429
    # ...and from another address the account is untouched.
    other = client.post(
        "/admin/login/", {"username": "chief", "password": PASSWORD}, REMOTE_ADDR="198.51.100.7"
    )
    assert other.status_code == 302


def test_a_few_typos_from_a_shared_address_lock_out_nobody_else(
    client, superuser, editor, settings
):
    """An office behind one NAT address: below the address limit, only the pair is locked."""
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "chief", "wrong-password")
    assert sign_in(client, "ed").status_code == 302


def test_guessing_one_account_from_many_addresses_is_throttled(client, superuser, settings):
    for number in range(settings.AXES_ACCOUNT_FAILURE_LIMIT):
        client.post(
            "/admin/login/",
            {"username": "chief", "password": f"guess-{number}"},
            REMOTE_ADDR=f"203.0.113.{number + 1}",
        )
    fresh_address = client.post(
        "/admin/login/", {"username": "chief", "password": PASSWORD}, REMOTE_ADDR="192.0.2.99"
    )
    assert fresh_address.status_code == 429


def test_administrators_lift_a_lockout_from_the_admin(client, superuser, editor, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "ed", "wrong-password")
    assert sign_in(client, "ed").status_code == 429

    administrator = get_user_model().objects.create_user("admin2", "a@example.org", PASSWORD)
    administrator.groups.add(Group.objects.get(name="Administrators"))
    admin_client = client_class()
    admin_client.force_login(administrator)
    listing = admin_client.get("/admin/lockouts/")
    assert listing.status_code == 200
    rows = BeautifulSoup(listing.content, "html.parser").select("tbody tr")
    assert [row.td.get_text() for row in rows] == ["ed"]
    attempt = rows[0].select_one("button")["value"]
    lifted = admin_client.post("/admin/lockouts/", {"attempt": attempt})
    assert lifted.status_code == 302

    assert sign_in(client, "ed").status_code == 302


def test_editors_cannot_lift_lockouts(client, editor, superuser, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "chief", "wrong-password")
    client.force_login(editor)
    # Wagtail's answer to a refused admin page: back to the dashboard.
    assert client.get("/admin/lockouts/")["Location"] == "/admin/"
    assert client.post("/admin/lockouts/", {"attempt": "all"})["Location"] == "/admin/"
    assert AccessAttempt.objects.filter(username="chief").exists()
    assert b"/admin/lockouts/" not in client.get("/admin/").content


def test_failures_below_the_limit_then_success_reset_the_count(client, superuser, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "chief", "wrong-password")
    assert sign_in(client, "chief").status_code == 302
    client.logout()
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "chief", "wrong-password")
    assert sign_in(client, "chief").status_code == 302


def test_lockout_is_per_username_and_address(client, superuser, editor, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "chief", "wrong-password")
    # Another account from the same address is not locked out by someone guessing at "chief".
    assert sign_in(client, "ed").status_code == 302


def test_client_address_behind_trusted_proxies(rf, settings):
    from accounts.throttling import client_ip

    settings.TRUSTED_PROXY_ADDRESSES = ["127.0.0.1"]
    request = rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9")
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "127.0.0.1"
    settings.TRUSTED_PROXY_COUNT = 1
    # The entry our proxy appended, not the one the client wrote itself.
    assert client_ip(request) == "203.0.113.9"


def test_forwarded_address_is_ignored_unless_it_comes_from_our_proxy(rf, settings):
    """A client reaching the app server directly cannot pick its address to dodge the lockout."""
    from accounts.throttling import client_ip

    settings.TRUSTED_PROXY_COUNT = 1
    settings.TRUSTED_PROXY_ADDRESSES = ["127.0.0.1"]
    direct = rf.get("/", REMOTE_ADDR="198.51.100.20", HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert client_ip(direct) == "198.51.100.20"


def test_spraying_through_forged_forwarded_addresses_is_still_throttled(
    client, superuser, settings
):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.TRUSTED_PROXY_ADDRESSES = ["127.0.0.1"]
    for number in range(settings.AXES_ADDRESS_FAILURE_LIMIT):
        client.post(
            "/admin/login/",
            {"username": f"user{number}", "password": "Spring2026!"},
            REMOTE_ADDR="198.51.100.20",
            HTTP_X_FORWARDED_FOR=f"10.9.8.{number}",
        )
    locked = client.post(
        "/admin/login/",
        {"username": "chief", "password": PASSWORD},
        REMOTE_ADDR="198.51.100.20",
        HTTP_X_FORWARDED_FOR="10.9.8.250",
    )
    assert locked.status_code == 429


# --- Two factors --------------------------------------------------------------------------------


@pytest.fixture
def two_factor_for_administrators(settings):
    settings.TWO_FACTOR_REQUIRED_FOR = "administrators"


def enrol(client) -> tuple[TOTPDevice, list[str]]:
    setup = client.get("/admin/two-factor/setup/")
    assert setup.status_code == 200 and b"<svg" in setup.content
    device = TOTPDevice.objects.get(confirmed=False)
    wrong = client.post("/admin/two-factor/setup/", {"token": "000000"})
    assert wrong.status_code == 200 and b"does not match" in wrong.content
    unthrottle(device)
    done = client.post("/admin/two-factor/setup/", {"token": current_code(device)})
    assert done.status_code == 200
    codes = [
        code.get_text() for code in BeautifulSoup(done.content, "html.parser").select("li code")
    ]
    assert len(codes) == 10
    device.refresh_from_db()
    assert device.confirmed
    return device, codes


def test_administrator_must_set_up_then_verify(client, superuser, two_factor_for_administrators):
    assert sign_in(client, "chief").status_code == 302
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/two-factor/setup/")

    device, codes = enrol(client)
    assert client.get("/admin/pages/").status_code == 200

    # A new session asks for a code, refuses a wrong one, and accepts a right one.
    client.logout()
    sign_in(client, "chief")
    assert client.get("/admin/").url.startswith("/admin/two-factor/verify/")
    wrong = client.post("/admin/two-factor/verify/", {"token": "123456", "next": "/admin/"})
    assert wrong.status_code == 200 and b"not valid" in wrong.content
    assert client.get("/admin/").status_code == 302
    unthrottle(device)
    device.last_t = -1  # the enrolment used this time step's code already
    device.save()
    right = client.post(
        "/admin/two-factor/verify/", {"token": current_code(device), "next": "/admin/"}
    )
    assert right.status_code == 302 and right["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200

    # A backup code works once.
    client.logout()
    sign_in(client, "chief")
    assert client.post("/admin/two-factor/verify/", {"token": codes[0]}).status_code == 302
    client.logout()
    sign_in(client, "chief")
    assert client.post("/admin/two-factor/verify/", {"token": codes[0]}).status_code == 200


def test_verify_never_redirects_off_site(client, superuser, two_factor_for_administrators):
    sign_in(client, "chief")
    device, codes = enrol(client)
    client.logout()
    sign_in(client, "chief")
    response = client.post(
        "/admin/two-factor/verify/", {"token": codes[1], "next": "https://evil.example/"}
    )
    assert response["Location"] == "/admin/"


def test_policy_decides_who_needs_two_factors(client, editor, settings):
    settings.TWO_FACTOR_REQUIRED_FOR = "administrators"
    sign_in(client, "ed")
    assert client.get("/admin/").status_code == 200
    settings.TWO_FACTOR_REQUIRED_FOR = "everyone"
    assert client.get("/admin/").status_code == 302
    # Administrators group members count as administrators.
    settings.TWO_FACTOR_REQUIRED_FOR = "administrators"
    editor.groups.add(Group.objects.get(name="Administrators"))
    assert client.get("/admin/").status_code == 302


def test_anyone_with_a_device_is_asked_for_it(client, editor, settings):
    settings.TWO_FACTOR_REQUIRED_FOR = "nobody"
    TOTPDevice.objects.create(user=editor, name="app", confirmed=True)
    sign_in(client, "ed")
    assert client.get("/admin/").url.startswith("/admin/two-factor/verify/")


def test_public_site_is_untouched_by_two_factor(client, superuser, two_factor_for_administrators):
    sign_in(client, "chief")
    assert client.get("/en/").status_code == 200


def test_reset_two_factor_command_ends_every_session_of_that_user(superuser, editor):
    from django.core.management import call_command

    TOTPDevice.objects.create(user=superuser, name="app", confirmed=True)
    chief_elsewhere, chief_here, editor_session = client_class(), client_class(), client_class()
    for session_client, user in (
        (chief_elsewhere, superuser),
        (chief_here, superuser),
        (editor_session, editor),
    ):
        session_client.force_login(user)
    call_command("reset_two_factor", "chief", stdout=StringIO())
    assert not TOTPDevice.objects.filter(user=superuser).exists()
    for ended in (chief_elsewhere, chief_here):
        assert ended.get("/admin/")["Location"].startswith("/admin/login/")
    assert editor_session.get("/admin/").status_code == 200  # nobody else is signed out


# --- Sessions -----------------------------------------------------------------------------------


def test_sessions_live_in_the_database_alone(settings):
    """A per-process cache in front kept signed-out sessions alive on the other workers."""
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.db"


def test_signing_out_ends_the_session_for_every_holder_of_the_cookie(client, editor):
    sign_in(client, "ed")
    stolen = client_class()
    stolen.cookies["sessionid"] = client.cookies["sessionid"].value
    assert stolen.get("/admin/").status_code == 200
    client.post("/admin/logout/")
    assert stolen.get("/admin/")["Location"].startswith("/admin/login/")


def test_changing_the_password_ends_the_other_sessions(client, editor, settings):
    sign_in(client, "ed")
    elsewhere = client_class()
    elsewhere.post("/admin/login/", {"username": "ed", "password": PASSWORD})
    assert elsewhere.get("/admin/").status_code == 200
    editor.set_password("another-long-passphrase-77")
    editor.save()
    assert elsewhere.get("/admin/")["Location"].startswith("/admin/login/")


# --- Admin path ---------------------------------------------------------------------------------


def test_admin_path_comes_from_the_environment():
    root = Path(__file__).resolve().parent.parent
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "website.settings.test",
        "ADMIN_PATH": "backstage",
    }
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.urls import reverse; "
            "print(reverse('wagtailadmin_home'), reverse('wagtailadmin_login'))",
        ],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["/backstage/", "/backstage/login/"]


def test_account_page_links_to_two_factor_settings(client, editor):
    client.force_login(editor)
    assert b"/admin/two-factor/" in client.get("/admin/account/").content
    page = client.get("/admin/two-factor/")
    assert page.status_code == 200 and b"off for your account" in page.content


def test_new_backup_codes_and_switching_off(client, editor, settings):
    settings.TWO_FACTOR_REQUIRED_FOR = "nobody"
    sign_in(client, "ed")
    device, old_codes = enrol(client)
    page = client.get("/admin/two-factor/")
    assert b"10 unused backup codes" in page.content
    fresh = client.post("/admin/two-factor/", {"action": "backup_codes"})
    new_codes = [
        code.get_text() for code in BeautifulSoup(fresh.content, "html.parser").select("li code")
    ]
    assert len(new_codes) == 10 and not set(new_codes) & set(old_codes)
    client.post("/admin/two-factor/", {"action": "remove"})
    assert not TOTPDevice.objects.filter(user=editor).exists()


def test_required_users_cannot_switch_two_factor_off(
    client, superuser, two_factor_for_administrators
):
    sign_in(client, "chief")
    enrol(client)
    page = client.get("/admin/two-factor/")
    assert b'value="remove"' not in page.content
    client.post("/admin/two-factor/", {"action": "remove"})
    assert TOTPDevice.objects.filter(user=superuser, confirmed=True).exists()


def test_unverified_session_cannot_change_devices(client, editor, settings):
    settings.TWO_FACTOR_REQUIRED_FOR = "nobody"
    TOTPDevice.objects.create(user=editor, name="app", confirmed=True)
    sign_in(client, "ed")  # password only: the middleware sends them to verify first
    response = client.post("/admin/two-factor/", {"action": "remove"})
    assert response.status_code == 302 and "/two-factor/verify/" in response["Location"]
    assert TOTPDevice.objects.filter(user=editor).exists()
