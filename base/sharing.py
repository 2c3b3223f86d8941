"""Share links (plain links to each network's share page: no third-party script, no request until
the visitor clicks) and the organisation's own accounts."""

from dataclasses import dataclass
from urllib.parse import quote, urlencode

from django.http import HttpRequest
from django.utils.translation import gettext

from .models import SiteIdentity


@dataclass(frozen=True)
class SocialLink:
    network: str  # "x", "facebook", …: a CSS hook and a stable name for tests
    name: str  # what the link says
    url: str
    handle: str = ""  # an account's handle, e.g. "@coalition"


def query(params: dict) -> str:
    # %20 rather than +: mail programs show a + in a mailto: subject literally.
    return urlencode({key: value for key, value in params.items() if value}, quote_via=quote)


def share_links(url: str, title: str, summary: str = "", hashtag: str = "") -> list[SocialLink]:
    """Links that share `url` on each network, the title (and a campaign's hashtag) prefilled."""
    return [
        SocialLink(
            "x",
            "X",
            "https://x.com/intent/post?"
            + query({"text": title, "url": url, "hashtags": hashtag.lstrip("#")}),
        ),
        SocialLink(
            "facebook",
            "Facebook",
            "https://www.facebook.com/sharer/sharer.php?" + query({"u": url}),
        ),
        SocialLink(
            "linkedin",
            "LinkedIn",
            "https://www.linkedin.com/sharing/share-offsite/?" + query({"url": url}),
        ),
        SocialLink("whatsapp", "WhatsApp", "https://wa.me/?" + query({"text": f"{title} {url}"})),
        SocialLink(
            "email",
            gettext("Email"),
            "mailto:?"
            + query({"subject": title, "body": "\n\n".join(filter(None, [summary, url]))}),
        ),
    ]


def follow_links(request: HttpRequest | None) -> list[SocialLink]:
    """The organisation's accounts set in the site identity setting, in a fixed order."""
    identity = SiteIdentity.for_request(request) if request else None
    if identity is None:
        return []
    links = [
        SocialLink("x", "X", f"https://x.com/{identity.x_handle}", f"@{identity.x_handle}")
        if identity.x_handle
        else None,
        SocialLink("youtube", "YouTube", identity.youtube_url),
        SocialLink("facebook", "Facebook", identity.facebook_url),
        SocialLink("linkedin", "LinkedIn", identity.linkedin_url),
    ]
    # Only web addresses: a setting must never become a javascript: link.
    return [link for link in links if link and link.url.startswith(("https://", "http://"))]
