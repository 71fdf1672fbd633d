"""What a seller reads of the orders holding their lines, for the dashboard's order screens:
their lines only (their totals, statuses and tracking), the address to ship them to, and the
notes their own partner wrote; the seller API reads the same. Everything is scoped through
commerce.sellers.selectors.access."""

import datetime

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet, Sum
from django.utils import timezone
from oscar.core.loading import get_model

from commerce.order.statuses import SHIPPED_EVENT

from .access import seller_lines, seller_orders
from .stats import line_event_units

OrderNote = get_model("order", "OrderNote")


def _own(seller) -> Q:
    return Q(lines__partner_id=seller.partner_id)


def seller_order_list(*, seller, line_status: str | None = None) -> QuerySet:
    """Orders holding `seller`'s lines (with a line of theirs in `line_status`, when given),
    newest first, each with the count, items and total of those lines only
    (`seller_line_count`, `seller_items`, `seller_total`) and the lines themselves as
    `seller_lines`; never the order's own total or shipping."""
    orders = seller_orders(seller=seller)
    if line_status:
        orders = orders.filter(
            Exists(seller_lines(seller=seller).filter(order=OuterRef("pk"), status=line_status))
        )
    return (
        orders.select_related("shipping_address__country")
        .annotate(
            seller_line_count=Count("lines", filter=_own(seller)),
            seller_items=Sum("lines__quantity", filter=_own(seller)),
            seller_total=Sum("lines__line_price_incl_tax", filter=_own(seller)),
        )
        .prefetch_related(
            Prefetch("lines", queryset=seller_order_lines(seller=seller), to_attr="seller_lines")
        )
        .order_by("-date_placed", "-pk")
    )


def _day_start(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def seller_orders_search(
    *,
    orders: QuerySet,
    seller,
    order_number: str = "",
    name: str = "",
    product_title: str = "",
    upc: str = "",
    partner_sku: str = "",
    line_status: str = "",
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
) -> QuerySet:
    """`orders` narrowed by a seller's search; product, SKU, UPC and status match `seller`'s
    own lines only, so a search cannot tell which orders hold other sellers' goods."""
    if order_number:
        orders = orders.filter(number__istartswith=order_number)
    if name:
        # The name the seller is shown (the shipping address), not the shopper's account.
        for part in name.split():
            orders = orders.filter(
                Q(shipping_address__first_name__istartswith=part)
                | Q(shipping_address__last_name__istartswith=part)
            )
    lines = seller_lines(seller=seller).filter(order=OuterRef("pk"))
    line_filters = {
        "title__istartswith": product_title,
        "upc": upc,
        "partner_sku": partner_sku,
        "status": line_status,
    }
    wanted = {lookup: value for lookup, value in line_filters.items() if value}
    if wanted:
        orders = orders.filter(Exists(lines.filter(**wanted)))
    if date_from:
        orders = orders.filter(date_placed__gte=_day_start(date_from))
    if date_to:
        orders = orders.filter(date_placed__lt=_day_start(date_to + datetime.timedelta(days=1)))
    return orders


def seller_lines_export(*, seller, orders: QuerySet) -> QuerySet:
    """`seller`'s lines of `orders` with what shipping them needs, for the CSV download."""
    return (
        seller_lines(seller=seller)
        .filter(order__in=orders.values("pk"))
        .select_related("order", "order__shipping_address")
        .order_by("-order__date_placed", "order_id", "pk")
    )


def seller_order_lines(*, seller, order=None) -> QuerySet:
    """`seller`'s lines (of `order`, when given), oldest first, with `shipped_quantity` (units
    shipped so far) and their shipping events (type, carrier, tracking)."""
    lines = (
        seller_lines(seller=seller)
        if order is None
        else seller_lines(seller=seller).filter(order=order)
    )
    return (
        lines.annotate(shipped_quantity=line_event_units(event_name=SHIPPED_EVENT))
        .prefetch_related("shipping_event_quantities__event__event_type")
        .order_by("pk")
    )


def seller_order_notes(*, seller, order) -> QuerySet:
    """The notes on `order` written by users of `seller`'s partner (not staff's, not other
    sellers')."""
    return OrderNote.objects.filter(order=order, user__partners__id=seller.partner_id).order_by(
        "-date_updated"
    )
