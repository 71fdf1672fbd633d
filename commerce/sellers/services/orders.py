"""A seller's writes on orders: they ship their own lines, through the order lifecycle."""

from collections.abc import Mapping

from django.core.exceptions import ValidationError

from commerce.order import services as order_services
from commerce.sellers.selectors.access import seller_lines


def seller_lines_ship(
    *, seller, order, line_quantities: Mapping[int, int], carrier: str, reference: str, user
):
    """Ship units of `seller`'s own lines of `order` with a carrier and tracking reference
    (commerce.order.services.order_lines_ship); naming any other line changes nothing."""
    theirs = set(seller_lines(seller=seller).filter(order=order).values_list("pk", flat=True))
    strangers = sorted(set(line_quantities) - theirs)
    if not line_quantities or strangers:
        raise ValidationError(
            {
                "lines": (
                    f"Line {', '.join(map(str, strangers))} is not one of your lines in order "
                    f"{order.number}: ship only lines listed in the order's 'lines'."
                    if strangers
                    else "Name at least one of your lines in this order."
                )
            }
        )
    return order_services.order_lines_ship(
        order=order,
        line_quantities=line_quantities,
        carrier=carrier,
        reference=reference,
        user=user,
    )
