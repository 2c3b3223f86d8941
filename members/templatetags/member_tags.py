"""The members an article names, in the visitor's language, for the article templates."""

from django import template

from wagtail.models import Page

from base.per_request import active_locale

from ..listings import Entry, article_partners
from ..models import Member, PartnerProfilePage

register = template.Library()


@register.simple_tag
def partners_of(article: Page) -> list[Entry]:
    """`{% partners_of page as partners %}`: the article's partners with their profiles."""
    if not hasattr(article, "partner_links"):
        return []
    return article_partners(article, active_locale(), Member.objects, PartnerProfilePage.objects)
