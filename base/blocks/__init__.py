"""The StreamField block library: one BodyStreamBlock used by every article-like page."""

from wagtail import blocks

from .media import DocumentBlock, ImageBlock, VideoBlock
from .social import TweetBlock
from .text import (
    CallToActionBlock,
    HeadingBlock,
    KeyFiguresBlock,
    ParagraphBlock,
    QuoteBlock,
    RelatedPagesBlock,
)

__all__ = [
    "BodyStreamBlock",
    "CallToActionBlock",
    "DocumentBlock",
    "HeadingBlock",
    "ImageBlock",
    "KeyFiguresBlock",
    "ParagraphBlock",
    "QuoteBlock",
    "RelatedPagesBlock",
    "TweetBlock",
    "VideoBlock",
]


class BodyStreamBlock(blocks.StreamBlock):
    """The body of articles, readouts, videos, campaigns and standard pages.

    Child names are stored in every page's JSON: rename only with a data migration.
    """

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    key_figures = KeyFiguresBlock()
    tweet = TweetBlock()
    video = VideoBlock()
    document = DocumentBlock()
    related = RelatedPagesBlock()
