"""The shop's EventHandler: Oscar's dashboard and anything else that drives an order through
Oscar's handler lands in the lifecycle services (commerce.order.services), so a shipment,
cancellation or refund made there moves stock, statuses and money exactly as one made anywhere
else."""

from oscar.apps.order import processing
from oscar.core.loading import get_model

from .statuses import (
    CANCELLED_EVENT,
    DELIVERED_EVENT,
    REFUND_EVENT,
    SHIPPED_EVENT,
    OrderStatus,
)

ShippingEvent = get_model("order", "ShippingEvent")


class EventHandler(processing.EventHandler):
    def handle_shipping_event(self, order, event_type, lines, line_quantities, **kwargs):
        from . import services  # services use this handler to write Oscar's events

        quantities = dict(zip([line.pk for line in lines], line_quantities, strict=True))
        if event_type.name == SHIPPED_EVENT:
            return services.order_lines_ship(
                order=order,
                line_quantities=quantities,
                carrier=kwargs.get("carrier", ""),
                reference=kwargs.get("reference") or "",
                user=self.user,
            )
        if event_type.name == DELIVERED_EVENT:
            return services.order_lines_deliver(
                order=order, line_quantities=quantities, user=self.user
            )
        if event_type.name == CANCELLED_EVENT:
            return services.order_lines_cancel(
                order=order, lines=lines, user=self.user, reason=kwargs.get("reference") or ""
            )
        return super().handle_shipping_event(order, event_type, lines, line_quantities, **kwargs)

    def handle_payment_event(
        self, order, event_type, amount, lines=None, line_quantities=None, **kwargs
    ):
        from . import services

        if event_type.name == REFUND_EVENT:
            # The amount is the lifecycle's to compute: what was paid for those items.
            quantities = (
                dict(zip([line.pk for line in lines], line_quantities, strict=True))
                if lines
                else None
            )
            return services.order_refund(
                order=order,
                line_quantities=quantities,
                reason=kwargs.get("reference") or "",
                restock=kwargs.get("restock", False),
                user=self.user,
            )
        return super().handle_payment_event(
            order, event_type, amount, lines, line_quantities, **kwargs
        )

    def handle_order_status_change(self, order, new_status, note_msg=None):
        from . import services

        if new_status == OrderStatus.CANCELLED:
            return services.order_cancel(order=order, user=self.user, reason=note_msg or "")
        if new_status == OrderStatus.COMPLETE:
            return services.order_lines_deliver(order=order, user=self.user)
        if new_status == OrderStatus.REFUNDED:
            return services.order_refund(order=order, reason=note_msg or "", user=self.user)
        if new_status == OrderStatus.SHIPPED:
            return services.order_lines_ship(order=order, carrier="", reference="", user=self.user)
        return super().handle_order_status_change(order, new_status, note_msg=note_msg)

    def create_shipping_event(self, order, event_type, lines, line_quantities, **kwargs):
        event = ShippingEvent.objects.create(
            order=order,
            event_type=event_type,
            carrier=kwargs.get("carrier", ""),
            tracking_reference=kwargs.get("reference") or "",
        )
        for line, quantity in zip(lines, line_quantities, strict=True):
            event.line_quantities.create(line=line, quantity=quantity)
        return event
