from django.apps import AppConfig


class LocalisationConfig(AppConfig):
    name = "localisation"
    default_auto_field = "django.db.models.BigAutoField"
