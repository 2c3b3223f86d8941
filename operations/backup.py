"""One-file backups of the whole site: pages, revisions, translations, images, documents, settings.

The archive is a zip holding `manifest.json`, `data.json` (Django's dumpdata with natural keys for
content types and permissions, so it loads into any freshly migrated database) and `media/` with
every original image and document. Renditions, search index rows and the reference index are left
out: they are rebuilt after a restore. Files are read and written through the default storage, so
the same commands work with local media or S3-compatible storage.
"""

import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection, transaction
from django.db.models import FileField
from django.utils import timezone

import wagtail

FORMAT_VERSION = 1
# Rebuilt from the data, recreated by migrations, or only of the moment.
EXCLUDED = [
    "contenttypes",
    "auth.permission",
    "sessions",
    "axes",
    "wagtailadmin",
    "wagtailsearch",
    "wagtailimages.rendition",
    "wagtailcore.referenceindex",
    "wagtailcore.uploadedfile",
]
EXCLUDED_FILE_MODELS = {"wagtailimages.rendition", "wagtailcore.uploadedfile"}


class BackupError(Exception):
    """The archive is not one this site made, or it is damaged."""


@dataclass
class Summary:
    objects: int
    files: int

    def __str__(self) -> str:
        return f"{self.objects} objects, {self.files} files"


def stored_files() -> set[str]:
    """The storage names of every uploaded file the data refers to (originals only)."""
    names = set()
    for model in apps.get_models():
        if model._meta.label_lower in EXCLUDED_FILE_MODELS or model._meta.proxy:
            continue
        fields = [field for field in model._meta.fields if isinstance(field, FileField)]
        for field in fields:
            values = model._base_manager.exclude(**{field.name: ""}).values_list(
                field.name, flat=True
            )
            names.update(name for name in values if name)
    return names


def create_backup(path: Path) -> Summary:
    """Write the archive to `path`, from one consistent read of the database."""
    data = io.StringIO()
    with transaction.atomic():
        call_command(
            "dumpdata",
            exclude=EXCLUDED,
            natural_foreign=True,
            indent=None,
            stdout=data,
        )
        files = sorted(stored_files())
    objects = json.loads(data.getvalue())
    missing = []
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data.json", data.getvalue())
        for name in files:
            if not default_storage.exists(name):
                missing.append(name)
                continue
            with default_storage.open(name, "rb") as handle:
                archive.writestr(f"media/{name}", handle.read())
        manifest = {
            "format": FORMAT_VERSION,
            "created": timezone.now().isoformat(),
            "wagtail": wagtail.__version__,
            "objects": len(objects),
            "files": len(files) - len(missing),
            "missing_files": missing,
        }
        archive.writestr("manifest.json", json.dumps(manifest, indent=2))
    return Summary(len(objects), len(files) - len(missing))


def safe_member_name(member: str) -> str:
    """The storage name of a media member; refuses absolute paths and `..` (zip slip)."""
    relative = PurePosixPath(member).relative_to("media")
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        raise BackupError(f"Unsafe file name in the archive: {member}")
    return str(relative)


def read_manifest(archive: zipfile.ZipFile) -> dict:
    try:
        manifest = json.loads(archive.read("manifest.json"))
    except (KeyError, ValueError) as error:
        raise BackupError("This is not a site backup: manifest.json is missing.") from error
    if manifest.get("format") != FORMAT_VERSION:
        raise BackupError(f"Unknown backup format {manifest.get('format')!r}.")
    return manifest


def restore_backup(path: Path) -> Summary:
    """Replace the database's content and the media files with the archive's.

    The database must be migrated to the same code. Everything in it but content types and
    permissions is deleted first, in the same transaction as the load: a failed restore leaves
    the database as it was.
    """
    with zipfile.ZipFile(path) as archive:
        if archive.testzip() is not None:
            raise BackupError("The archive is damaged.")
        read_manifest(archive)
        media = [name for name in archive.namelist() if name.startswith("media/")]
        names = {member: safe_member_name(member) for member in media if not member.endswith("/")}
        data = archive.read("data.json")
        fixture = Path(path).with_name(Path(path).stem + ".restore.json")
        fixture.write_bytes(data)
        try:
            with transaction.atomic():
                delete_content()
                call_command("loaddata", str(fixture), verbosity=0)
        finally:
            fixture.unlink(missing_ok=True)
        for member, name in names.items():
            if default_storage.exists(name):
                default_storage.delete(name)
            saved = default_storage.save(name, ContentFile(archive.read(member)))
            if saved != name:
                raise BackupError(f"Storage renamed {name} to {saved}; restore stopped.")
    rebuild_indexes()
    return Summary(len(json.loads(data)), len(names))


def delete_content() -> None:
    """Empty every table but the ones migrations own: content types and permissions.

    Those stay as this database's migrations made them (some permissions come from data
    migrations, which a flush would lose); the backup refers to them by natural key.
    """
    kept = {ContentType._meta.db_table, Permission._meta.db_table}
    tables = [
        table
        for table in connection.introspection.django_table_names(only_existing=True)
        if table not in kept
    ]
    # DELETE rather than TRUNCATE: PostgreSQL refuses to truncate a table with deferred
    # constraint checks pending in the transaction. Foreign keys are deferred, so order is free;
    # loaddata resets the sequences afterwards.
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")


def rebuild_indexes() -> None:
    """What the backup leaves out: the search index and the reference index."""
    call_command("rebuild_references_index", verbosity=0)
    call_command("update_index", verbosity=0)
