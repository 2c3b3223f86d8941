"""A post from X as the home page's wall shows it: a translatable snippet, stored as text and
shown without loading X. Its text stays verbatim in every language; translators write what it
says in theirs beside it (`translation`), as the tweet block does."""

import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from base.blocks.social import (
    FILL_BY_HAND,
    POST_URL_HELP,
    POST_URL_MESSAGE,
    SNAPSHOT_FIELDS,
    SnapshotNotFilled,
    fill_snapshot_from_x,
    linkify_post_text,
    parse_status_url,
)


class Post(TranslatableMixin, models.Model):
    """One post on the wall, in one language; the newest are shown first."""

    url = models.URLField(
        _("post URL"),
        help_text=POST_URL_HELP,
    )
    # Blank in the form: filled from X on save when left empty (clean), required after that.
    author_name = models.CharField(_("author"), max_length=80, blank=True)
    handle = models.CharField(_("handle"), max_length=16, blank=True, help_text=_("Without the @."))
    text = models.TextField(
        _("text"), max_length=4000, blank=True, help_text=_("Copy the post's text exactly.")
    )
    posted_at = models.DateTimeField(_("posted at"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(_("image alt text"), max_length=250, blank=True)
    translation = models.TextField(
        _("translation"),
        blank=True,
        help_text=_("What the post says in this language, when it is written in another."),
    )

    panels = [
        FieldPanel("url"),
        MultiFieldPanel([FieldPanel("author_name"), FieldPanel("handle")], heading=_("Account")),
        FieldPanel("text"),
        FieldPanel("posted_at"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        FieldPanel("translation"),
    ]
    # The post is a quotation: only its rendering and the image's description are translated.
    translatable_fields = [
        SynchronizedField("url"),
        SynchronizedField("author_name"),
        SynchronizedField("handle"),
        SynchronizedField("text"),
        SynchronizedField("posted_at"),
        SynchronizedField("image"),
        TranslatableField("image_alt"),
        # Translators write what the post says in their language here (the text stays verbatim).
        SynchronizedField("translation", overridable=True),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["-posted_at", "-pk"]
        verbose_name = _("post from X")
        verbose_name_plural = _("posts from X")
        indexes = [models.Index(fields=["locale", "-posted_at"], name="post_wall_newest_first")]

    def __str__(self) -> str:
        return f"@{self.handle}: {self.text[:60]}"

    def clean(self):
        super().clean()
        image_fetched = self.fill_from_x()
        errors = {}
        parsed = parse_status_url(self.url)
        if parsed is None:
            errors["url"] = POST_URL_MESSAGE
        # An address X could not be asked about (not a post's) leaves these to be typed.
        errors.update({name: FILL_BY_HAND for name in SNAPSHOT_FIELDS if not getattr(self, name)})
        self.handle = (self.handle or "").lstrip("@")
        if self.handle and not re.fullmatch(r"[A-Za-z0-9_]{1,15}", self.handle):
            errors["handle"] = _("A handle has 1 to 15 letters, digits or underscores.")
        elif parsed and parsed[0].lower() != self.handle.lower():
            errors["handle"] = _("The handle does not match the post URL (@%(handle)s).") % {
                "handle": parsed[0]
            }
        # An image fetched just now cannot have been described yet: the next save asks for it.
        if self.image_id and not self.image_alt and not image_fetched:
            errors["image_alt"] = _("Describe the post's image for screen readers.")
        if errors:
            raise ValidationError(errors)

    def fill_from_x(self) -> bool:
        """The address alone is enough: empty fields are filled from X as the tweet block's are
        (never what was typed); True if the post's image was fetched just now."""
        value = {name: getattr(self, name) for name in ("url", *SNAPSHOT_FIELDS, "image")}
        try:
            image_fetched = fill_snapshot_from_x(value)
        except SnapshotNotFilled as error:
            raise ValidationError(error.errors) from error
        for name, filled in value.items():
            setattr(self, name, filled)
        return image_fetched

    # What base/blocks/tweet.html reads, so a post renders exactly as a tweet block does.
    def linked_text(self) -> SafeString:
        return linkify_post_text(self.text)

    def linked_translation(self) -> SafeString:
        return linkify_post_text(self.translation)

    def status_id(self) -> str:
        parsed = parse_status_url(self.url)
        return parsed[1] if parsed else ""

    def canonical_url(self) -> str:
        parsed = parse_status_url(self.url)
        return f"https://x.com/{parsed[0]}/status/{parsed[1]}" if parsed else ""

    def shows_translation(self) -> bool:
        translation = self.translation.strip()
        return bool(translation) and translation != self.text.strip()


WALL_PAGE_SIZE = 6


@dataclass(frozen=True)
class Wall:
    """The posts on screen and where "Load more" leads (next_page is 0 on the last page)."""

    posts: list[Post]
    next_page: int = 0
    next_post_id: int = 0  # the first post "Load more" brings, to scroll to without JavaScript


def wall_posts(locale: Locale, pages_shown: str | None) -> Wall:
    """The wall's first `pages_shown` pages of posts in one language, newest first.

    Without JavaScript, "Load more" asks for one page more and the server renders all of them;
    with it, the script appends only the posts it does not have yet.
    """
    posts = Post.objects.filter(locale=locale).select_related("image").order_by("-posted_at", "-pk")
    try:
        shown = min(max(1, int(pages_shown or 1)), 1000)
    except ValueError:
        shown = 1
    # One post more than the pages hold says whether there is a next page, and which post opens it.
    found = list(posts[: shown * WALL_PAGE_SIZE + 1])
    if len(found) <= shown * WALL_PAGE_SIZE:
        return Wall(found)
    return Wall(found[:-1], next_page=shown + 1, next_post_id=found[-1].pk)
