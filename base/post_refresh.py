"""Refreshing stored snapshots of posts from X: one post on a page, or every post everywhere.

A refresh overwrites what X can tell (author, handle, text, date; the image only when there is
none yet) and keeps what the site added (alt text, translation). The page gets a new revision;
a live page without pending changes is published again so visitors see the refresh, a page with
a draft keeps it as a draft for its editor to publish.
"""

from collections.abc import Iterator
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from wagtail.fields import StreamField
from wagtail.models import Page

from .blocks.post_fetch import PostFetchError, download_image, fetch_post
from .blocks.social import TweetBlock, image_title, normalise_status_url, parse_status_url

UPDATED, UNCHANGED, DELETED, FAILED = "updated", "unchanged", "deleted", "failed"
REFRESHED_FIELDS = ("author_name", "handle", "text", "posted_at")


@dataclass
class PostRefresh:
    """What happened to one post."""

    page: Page
    block_id: str
    url: str
    outcome: str
    message: str = ""


def posts_on(page: Page) -> Iterator[tuple[str, object]]:
    """(block id, bound block) of every post in the page's StreamFields, in order."""
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            for child in getattr(page, field.name):
                if isinstance(child.block, TweetBlock):
                    yield child.id, child


def has_posts(page: Page) -> bool:
    """Whether the page's latest revision (its draft, if it has one) holds a post."""
    return any(True for _post in posts_on(page.specific.get_latest_revision_as_object()))


def refresh_value(value) -> str:
    """Overwrite a post's snapshot with what X says now; the outcome."""
    parsed = parse_status_url(value.get("url"))
    if parsed is None:
        raise PostFetchError(_("This post's address is not one X uses; it was not refreshed."))
    snapshot = fetch_post(normalise_status_url(value["url"]), *parsed)
    changed = False
    for name in REFRESHED_FIELDS:
        new = getattr(snapshot, name)
        if new and value.get(name) != new:
            value[name], changed = new, True
    if snapshot.image_url and not value.get("image"):
        image = download_image(snapshot.image_url, image_title(*parsed))
        if image is not None:
            value["image"], changed = image, True
    return UPDATED if changed else UNCHANGED


def refresh_page(page: Page, *, user=None, block_id: str | None = None) -> list[PostRefresh]:
    """Refresh the posts (or the one post `block_id`) of the page's latest revision."""
    page = page.specific
    was_published = page.live and not page.has_unpublished_changes
    latest = page.get_latest_revision_as_object()
    results = []
    for post_id, post in posts_on(latest):
        if block_id and post_id != block_id:
            continue
        try:
            outcome = refresh_value(post.value)
            results.append(PostRefresh(page, post_id, post.value.get("url"), outcome))
        except PostFetchError as error:
            outcome = DELETED if error.deleted else FAILED
            results.append(
                PostRefresh(page, post_id, post.value.get("url"), outcome, error.message)
            )
    if any(result.outcome == UPDATED for result in results):
        revision = latest.save_revision(user=user, log_action=True)
        if was_published:
            revision.publish(user=user)
    return results


def pages_with_posts() -> Iterator[Page]:
    """Every page whose type can hold a post, its latest revision checked for one."""
    for page in Page.objects.all().specific().iterator(chunk_size=200):
        holds_streams = any(isinstance(field, StreamField) for field in page._meta.get_fields())
        if holds_streams and has_posts(page):
            yield page
