"""`{% fragment "name" vary_on... %}…{% endfragment %}`: the enclosed template rendered once per
content generation, language, host and the values it varies on (base/fragments.py).

Use it around what many pages show the same way, such as an article card:
`{% fragment "card" article.pk %}{% include "components/article_card.html" %}{% endfragment %}`.
"""

from django import template
from django.utils.safestring import mark_safe

from base import fragments
from base.listings import fetch_card_data

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist, self.name, self.vary_on = nodelist, name, vary_on

    def render(self, context) -> str:
        name = self.name.resolve(context)
        parts = tuple(value.resolve(context) for value in self.vary_on)
        request = context.get("request")
        if getattr(request, "is_preview", False):
            # A preview shows the editor's unpublished changes, which no cached fragment has.
            return self.nodelist.render(context)
        host = request.get_host() if request is not None else ""
        return mark_safe(
            fragments.cached(name, parts, lambda: self.nodelist.render(context), host=host)
        )


@register.tag
def fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% fragment %} needs a name: {% fragment 'card' %}")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]]
    )


@register.simple_tag
def card_data(item) -> str:
    """`{% card_data article %}` at the top of a card: fetches the listing images and topics
    that base.listings.prefetch_when_rendered() put off, for the whole listing at once. A card
    renders only when the fragment cache misses, so cached cards need none of them."""
    fetch_card_data(item)
    return ""
