"""A shirt made in colours and sizes, as the demo's clothing is, for the variant picker's tests."""

from decimal import Decimal

from oscar.test.factories import ProductImageFactory

from tests.factories import ClothingParentFactory, ClothingVariantFactory

DESCRIPTION = "<p>Washed linen with a camp collar.</p>"


def camp_shirt(
    *,
    colours=("Red", "Blue"),
    sizes=("S", "M", "L"),
    missing=(),
    sold_out=(),
    prices=None,
    pictures=True,
):
    """A parent shirt with one variant per (colour, size) except `missing`; `sold_out` pairs have
    no stock; each costs £40 unless `prices` {(colour, size): price} says otherwise; with
    `pictures`, each variant has a picture of its own. `shirt.variants[(colour, size)]`."""
    shirt = ClothingParentFactory(title="Camp shirt", description=DESCRIPTION)
    shirt.variants = {}
    for colour in colours:
        for size in sizes:
            if (colour, size) in missing:
                continue
            variant = ClothingVariantFactory(
                parent=shirt,
                colour=colour,
                size=size,
                price=Decimal(str((prices or {}).get((colour, size), "40.00"))),
                stock=0 if (colour, size) in sold_out else 5,
            )
            if pictures:
                ProductImageFactory(
                    product=variant,
                    original__filename=f"shirt-{colour}-{size}.jpg".lower(),
                    original__color=colour.lower(),
                    caption=f"Camp shirt in {colour.lower()}",
                )
            shirt.variants[(colour, size)] = variant
    return shirt
