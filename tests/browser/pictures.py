"""Real pictures for the browser tests' products, drawn by the demo's picture code, so pages and
screenshots show a product rather than a broken image."""

from functools import lru_cache

from django.core.files.base import ContentFile
from oscar.core.loading import get_model

from demo.pictures.scenes import picture_kind, product_picture

ProductImage = get_model("catalogue", "ProductImage")

# Warm neutrals the pictures take in turn, so a grid of products does not look like one repeated.
PALETTE = ((200, 184, 160), (96, 120, 104), (176, 112, 80), (72, 96, 136))


@lru_cache(maxsize=32)
def _drawn(kind: str, rgb: tuple[int, int, int]) -> bytes:
    return product_picture(kind=kind, rgb=rgb, view="front", seed=kind)


def pictured(*products, kind: str | None = None):
    """Give each product a front picture of a `kind` of object (by default the one its title
    names, else a cushion); the products, for chaining."""
    for number, product in enumerate(products):
        kind_of = kind or picture_kind(
            title=product.title, product_class=product.get_product_class().name.lower()
        )
        ProductImage.objects.create(
            product=product,
            original=ContentFile(
                _drawn(kind_of, PALETTE[number % len(PALETTE)]), name=f"{product.slug}.jpg"
            ),
            caption=product.title,
            display_order=0,
        )
    return products
