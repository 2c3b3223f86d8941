"""Malformed image uploads get a form error in the admin, never a 500, and nothing is stored."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.images.models import Image

import pytest
from PIL import Image as PILImage

pytestmark = pytest.mark.django_db


def encoded(format_name: str = "JPEG", size=(64, 48), mode="RGB") -> bytes:
    buffer = io.BytesIO()
    PILImage.new(mode, size, "white").save(buffer, format_name)
    return buffer.getvalue()


def truncated_jpeg() -> bytes:
    buffer = io.BytesIO()
    PILImage.effect_noise((400, 300), 80).convert("RGB").save(buffer, "JPEG", quality=90)
    data = buffer.getvalue()
    return data[: len(data) // 2]


def bomb_png() -> bytes:
    # 9000 × 9000 one-bit pixels: a few kilobytes on disk, 81 million pixels once decoded.
    return encoded("PNG", size=(9000, 9000), mode="1")


HOSTILE_FILES = {
    "truncated.jpg": truncated_jpeg,
    "disguised.gif": lambda: b"GIF89a" + b"<html><script>alert(1)</script></html>" * 20,
    "bomb.png": bomb_png,
    "script.svg": lambda: (
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    ),
    "empty.png": lambda: b"",
    "text.jpg": lambda: b"just some text, no image at all",
    "mismatch.png": lambda: encoded("GIF"),
}


@pytest.fixture
def editor_client(client, admin_user, home_page):
    client.force_login(admin_user)
    return client


@pytest.mark.parametrize("name", sorted(HOSTILE_FILES))
def test_single_upload_gives_a_form_error(editor_client, name):
    upload = SimpleUploadedFile(name, HOSTILE_FILES[name](), content_type="image/jpeg")
    response = editor_client.post("/admin/images/add/", {"title": name, "file": upload})
    assert response.status_code == 200
    assert response.context["form"].errors.get("file"), name
    assert not Image.objects.exists()


@pytest.mark.parametrize("name", sorted(HOSTILE_FILES))
def test_multiple_upload_gives_an_error_message(editor_client, name):
    upload = SimpleUploadedFile(name, HOSTILE_FILES[name](), content_type="image/jpeg")
    response = editor_client.post("/admin/images/multiple/add/", {"files[]": upload})
    if name == "empty.png":
        assert response.status_code in (200, 400)  # an empty file is refused before the form
    else:
        assert response.status_code == 200
        assert response.json()["success"] is False
        assert response.json()["error_message"]
    assert not Image.objects.exists()


def test_oversized_file_is_refused(editor_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    data = encoded("PNG", size=(400, 400), mode="RGB") + b"\0" * 2048
    upload = SimpleUploadedFile("large.png", data, content_type="image/png")
    response = editor_client.post("/admin/images/add/", {"title": "large", "file": upload})
    assert response.status_code == 200
    assert "too big" in str(response.context["form"].errors["file"])


def test_pixel_limit_applies_before_decoding(editor_client, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 1000
    upload = SimpleUploadedFile("wide.png", encoded("PNG", size=(100, 100)))
    response = editor_client.post("/admin/images/add/", {"title": "wide", "file": upload})
    assert response.context["form"].errors["file"]


def test_a_good_image_is_accepted_and_renders(editor_client):
    upload = SimpleUploadedFile("good.jpg", encoded("JPEG"), content_type="image/jpeg")
    response = editor_client.post("/admin/images/add/", {"title": "Good", "file": upload})
    assert response.status_code == 302
    image = Image.objects.get()
    assert image.get_rendition("width-32").width == 32


def test_editing_an_image_without_a_new_file_keeps_it(editor_client):
    upload = SimpleUploadedFile("good.png", encoded("PNG"), content_type="image/png")
    editor_client.post("/admin/images/add/", {"title": "Good", "file": upload})
    image = Image.objects.get()
    response = editor_client.post(f"/admin/images/{image.pk}/", {"title": "Renamed"})
    assert response.status_code == 302
    image.refresh_from_db()
    assert image.title == "Renamed"


def test_upload_pages_render(editor_client):
    assert editor_client.get("/admin/images/add/").status_code == 200
    assert editor_client.get("/admin/images/multiple/add/").status_code == 200


NO_HEADER = (
    "Please upload a valid PO file. "
    "Download the PO file of this translation, translate it and upload that file."
)

# --- Translation files --------------------------------------------------------------------------


@pytest.fixture
def translation(home_page, news_index):
    from wagtail.models import Locale

    from localisation.translate import translate_object

    from .factories import NewsPageFactory

    page = NewsPageFactory(parent=news_index)
    french = Locale.objects.get(language_code="fr")
    for original in (home_page, news_index, page):
        translate_object(original, french, lambda text: text)
    from wagtail_localize.models import Translation

    return Translation.objects.get(source__object_id=page.translation_key, target_locale=french)


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({}, "Please choose a PO file to upload."),
        ({"file": SimpleUploadedFile("x.po", b"")}, "Please choose a PO file to upload."),
        (
            {"file": SimpleUploadedFile("x.po", b"\xff\xfe not a po file \x00")},
            "The file is not UTF-8 text (byte 1). Save it as UTF-8 and try again.",
        ),
        ({"file": SimpleUploadedFile("x.po", b'msgid "a"\nmsgstr "b"\n')}, NO_HEADER),
        (  # read as text, not as a path
            {"file": SimpleUploadedFile("x.po", b"/etc/passwd")},
            "This is not a valid PO file: syntax error on line 1.",
        ),
    ],
)
def test_malformed_po_upload_is_a_message(editor_client, translation, files, message):
    before = translation.source.stringsegment_set.count()
    url = f"/admin/localize/translate/{translation.pk}/pofile/upload/"
    response = editor_client.post(url, {**files, "next": "/admin/"})
    assert response.status_code == 302
    messages = [str(message) for message in response.wsgi_request._messages]
    assert messages == [message]
    assert translation.source.stringsegment_set.count() == before


def test_a_good_po_file_still_imports(editor_client, translation):
    po = translation.export_po()
    for entry in po:
        entry.msgstr = f"FR {entry.msgid}"
    url = f"/admin/localize/translate/{translation.pk}/pofile/upload/"
    upload = SimpleUploadedFile("fr.po", str(po).encode("utf-8"))
    response = editor_client.post(url, {"file": upload, "next": "/admin/"})
    assert response.status_code == 302
    messages = [str(message).strip() for message in response.wsgi_request._messages]
    assert messages == ["Successfully imported translations from PO File."]


def test_upstream_po_upload_still_fails_without_a_file(translation):
    """Remove security/translation_files.py once wagtail-localize handles this itself."""
    from django.contrib.auth import get_user_model
    from django.test import RequestFactory
    from django.utils.datastructures import MultiValueDictKeyError

    from wagtail_localize.views.edit_translation import upload_pofile

    request = RequestFactory().post("/", {})
    request.user = get_user_model().objects.create_superuser("root", "root@example.org", "x" * 20)
    with pytest.raises(MultiValueDictKeyError):
        upload_pofile(request, translation.pk)
