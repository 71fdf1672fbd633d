"""Oscar's order exceptions, plus the lifecycle's refusals: each carries a sentence for the user."""

from enum import StrEnum

from oscar.apps.order.exceptions import *  # noqa: F403
from oscar.apps.order.exceptions import InvalidPaymentEvent, InvalidShippingEvent


class OrderChangeRefusal(StrEnum):
    """Why a change to an order was refused (a code clients can switch on)."""

    ALREADY_SHIPPED = "already_shipped"
    ALREADY_CANCELLED = "already_cancelled"
    NOT_SHIPPABLE = "not_shippable"
    NOT_DELIVERABLE = "not_deliverable"
    NOT_CANCELLABLE = "not_cancellable"
    NOT_REFUNDABLE = "not_refundable"
    INVALID_QUANTITY = "invalid_quantity"


class OrderChangeRefused(InvalidShippingEvent, InvalidPaymentEvent):
    """A lifecycle service refused a change; `message` is a sentence for the shopper or staff.

    It is Oscar's shipping and payment event refusal too, so Oscar's dashboard line actions
    show it as a message (the order status forms catch it in commerce.order.views.dashboard)."""

    def __init__(self, code: OrderChangeRefusal, message: str):
        super().__init__(message)
        self.code = code
        self.message = message
