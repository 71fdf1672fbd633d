"""Product pictures drawn locally with Pillow (no network): a coloured card with the title."""

import textwrap
from io import BytesIO

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, ImageDraw, ImageFont

IMAGE_SIZE = 600
IMAGE_FOLDER = "images/products/demo"


def _text_colour(rgb: tuple[int, int, int]) -> tuple[int, int, int]:
    luminance = 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]
    return (25, 25, 25) if luminance > 150 else (250, 250, 245)


def demo_image_draw(*, title: str, rgb: tuple[int, int, int], caption: str = "") -> bytes:
    """A square JPEG: `rgb` background, a lighter disc, the wrapped title and a small caption."""
    image = Image.new("RGB", (IMAGE_SIZE, IMAGE_SIZE), rgb)
    draw = ImageDraw.Draw(image)
    lighter = tuple(min(255, channel + 30) for channel in rgb)
    margin = IMAGE_SIZE // 8
    draw.ellipse((margin, margin, IMAGE_SIZE - margin, IMAGE_SIZE - margin), fill=lighter)
    ink = _text_colour(rgb)
    centre = IMAGE_SIZE // 2
    draw.multiline_text(
        (centre, centre),
        "\n".join(textwrap.wrap(title, width=16)),
        fill=ink,
        font=ImageFont.load_default(size=44),
        anchor="mm",
        align="center",
        spacing=10,
    )
    if caption:
        draw.text(
            (centre, IMAGE_SIZE - 40),
            caption,
            fill=ink,
            font=ImageFont.load_default(size=22),
            anchor="mm",
        )
    buffer = BytesIO()
    image.save(buffer, format="JPEG", quality=82)
    return buffer.getvalue()


def demo_image_store(*, name: str, title: str, rgb: tuple[int, int, int], caption: str = "") -> str:
    """Draw and store `<IMAGE_FOLDER>/<name>.jpg` unless it is already stored; its storage name."""
    path = f"{IMAGE_FOLDER}/{name}.jpg"
    if not default_storage.exists(path):
        path = default_storage.save(
            path, ContentFile(demo_image_draw(title=title, rgb=rgb, caption=caption))
        )
    return path
