"""The one place where money follows an order: the extension point of the order lifecycle.

Every change of an order line's fate (placed, shipped, delivered, cancelled, refunded) is made
by a service in `commerce.order.services`, which then announces it here as one `OrderChange`.
Domains that pay out or take back money (sellers' earnings, affiliates' commissions, bonus
points) and domains that tell the outside world (webhooks) listen, each with ONE line in its
AppConfig.ready():

    from commerce.order import lifecycle

    class LoyaltyConfig(AppConfig):
        def ready(self):
            lifecycle.listen(points_follow_order_change)

A listener is called inside the transaction that changed the order, after the change is
written: what it writes commits or rolls back with the change, and an exception it raises
undoes the change. Anything that leaves the database (emails, HTTP calls, tasks) must be
deferred with `transaction.on_commit`. Each change is announced exactly once.

What each kind means, who announces it, and the money it carries (`OrderChange.amount`, incl.
tax, after the order's discounts; `LineChange.amount` per line):

    PLACED     services.order_placed_announce (Oscar's order_placed)   every line, as paid
    SHIPPED    services.order_lines_ship        the items shipped now (carrier, reference)
    DELIVERED  services.order_lines_deliver     the items delivered now
    CANCELLED  services.order_cancel / order_lines_cancel   the lines cancelled (reference: reason)
    REFUNDED   services.order_refund            the money refunded now; `shipping_amount` is the
               shipping refunded with the last items of an order; extra["payment_event"] is
               Oscar's "Refund" PaymentEvent, extra["restocked"] whether items went back in stock

A refused change (commerce.order.exceptions.OrderChangeRefused) is never announced.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from django.db import transaction


class ChangeKind(StrEnum):
    """What happened to the lines of an order."""

    PLACED = "placed"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"


@dataclass(frozen=True)
class LineChange:
    """One line's part in a change: how many of its items, and the money they stand for
    (incl. tax, after the order's discounts)."""

    line: object  # order.Line
    quantity: int
    amount: Decimal


@dataclass(frozen=True)
class OrderChange:
    """One change of an order: its kind, the lines it concerns and the money it moves.

    `amount` is the goods' money of `lines` plus, for a refund of the whole order, the
    shipping refunded (`shipping_amount`). `reference` is the tracking reference of a
    shipment or the reason of a cancellation or refund."""

    kind: ChangeKind
    order: object  # order.Order
    lines: tuple[LineChange, ...]
    amount: Decimal
    shipping_amount: Decimal = Decimal("0.00")
    reference: str = ""
    carrier: str = ""
    extra: dict = field(default_factory=dict)


Listener = Callable[[OrderChange], None]

_listeners: list[Listener] = []


def listen(listener: Listener) -> None:
    """Register `listener` to be told of every order change (idempotent)."""
    if listener not in _listeners:
        _listeners.append(listener)


def unlisten(listener: Listener) -> None:
    """Stop telling `listener` (tests use it to clean up)."""
    if listener in _listeners:
        _listeners.remove(listener)


def order_change_announce(change: OrderChange) -> None:
    """Tell every listener of `change`, inside the caller's transaction (services only)."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("Order changes are announced inside the transaction that made them.")
    for listener in list(_listeners):
        listener(change)
