"""What describes the demo's images (abstract illustrations drawn by images.generate) and its
documents (one-page PDFs written by documents.simple_pdf), as read from content/media.yaml.

Images and documents are found again by title, so titles must stay unique. An image's key doubles
as its seed: renaming a key draws a different picture.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class ImageSpec:
    title: str
    style: str  # one of images.STYLES
    palette: str  # one of images.PALETTES
    width: int = 1440  # 3:2, what listings crop to; 1600x900 for heroes, posters and posts
    height: int = 960


@dataclass(frozen=True)
class DocumentSpec:
    title: str
    paragraphs: tuple[str, ...]
