"""The names of the line and order statuses (OSCAR_*_STATUS_PIPELINE) and of Oscar's event
types the lifecycle writes, and how an order's status follows its lines."""

from collections.abc import Iterable


class LineStatus:
    PENDING = "Pending"
    BEING_PROCESSED = "Being processed"
    SHIPPED = "Shipped"
    DELIVERED = "Delivered"
    CANCELLED = "Cancelled"
    REFUNDED = "Refunded"


class OrderStatus:
    PENDING = "Pending"
    BEING_PROCESSED = "Being processed"
    SHIPPED = "Shipped"
    COMPLETE = "Complete"
    CANCELLED = "Cancelled"
    REFUNDED = "Refunded"


#: Lines that will not move any more (nothing left to ship).
CLOSED_LINE_STATUSES = frozenset({LineStatus.CANCELLED, LineStatus.REFUNDED})
#: Lines whose goods have left the shop.
SHIPPED_LINE_STATUSES = frozenset({LineStatus.SHIPPED, LineStatus.DELIVERED})

# Oscar's event types, by name (their code is the slug of the name).
SHIPPED_EVENT = "Shipped"
DELIVERED_EVENT = "Delivered"
CANCELLED_EVENT = "Cancelled"
RETURNED_EVENT = "Returned"
REFUND_EVENT = "Refund"


def order_status_for_lines(*, current: str, line_statuses: Iterable[str], shipped_any: bool) -> str:
    """The status an order takes from its lines' statuses (`shipped_any`: some item has left)."""
    statuses = list(line_statuses)
    open_statuses = [status for status in statuses if status not in CLOSED_LINE_STATUSES]
    if all(status == LineStatus.CANCELLED for status in statuses):
        return OrderStatus.CANCELLED
    if not open_statuses:
        return OrderStatus.REFUNDED
    if all(status == LineStatus.DELIVERED for status in open_statuses):
        return OrderStatus.COMPLETE
    if all(status in SHIPPED_LINE_STATUSES for status in open_statuses):
        return OrderStatus.SHIPPED
    if shipped_any or LineStatus.BEING_PROCESSED in open_statuses:
        return OrderStatus.BEING_PROCESSED
    # Nothing moved: a "Being processed" set by staff stays.
    return current if current == OrderStatus.BEING_PROCESSED else OrderStatus.PENDING
