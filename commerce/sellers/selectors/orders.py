"""Reads of a seller's orders: each order with the seller's own lines only, nothing else of it."""

from django.db.models import Exists, OuterRef, Prefetch, QuerySet

from commerce.order.statuses import SHIPPED_EVENT

from .access import seller_lines, seller_orders
from .stats import line_event_units


def seller_order_lines(*, seller) -> QuerySet:
    """`seller`'s order lines, oldest first, with `shipped_quantity` (units shipped so far)."""
    shipped = line_event_units(event_name=SHIPPED_EVENT)
    return seller_lines(seller=seller).annotate(shipped_quantity=shipped).order_by("pk")


def seller_order_list(*, seller, line_status: str | None = None) -> QuerySet:
    """Orders holding `seller`'s lines (those with a line of theirs in `line_status`, when
    given), newest first, each with `seller_lines` and its shipping address loaded."""
    orders = seller_orders(seller=seller)
    if line_status:
        orders = orders.filter(
            Exists(seller_lines(seller=seller).filter(order=OuterRef("pk"), status=line_status))
        )
    return (
        orders.select_related("shipping_address__country")
        .prefetch_related(
            Prefetch("lines", queryset=seller_order_lines(seller=seller), to_attr="seller_lines")
        )
        .order_by("-date_placed", "-pk")
    )
