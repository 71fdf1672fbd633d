"""Writes on partner stock. Allocation is a conditional UPDATE, so concurrent checkouts of
the last units cannot oversell: the database decides, not a check made earlier."""

from django.db.models import F
from django.db.models.functions import Coalesce
from oscar.core.loading import get_class

UnableToPlaceOrder = get_class("order.exceptions", "UnableToPlaceOrder")


class OutOfStock(UnableToPlaceOrder):
    """Raised inside the order transaction when a line can no longer be allocated."""


def stock_allocate(*, stockrecord, quantity: int) -> None:
    """Reserve `quantity` units for an order, or raise OutOfStock if they are no longer there."""
    if not stockrecord.can_track_allocations:
        return
    stockrecord.pre_save_signal()
    allocated = Coalesce(F("num_allocated"), 0)
    updated = (
        type(stockrecord)
        .objects.filter(pk=stockrecord.pk, num_in_stock__gte=allocated + quantity)
        .update(num_allocated=allocated + quantity)
    )
    if not updated:
        title = stockrecord.product.get_title()
        raise OutOfStock(
            f"Sorry, “{title}” is no longer available in the quantity you asked for. "
            "Please update your basket and try again."
        )
    stockrecord.refresh_from_db(fields=["num_allocated"])
    stockrecord.post_save_signal()
