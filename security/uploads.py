"""Image uploads decoded in full before they are accepted, so a bad file is a form error, not a 500.

Wagtail's image field lets a decoder error escape (a truncated JPEG or an HTML file behind a GIF
header is a 500), and it reads only what it needs for the size, so a file that fails further in
would fail later, when the first rendition is made. Every frame is decoded here, inside
the pixel limit, and any decoder error becomes a validation error.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.images.fields import WagtailImageField
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
        # The size in the header is checked before anything is decoded; Pillow's own bomb
        # check (an error past twice its limit) only backs this up.
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


class ValidatedImageField(WagtailImageField):
    """Wagtail's image field, turning any decoder failure into a validation error."""

    def to_python(self, data):
        try:
            upload = super().to_python(data)
        except ValidationError:
            raise
        except Exception as error:  # noqa: BLE001 - Willow raises whatever the decoder raised
            raise ValidationError(BROKEN_IMAGE, code="broken_image") from error
        if upload is not None:
            decode_fully(upload)
        return upload


class ValidatedImageForm(BaseImageForm):
    """Wagtail's image form (single and multiple upload) with the validating file field."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        original = self.fields.get("file")
        if original is not None and not isinstance(original, ValidatedImageField):
            self.fields["file"] = ValidatedImageField(
                required=original.required,
                label=original.label,
                help_text=original.help_text,
                widget=original.widget,
            )
