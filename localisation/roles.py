"""Translator roles: one group per language, editing only that language's tree, never publishing."""

from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext_noop

from wagtail.models import GroupPagePermission, Locale, Site

TRANSLATOR_GROUPS = {
    "ar": gettext_noop("Arabic translators"),
    "fr": gettext_noop("French translators"),
}
# Translators edit pages and submit them for moderation; publishing stays with moderators.
TRANSLATOR_PAGE_PERMISSIONS = ["change_page"]


def ensure_translator_groups() -> dict[str, Group]:
    """Create or update the translator groups. Idempotent; run after the locale trees exist."""
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    page_permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=TRANSLATOR_PAGE_PERMISSIONS
    )
    groups = {}
    for language_code, name in TRANSLATOR_GROUPS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        locale = Locale.objects.filter(language_code=language_code).first()
        # The language's tree: the translation of the default site's root (its home page).
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        home = site.root_page.get_translation_or_none(locale) if site and locale else None
        if home is not None:
            for permission in page_permissions:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=home, permission=permission
                )
        groups[language_code] = group
    return groups
