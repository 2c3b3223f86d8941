"""The home page's posts move to the Post snippet (posts app): each stored post becomes one."""

import json
import uuid

from django.db import migrations, models
from django.utils.dateparse import parse_datetime


def move_posts_to_snippets(apps, schema_editor):
    HomePage = apps.get_model("home", "HomePage")
    Post = apps.get_model("posts", "Post")
    for home in HomePage.objects.all():
        raw = home.posts
        if hasattr(raw, "raw_data"):  # a StreamValue
            blocks = list(raw.raw_data)
        else:
            blocks = json.loads(raw) if isinstance(raw, str) else (raw or [])
        for block in blocks:
            value = block.get("value") or {}
            posted_at = parse_datetime(value.get("posted_at") or "")
            if block.get("type") != "tweet" or not value.get("url") or posted_at is None:
                continue
            Post.objects.get_or_create(
                locale_id=home.locale_id,
                url=value["url"],
                defaults={
                    # One key per post, so its versions in each language are translations.
                    "translation_key": uuid.uuid5(uuid.NAMESPACE_URL, value["url"]),
                    "author_name": value.get("author_name", "")[:80],
                    "handle": value.get("handle", "")[:16],
                    "text": value.get("text", ""),
                    "posted_at": posted_at,
                    "image_id": value.get("image"),
                    "image_alt": value.get("image_alt", "")[:250],
                    "translation": value.get("translation", ""),
                },
            )


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0002_create_homepage'),
        ('posts', '0001_initial'),
    ]

    operations = [
        migrations.RunPython(move_posts_to_snippets, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name='homepage',
            name='posts',
        ),
        migrations.AlterField(
            model_name='homepage',
            name='posts_heading',
            field=models.CharField(default='From our partners', help_text='Above the wall of posts from X (Snippets › Posts from X), newest first.', max_length=120),
        ),
    ]
