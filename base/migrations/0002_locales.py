"""The site's three locales exist from the first migrate, so translation needs no setup by hand."""

from django.db import migrations

LANGUAGES = ["en", "ar", "fr"]


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code in LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("base", "0001_initial"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]
    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
