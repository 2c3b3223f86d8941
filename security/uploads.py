"""Image uploads decoded in full before they are accepted, so a bad file is a form error, not a 500.

Wagtail only reads an upload's header: a truncated JPEG or an HTML file behind a GIF header passes
its checks and then fails when the first rendition is made. Every frame is decoded here, inside
the pixel limit, with Pillow's decompression-bomb check turned into a validation error.
"""

import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.images.forms import BaseImageForm

from PIL import Image

# Animated images are decoded frame by frame; past this many frames the pixel limit decides.
MAX_FRAMES = 500
BROKEN_IMAGE = _(
    "This file could not be read as an image: it may be damaged, incomplete or not an image at all."
)
TOO_MANY_PIXELS = _("This image is too large: at most %(limit)s million pixels.")


def decode_fully(upload) -> None:
    """Raise ValidationError unless every frame of `upload` decodes within the limits."""
    limit = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    position = upload.tell() if hasattr(upload, "tell") else 0
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload) as image:
                frames = getattr(image, "n_frames", 1)
                if image.width * image.height * min(frames, MAX_FRAMES) > limit:
                    raise ValidationError(
                        TOO_MANY_PIXELS, params={"limit": limit // 1_000_000}, code="too_big"
                    )
                for frame in range(min(frames, MAX_FRAMES)):
                    image.seek(frame)
                    image.load()
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ValidationError(
            TOO_MANY_PIXELS, params={"limit": limit // 1_000_000}, code="too_big"
        ) from error
    except Exception as error:  # noqa: BLE001 - any decoder failure means a file we cannot use
        raise ValidationError(BROKEN_IMAGE, code="broken_image") from error
    finally:
        upload.seek(position)


class ValidatedImageForm(BaseImageForm):
    """Wagtail's image form (single and multiple upload) with the full decode added."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        # Only a new upload is decoded; editing an image's title keeps the stored file.
        if upload and "file" in self.changed_data:
            decode_fully(upload)
        return upload
