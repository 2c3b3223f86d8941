"""Members: the year joined instead of a full date, a flag code instead of a flag emoji."""

import django.core.validators
import django.db.models.deletion
from django.db import migrations, models



REGIONAL_A = 0x1F1E6


def carry_over(apps, schema_editor):
    """Keep what the old fields said: the year of the date, the code the flag emoji spells."""
    Member = apps.get_model("members", "Member")
    for member in Member.objects.all():
        member.year_joined = member.date_joined.year if member.date_joined else None
        letters = [chr(ord("A") + ord(ch) - REGIONAL_A) for ch in member.flag if 0 <= ord(ch) - REGIONAL_A < 26]
        member.iso_code = "".join(letters) if len(letters) == 2 else ""
        member.save(update_fields=["year_joined", "iso_code"])


class Migration(migrations.Migration):

    dependencies = [
        ('members', '0001_initial'),
        ('wagtailimages', '0027_image_description'),
    ]

    operations = [
        migrations.AddField(
            model_name='member',
            name='iso_code',
            field=models.CharField(blank=True, help_text="A state's two-letter ISO 3166 code, such as IQ: it picks the flag and the place on the members map. For an organisation with a flag in the site's set: EU or ARAB.", max_length=8, verbose_name='code'),
        ),
        migrations.AddField(
            model_name='member',
            name='year_joined',
            field=models.PositiveSmallIntegerField(blank=True, help_text='The year it joined the Coalition, as on the public record. Leave empty if unsure.', null=True, validators=[django.core.validators.MinValueValidator(2014), django.core.validators.MaxValueValidator(2100)], verbose_name='year joined'),
        ),
        migrations.AlterField(
            model_name='member',
            name='emblem',
            field=models.ForeignKey(blank=True, help_text="For an organisation without a flag in the site's set. Without either, a neutral mark is shown.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='emblem'),
        ),
        migrations.RunPython(carry_over, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name='member',
            name='date_joined',
        ),
        migrations.RemoveField(
            model_name='member',
            name='flag',
        ),
    ]
