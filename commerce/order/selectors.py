"""Reads on orders after checkout: what was paid and refunded, and what the shopper sees."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Sum
from oscar.core.loading import get_model

from .statuses import CANCELLED_EVENT, CLOSED_LINE_STATUSES, REFUND_EVENT, SHIPPED_EVENT

PaymentEvent = get_model("order", "PaymentEvent")
ShippingEvent = get_model("order", "ShippingEvent")

CENT = Decimal("0.01")


def _share(total: Decimal, units: int, of: int) -> Decimal:
    return (total * units / of).quantize(CENT, rounding=ROUND_HALF_UP) if of else Decimal("0.00")


def line_units_amount(*, line, start: int, quantity: int) -> Decimal:
    """What `quantity` units of `line` were paid, counted from unit `start` (incl. tax, after
    every discount the order gave the line): the shares of units 1..n always add up to the
    line's price, so refunding a line unit by unit never pays back a penny more."""
    paid = line.line_price_incl_tax
    return _share(paid, start + quantity, line.quantity) - _share(paid, start, line.quantity)


def order_refunded_total(*, order) -> Decimal:
    """Everything refunded on `order` so far (goods and shipping)."""
    total = order.payment_events.filter(event_type__name=REFUND_EVENT).aggregate(s=Sum("amount"))
    return total["s"] or Decimal("0.00")


def order_has_shipped(*, order) -> bool:
    """Whether any item of `order` has left the shop (a shipment recorded on any line)."""
    return order.shipping_events.filter(event_type__name=SHIPPED_EVENT).exists()


@dataclass(frozen=True)
class LineProgress:
    """One order line as the shopper sees it after checkout."""

    line: object
    status: str
    shipments: tuple  # (ShippingEvent, quantity) for each shipment of the line
    refunded_quantity: int
    refunded_amount: Decimal


@dataclass(frozen=True)
class OrderProgress:
    """An order's lines, shipments and refunds, for the order page and the emails."""

    lines: tuple[LineProgress, ...]
    shipments: tuple
    refunds: tuple
    refunded_total: Decimal
    cancellable: bool


def order_progress(*, order) -> OrderProgress:
    """Each line's status, tracking and refunds of `order`, read in a fixed number of queries."""
    lines = list(order.lines.select_related("partner__seller"))  # "sold by" on each line
    shipments = list(
        ShippingEvent.objects.filter(order=order)
        .select_related("event_type")
        .prefetch_related("line_quantities")
        .order_by("date_created", "pk")
    )
    refunds = list(
        PaymentEvent.objects.filter(order=order, event_type__name=REFUND_EVENT)
        .prefetch_related("line_quantities")
        .order_by("date_created", "pk")
    )
    progress = []
    for line in lines:
        line_shipments = tuple(
            (event, quantity.quantity)
            for event in shipments
            if event.event_type.name not in {CANCELLED_EVENT}
            for quantity in event.line_quantities.all()
            if quantity.line_id == line.pk
        )
        refunded = sum(
            quantity.quantity
            for event in refunds
            for quantity in event.line_quantities.all()
            if quantity.line_id == line.pk
        )
        progress.append(
            LineProgress(
                line=line,
                status=line.status,
                shipments=line_shipments,
                refunded_quantity=refunded,
                refunded_amount=line_units_amount(line=line, start=0, quantity=refunded),
            )
        )
    cancellable = any(line.status not in CLOSED_LINE_STATUSES for line in lines) and not any(
        event.event_type.name == SHIPPED_EVENT for event in shipments
    )
    return OrderProgress(
        lines=tuple(progress),
        shipments=tuple(event for event in shipments if event.event_type.name == SHIPPED_EVENT),
        refunds=tuple(refunds),
        refunded_total=sum((event.amount for event in refunds), Decimal("0.00")),
        cancellable=cancellable,
    )
