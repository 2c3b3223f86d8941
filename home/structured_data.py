"""JSON-LD for the home page: the organisation and the website with its search."""

from django.http import HttpRequest

from base.seo import PageMeta
from base.structured_data import SCHEMA, follow_urls, organization, search_action, without_empty


def organization_graph(page, meta: PageMeta, request: HttpRequest | None) -> dict:
    org = organization(request, url=meta.url)
    org.update({"description": meta.share_description, "sameAs": follow_urls(request)})
    if meta.image:
        org["image"] = meta.image.url
    website = {
        "@type": "WebSite",
        "name": org["name"],
        "url": meta.url,
        "inLanguage": meta.language,
        "publisher": {"@type": "Organization", "name": org["name"]},
    }
    if request is not None:
        website["potentialAction"] = search_action(request)
    return {"@context": SCHEMA, "@graph": [without_empty(org), without_empty(website)]}
