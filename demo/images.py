"""Product pictures drawn locally with Pillow (no network), stored once per name.

Every product gets three pictures of its kind of object (demo/pictures/scenes.py) in its own
colour: the front, a close-up and the object at home. A variant gets its colour's pictures,
so a basket line and an order show the colour the shopper chose."""

from collections.abc import Callable

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from demo.data import COLOUR_RGB
from demo.pictures.canvas import RGB
from demo.pictures.scenes import product_picture

IMAGE_FOLDER = "images/products/demo"

# What each view is called in a picture's caption (shown as its alt text).
PRODUCT_VIEWS: dict[str, str] = {"front": "", "detail": ", close up", "scene": ", at home"}

# Products without a colour option are drawn in the colour of what they are made of.
MATERIAL_RGB: dict[str, RGB] = {
    "cast iron": (46, 46, 48),
    "cast-iron": (46, 46, 48),
    "enamelled steel": (48, 110, 122),
    "enamel": (48, 110, 122),
    "stoneware": (214, 200, 178),
    "porcelain": (238, 238, 232),
    "olive wood": (160, 118, 74),
    "beech": (208, 170, 120),
    "copper": (184, 115, 51),
    "glass": (176, 204, 204),
    "steel": (168, 170, 174),
}
BOOK_COVERS: tuple[RGB, ...] = (
    (38, 70, 83),
    (164, 74, 63),
    (233, 196, 106),
    (42, 110, 96),
    (98, 72, 130),
    (214, 124, 72),
)


def demo_image_store(*, name: str, draw: Callable[[], bytes]) -> str:
    """Store `<IMAGE_FOLDER>/<name>.jpg` from `draw()` unless it is already stored (so pictures
    shared by variants, or left by an earlier load, are drawn once); its storage name."""
    path = f"{IMAGE_FOLDER}/{name}.jpg"
    if not default_storage.exists(path):
        path = default_storage.save(path, ContentFile(draw()))
    return path


def picture_colour(
    *, colour: str | None, material: str | None = None, book_key: str | None = None
) -> RGB:
    """The colour to draw a product in: its colour option, else its material, else (books) a
    cover colour picked by `book_key`, else a warm neutral."""
    if colour:
        return COLOUR_RGB[colour]
    if material and material.lower() in MATERIAL_RGB:
        return MATERIAL_RGB[material.lower()]
    if book_key:
        return BOOK_COVERS[sum(map(ord, book_key)) % len(BOOK_COVERS)]
    return (200, 184, 160)


def product_pictures_store(*, key: str, kind: str, rgb: RGB) -> list[tuple[str, str]]:
    """Draw (once) and store the front, close-up and at-home pictures of an object of `kind` in
    `rgb`, named after `key`; (storage name, caption suffix) for each, front first."""
    return [
        (
            demo_image_store(
                name=f"{key}-{view}",
                draw=lambda view=view: product_picture(kind=kind, rgb=rgb, view=view, seed=key),
            ),
            suffix,
        )
        for view, suffix in PRODUCT_VIEWS.items()
    ]
