"""Which commission rate an affiliate earns on an order line, and what it comes to.

Precedence: the affiliate's personal rate > the rate of the line's product category (a rate on
a category covers its sub-categories; the deepest matching category wins, ties to the oldest
rate) > the shop default (AFFILIATE_DEFAULT_RATE). Rates are percentages; amounts are Decimal,
to the penny, half up.
"""

from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings

from commerce.affiliates.models import CategoryRate
from commerce.core.categories import category_paths

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def category_rate_for(*, product) -> CategoryRate | None:
    """The category rate covering `product`: the deepest of its categories (or their
    ancestors) with a rate, the oldest rate on a tie; None without one."""
    if product is None:  # the product was deleted since the order was placed
        return None
    return (
        CategoryRate.objects.filter(category__path__in=category_paths(product))
        .order_by("-category__depth", "created_at", "pk")
        .first()
    )


def commission_rate_for(*, affiliate, line) -> Decimal:
    """The percentage `affiliate` earns on order `line`: personal > category > shop default."""
    if affiliate.rate is not None:
        return affiliate.rate
    category_rate = category_rate_for(product=line.product)
    if category_rate is not None:
        return category_rate.rate
    return Decimal(settings.AFFILIATE_DEFAULT_RATE)


def commission_for(*, rate: Decimal, base: Decimal) -> Decimal:
    """`rate` percent of `base`, to the penny (half up); nothing on a base of zero or less."""
    if base <= 0:
        return ZERO
    return (base * rate / Decimal(100)).quantize(CENT, rounding=ROUND_HALF_UP)
