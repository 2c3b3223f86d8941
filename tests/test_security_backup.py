"""backup_site and restore_site: everything comes back, in an emptied database."""

import zipfile

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, Locale, Page, Revision, Site
from wagtail_localize.models import StringTranslation, Translation

import pytest

from base.models import SiteIdentity, Topic
from localisation.translate import translate_object
from operations.backup import delete_content

from .factories import ImageFactory, NewsPageFactory, TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_content(home_page, news_index):
    image = ImageFactory(collection=Collection.get_first_root_node(), title="Mosul theatre")
    document = Document.objects.create(
        title="Joint statement", file=ContentFile(b"%PDF-1.4 statement", "statement.pdf")
    )
    topic = TopicFactory(name="Stabilisation")
    article = NewsPageFactory(
        parent=news_index,
        title="Orchestra returns to Mosul",
        listing_image=image,
        body=[("paragraph", "<p>First draft</p>"), ("document", {"document": document})],
    )
    article.topic_links.create(topic=topic)
    article.body = [("paragraph", "<p>Second draft</p>")]
    article.save_revision().publish()
    french = Locale.objects.get(language_code="fr")
    for original in (home_page, news_index, article):
        translate_object(original, french, lambda text: f"FR {text}", fallback=True)
    identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
    identity.x_handle = "coalition_fr"
    identity.save()
    get_user_model().objects.create_user("ed", "ed@example.org", "a-long-passphrase-1")
    return {"article": article, "image": image, "document": document}


def snapshot() -> dict:
    """What must survive: counts, titles, revisions, translations, files and settings."""
    image = Image.objects.get(title="Mosul theatre")
    document = Document.objects.get(title="Joint statement")
    return {
        "pages": sorted(Page.objects.values_list("title", "locale__language_code", "live")),
        "revisions": Revision.objects.count(),
        "revision_contents": sorted(
            str(content.get("body"))
            for content in Revision.objects.values_list("content", flat=True)
        ),
        "translations": Translation.objects.count(),
        "string_translations": sorted(StringTranslation.objects.values_list("data", flat=True)),
        "topics": sorted(Topic.objects.values_list("name", "locale__language_code")),
        "x_handle": SiteIdentity.objects.get().x_handle,
        "users": sorted(get_user_model().objects.values_list("username", flat=True)),
        "image_bytes": default_storage.open(image.file.name).read(),
        "document_bytes": default_storage.open(document.file.name).read(),
        "translation_keys": sorted(
            Page.objects.filter(depth__gt=1).values_list("translation_key", "locale__language_code")
        ),
    }


def test_round_trip_into_an_emptied_database(site_content, tmp_path, client):
    before = snapshot()
    archive = tmp_path / "backup.zip"
    call_command("backup_site", str(archive))
    with zipfile.ZipFile(archive) as contents:
        names = contents.namelist()
    assert "data.json" in names and "manifest.json" in names
    assert any(name.startswith("media/original_images/") for name in names)
    assert any(name.startswith("media/documents/") for name in names)

    # Empty the database (as freshly migrated, without even the root page) and the media.
    delete_content()
    for name in (site_content["image"].file.name, site_content["document"].file.name):
        default_storage.delete(name)
    assert not Page.objects.exists()

    call_command("restore_site", str(archive), interactive=False)
    assert snapshot() == before
    # The restored site serves its pages, in both languages, with the image's renditions.
    article = Page.objects.get(title="Orchestra returns to Mosul").specific
    assert client.get(article.url).status_code == 200
    french = Page.objects.get(title="FR Orchestra returns to Mosul")
    assert client.get(french.url).status_code == 200
    assert client.get("/en/search/", {"q": "Orchestra"}).status_code == 200


def test_restore_refuses_what_is_not_a_backup(tmp_path, home_page):
    archive = tmp_path / "other.zip"
    with zipfile.ZipFile(archive, "w") as contents:
        contents.writestr("data.json", "[]")
    with pytest.raises(CommandError, match="not a site backup"):
        call_command("restore_site", str(archive), interactive=False)
    assert Page.objects.filter(pk=home_page.pk).exists()  # nothing was deleted


def test_restore_refuses_unsafe_file_names(tmp_path, home_page):
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as contents:
        contents.writestr("manifest.json", '{"format": 1}')
        contents.writestr("data.json", "[]")
        contents.writestr("media/../../etc/evil", "x")
    with pytest.raises(CommandError, match="Unsafe file name"):
        call_command("restore_site", str(archive), interactive=False)
    assert Page.objects.filter(pk=home_page.pk).exists()
