"""The one limit on uploaded pictures: at most IMAGE_MAX_PIXELS pixels, so that making a
thumbnail never decodes a huge original in a web worker (an 11,300 x 11,300 PNG of 372 KB costs
about 1.1 GiB to decode). Wagtail's images read the same figure
(WAGTAILIMAGES_MAX_IMAGE_PIXELS)."""

from django.conf import settings
from django.core.exceptions import ValidationError


def image_pixels_validate(file) -> None:
    """Refuse an uploaded picture with more pixels than IMAGE_MAX_PIXELS, saying its size and
    what to do (Django's ImageField has already read its header into `file.image`)."""
    image = getattr(file, "image", None)
    if image is None:
        return
    width, height = image.size
    limit = settings.IMAGE_MAX_PIXELS
    if width * height > limit:
        raise ValidationError(
            "This picture is %(width)s × %(height)s pixels; pictures may have at most "
            "%(millions)s million pixels. Scale it down (for example to %(side)s pixels on "
            "its longer side) and upload it again.",
            code="too_many_pixels",
            params={
                "width": width,
                "height": height,
                "millions": f"{limit / 1_000_000:g}",
                "side": int((limit * max(width, height) / min(width, height)) ** 0.5),
            },
        )
