"""PO uploads are all or nothing: one bad entry and nothing is stored, and the message names it."""

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation

import pytest

from accounts.roles import ensure_roles
from localisation.translate import translate_object
from security import translation_files

from .factories import NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def translation(home_page, news_index) -> Translation:
    """A live Arabic article whose strings are all translated."""
    arabic = Locale.objects.get(language_code="ar")
    for page in (home_page, news_index):
        translate_object(page, arabic, lambda text: f"ع: {text}")
    article = NewsPageFactory(
        parent=news_index,
        title="Ministers meet",
        summary="Partners review progress.",
        body=[("heading", {"text": "The agenda", "level": "h2"})],
    )
    translate_object(article, arabic, lambda text: f"ع: {text}")
    return Translation.objects.get(source__object_id=article.translation_key, target_locale=arabic)


@pytest.fixture
def translator(translation) -> Client:
    user = get_user_model().objects.create_user("layla", "l@example.org", "a-long-passphrase-1")
    user.groups.add(ensure_roles()["Arabic translators"])
    client = Client()
    client.force_login(user)
    return client


def stored(translation: Translation) -> dict:
    return dict(
        StringTranslation.objects.filter(
            locale=translation.target_locale, context__object_id=translation.source.object_id
        ).values_list("pk", "data")
    )


def upload(client: Client, translation: Translation, data: bytes):
    url = f"/admin/localize/translate/{translation.pk}/pofile/upload/"
    response = client.post(url, {"file": SimpleUploadedFile("ar.po", data), "next": "/admin/"})
    assert response.status_code == 302
    return [str(message) for message in response.wsgi_request._messages]


def exported(translation: Translation):
    """The PO file the translator downloads, every entry translated anew."""
    po = translation.export_po()
    for entry in po:
        entry.msgstr = f"جديد: {entry.msgid}"
    return po


def line_of(po, msgctxt: str) -> int:
    """The line of the entry once the file is written out and read back."""
    from polib import pofile

    return next(entry.linenum for entry in pofile(str(po)) if entry.msgctxt == msgctxt)


def test_a_clean_file_is_imported_whole(translator, translation):
    po = exported(translation)
    assert upload(translator, translation, str(po).encode()) == [
        "Successfully imported translations from PO File."
    ]
    assert all(text.startswith("جديد: ") for text in stored(translation).values())


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda entry: setattr(entry, "msgctxt", "body.no-such-block.text"), "context"),
        (lambda entry: setattr(entry, "msgid", "A sentence nobody wrote"), "source text"),
        (lambda entry: setattr(entry, "msgstr", "<script>alert(1)</script>"), "&lt;script&gt;"),
        (lambda entry: setattr(entry, "msgstr", '<img src=x onerror="alert(1)">'), "&lt;img&gt;"),
        (lambda entry: setattr(entry, "msgstr", '<b onclick="steal()">x</b>'), "attributes"),
    ],
    ids=["wrong-context", "unknown-text", "script", "img-onerror", "event-attribute"],
)
def test_one_bad_entry_changes_nothing_and_is_named(translator, translation, change, reason):
    before = stored(translation)
    po = exported(translation)
    bad = po[-1]
    change(bad)
    messages = upload(translator, translation, str(po).encode())

    assert stored(translation) == before  # not even the good entries
    assert len(messages) == 1
    assert messages[0].startswith("Nothing was imported")
    line = line_of(po, bad.msgctxt)
    assert f"Line {line}, context “{bad.msgctxt}”" in messages[0]
    assert reason in messages[0]
    assert not StringTranslation.objects.filter(has_error=True).exists()


def test_every_problem_is_listed(translator, translation):
    po = exported(translation)
    for entry in po:
        entry.msgstr = "<script>x</script>"
    (message,) = upload(translator, translation, str(po).encode())
    assert message.count("<li>") == len(po)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("latin-1", "The file is not UTF-8 text"),
        ("oversize", "The file is larger than 5 MB."),
        ("other-translation", "the file was made for a different translation"),
        ("syntax", "This is not a valid PO file: syntax error on line"),
    ],
)
def test_an_unreadable_file_changes_nothing(translator, translation, data, expected):
    before = stored(translation)
    po = exported(translation)
    if data == "latin-1":
        body = str(po).replace("جديد", "café").encode("latin-1", errors="replace")
        body = body.replace(b"caf?", "café".encode("latin-1"))
    elif data == "oversize":
        body = b"#" * (translation_files.MAX_PO_SIZE + 1)
    elif data == "other-translation":
        po.metadata[translation_files.TRANSLATION_HEADER] = "0" * 32
        body = str(po).encode()
    else:
        body = str(po).encode() + b"\nthis line is not PO\n"
    (message,) = upload(translator, translation, body)
    assert expected in message
    assert stored(translation) == before


def test_upstream_import_is_still_partial(translation):
    """wagtail-localize applies the good entries and skips the rest: the reason the upload view
    checks the whole file first. If this fails, upstream changed: re-read
    security/translation_files.py."""
    po = exported(translation)
    po[-1].msgctxt = "body.no-such-block.text"
    warnings = translation.import_po(po)
    assert len(warnings) == 1
    assert any(text.startswith("جديد: ") for text in stored(translation).values())
