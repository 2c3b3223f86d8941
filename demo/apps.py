from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo site's content, read from data files by `manage.py load_demo_content`."""

    name = "demo"
    default_auto_field = "django.db.models.BigAutoField"
