"""JSON-LD for the article kinds: NewsArticle for news, readouts and statements; VideoObject for
video features."""

from django.http import HttpRequest

from base.seo import PageMeta
from base.structured_data import SCHEMA, iso_duration, organization, web_page, without_empty


def news_article(page, meta: PageMeta, request: HttpRequest | None) -> dict:
    """A news story, readout or joint statement. A statement's authors are the governments that
    issued it; everything else is the Coalition's."""
    publisher = organization(request)
    issuers = getattr(page, "issuers", [])
    data = {
        "@context": SCHEMA,
        "@type": "NewsArticle",
        "headline": meta.title[:110],  # search engines cut headlines at 110 characters
        "description": meta.description,
        "datePublished": page.date.isoformat(),
        "dateModified": (meta.modified or page.date).isoformat(),
        "inLanguage": meta.language,
        "url": meta.url,
        "mainEntityOfPage": web_page(meta),
        "image": [meta.image.url] if meta.image else [],
        "articleSection": meta.section,
        "keywords": meta.tags,
        "author": [{"@type": "Organization", "name": name} for name in issuers] or [publisher],
        "publisher": publisher,
    }
    if getattr(page, "place", ""):
        data["locationCreated"] = {"@type": "Place", "name": page.place}
    document = getattr(page, "official_document", None)
    if document is not None and request is not None:
        data["associatedMedia"] = {
            "@type": "MediaObject",
            "name": document.title,
            "contentUrl": request.build_absolute_uri(document.url),
            "encodingFormat": "application/pdf"
            if document.file_extension.lower() == "pdf"
            else document.file_extension,
        }
    return without_empty(data)


def video_object(page, meta: PageMeta, request: HttpRequest | None) -> dict:
    """A video feature: the video itself, with its transcript, speaker and player address."""
    video = page.video_value or {}
    source = video.source() if video else None
    data = {
        "@context": SCHEMA,
        "@type": "VideoObject",
        "name": video.get("title") or meta.title,
        "description": meta.description or meta.title,
        "thumbnailUrl": [meta.image.url] if meta.image else [],
        "uploadDate": page.date.isoformat(),
        "duration": iso_duration(video.get("duration", "")),
        # The privacy-enhanced player, without the autoplay the facade adds on click.
        "embedUrl": source.embed_url.split("?")[0] if source else "",
        "contentUrl": source.watch_url if source else "",
        "transcript": video.get("transcript", ""),
        "inLanguage": meta.language,
        "url": meta.url,
        "mainEntityOfPage": web_page(meta),
        "publisher": organization(request),
    }
    if page.speaker_name:
        data["actor"] = without_empty(
            {"@type": "Person", "name": page.speaker_name, "jobTitle": page.speaker_role}
        )
    return without_empty(data)
