"""The members an article names, in the visitor's language, for the article templates."""

from django import template
from django.utils.safestring import SafeString

from wagtail.models import Page

from base.per_request import active_locale

from ..listings import Entry, article_partners
from ..models import Member, PartnerProfilePage
from ..world_map import render_map

register = template.Library()


@register.simple_tag
def partners_of(article: Page) -> list[Entry]:
    """`{% partners_of page as partners %}`: the article's partners with their profiles."""
    if not hasattr(article, "partner_links"):
        return []
    return article_partners(article, active_locale(), Member.objects, PartnerProfilePage.objects)


@register.simple_tag
def members_map(groups: list, label: str) -> SafeString:
    """`{% members_map groups label %}`: the world map with every listed member state linked."""
    links = []
    for group in groups:
        for entry in group.entries:
            member = entry.member
            if member.map_code:
                url = entry.profile.get_url() if entry.profile else f"#member-{member.map_code}"
                links.append((member.map_code, member.name, url))
    return render_map(links, label)
