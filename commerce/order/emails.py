"""The lifecycle's emails to the shopper: Oscar communication event types (editable in the
dashboard under Content → Email templates, with file templates under
templates/oscar/communication/emails/ as the default), sent once, after the transaction that
made the change commits."""

import logging
from functools import partial

from django.conf import settings
from django.db import transaction
from oscar.core.loading import get_class, get_model

from .selectors import order_progress

Order = get_model("order", "Order")
Line = get_model("order", "Line")
ShippingEvent = get_model("order", "ShippingEvent")
PaymentEvent = get_model("order", "PaymentEvent")
Dispatcher = get_class("communication.utils", "Dispatcher")
OrderDispatcher = get_class("order.utils", "OrderDispatcher")

ORDER_SHIPPED = "ORDER_SHIPPED"
ORDER_CANCELLED = "ORDER_CANCELLED"
ORDER_REFUNDED = "ORDER_REFUNDED"

#: Code -> name of the communication event types (created by migration 0023).
EVENT_TYPES = {
    ORDER_SHIPPED: "Order shipped",
    ORDER_CANCELLED: "Order cancelled",
    ORDER_REFUNDED: "Refund issued",
}

logger = logging.getLogger(__name__)


def order_email_after_commit(*, order, code: str, event=None, lines=()) -> None:
    """Send the `code` email about `order` once the current transaction commits."""
    transaction.on_commit(
        partial(
            _send,
            order_id=order.pk,
            code=code,
            event_id=getattr(event, "pk", None),
            line_ids=[line.pk for line in lines],
        ),
        robust=True,  # a mail server that is down must not undo or hide the change
    )


def _send(*, order_id: int, code: str, event_id: int | None, line_ids: list[int]) -> None:
    order = Order.objects.get(pk=order_id)
    if not order.email:
        return
    context = {
        "order": order,
        "shop_name": settings.OSCAR_SHOP_NAME,
        "progress": order_progress(order=order),
        "lines": list(Line.objects.filter(pk__in=line_ids)) if line_ids else [],
    }
    if code == ORDER_SHIPPED and event_id:
        context["shipment"] = ShippingEvent.objects.prefetch_related("line_quantities__line").get(
            pk=event_id
        )
    if code == ORDER_REFUNDED and event_id:
        context["refund"] = PaymentEvent.objects.prefetch_related("line_quantities__line").get(
            pk=event_id
        )
    messages = Dispatcher().get_messages(code, context)
    OrderDispatcher().dispatch_order_messages(order, messages, code)
