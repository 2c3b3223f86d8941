"""Publishing a translation tells the truth about what is missing.

wagtail-localize's editor says "Published … with missing translations - see below" whenever any
string has no translation, including the slug on the Promote tab, which translators rarely open.
Here the slug follows the original unless the translator gives one (the site's Arabic pages keep
the English web address; French ones are given theirs), and when something is still missing the
message names each field and its tab, with a link back to the editor.
"""

import html

from django.contrib.messages import get_messages
from django.core.exceptions import FieldDoesNotExist
from django.http import HttpRequest, HttpResponse
from django.utils.html import strip_tags
from django.utils.text import capfirst
from django.utils.translation import gettext as _

# wagtail-localize's own message, looked up in its own catalogue (an alias, so that the site's
# catalogues do not extract it as the site's string).
from django.utils.translation import gettext as localize_gettext

from wagtail.admin import messages
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.views import edit_translation as localize_views

SYNCHRONISED_STRINGS = ("slug",)


def translation_being_published(request: HttpRequest, page: Page) -> Translation | None:
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    return Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()


def untranslated_segments(translation: Translation):
    return (
        StringSegment.objects.filter(source=translation.source)
        .annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .select_related("context", "string")
        .order_by("order")
    )


def keep_original_for_synchronised_strings(translation: Translation) -> None:
    """The slug the translator left alone stays the original's, recorded as their choice."""
    for segment in untranslated_segments(translation):
        if segment.context.path in SYNCHRONISED_STRINGS:
            StringTranslation.objects.get_or_create(
                translation_of=segment.string,
                locale=translation.target_locale,
                context=segment.context,
                defaults={"data": segment.string.data},
            )


def missing_fields(translation: Translation) -> list[str]:
    """Each untranslated field once, as "Label (Tab tab)", in the editor's order."""
    source = translation.source.get_source_instance()
    tabs = localize_views.TabHelper(source)
    names = []
    for segment in untranslated_segments(translation):
        name = segment.context.path.split(".")[0]
        try:
            label = capfirst(source._meta.get_field(name).verbose_name)
        except FieldDoesNotExist:
            label = capfirst(name.replace("_", " "))
        try:
            tab = tabs.get_field_tab(name)
        except KeyError:
            tab = _("Content")
        described = _("%(field)s (%(tab)s tab)") % {"field": label, "tab": tab}
        if described not in names:
            names.append(described)
    return names


def plain(message) -> str:
    return html.unescape(strip_tags(str(message))).strip()


def publish_translation(request: HttpRequest, page: Page) -> HttpResponse | None:
    """`before_edit_page`: wagtail-localize's publish, with the slug synchronised and an exact
    report in place of its generic warning. Anything but publishing a translation passes on."""
    translation = translation_being_published(request, page)
    if translation is None:
        return None
    keep_original_for_synchronised_strings(translation)
    generic = localize_gettext(
        "Published '{object}' in {locale} with missing translations - see below."
    )
    response = localize_views.edit_translation(request, translation, page)
    storage = get_messages(request)
    queued = list(storage._queued_messages)
    page.refresh_from_db()
    expected = generic.format(object=str(page), locale=translation.target_locale.get_display_name())
    # wagtail-localize's messages are HTML (Wagtail's admin messages render a template).
    rest = [message for message in queued if plain(message.message) != expected]
    if len(rest) == len(queued):
        return response
    storage._queued_messages = rest
    messages.warning(
        request,
        _(
            "Published “%(title)s” in %(language)s. Not translated yet, so shown in the "
            "original language: %(fields)s."
        )
        % {
            "title": page.get_admin_display_title(),
            "language": translation.target_locale.get_display_name(),
            "fields": ", ".join(missing_fields(translation)),
        },
        buttons=[messages.button(request.path, _("Translate them"))],
    )
    return response
