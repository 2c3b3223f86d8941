"""Template tags for the translation editor (templates/wagtail_localize/admin/edit_translation.html)."""

from django import template

from wagtail.models import Page

from ..editor import editor_props, review_status

register = template.Library()


@register.simple_tag(takes_context=True)
def translator_editor_props(context, props: str, instance) -> str:
    return editor_props(props, instance, context["request"].user)


@register.inclusion_tag("localisation/includes/review_status.html", takes_context=True)
def translation_review_status(context, instance) -> dict:
    if not isinstance(instance, Page):
        return {"status": None}
    return {"status": review_status(instance, context["request"].user)}
