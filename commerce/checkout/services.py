"""Writes made while checking out: how an order will be paid."""

from dataclasses import dataclass

from oscar.core.loading import get_model

from .payment_methods import EVENT_NAMES, PaymentMethod

Source = get_model("payment", "Source")
SourceType = get_model("payment", "SourceType")


@dataclass(frozen=True)
class OfflinePayment:
    """An unsaved payment Source plus the payment event to record when the order is placed."""

    source: Source
    event_name: str


def offline_payment_prepare(*, method: PaymentMethod, order_number: str, total) -> OfflinePayment:
    """Build the payment Source and event for an order paid offline (nothing is charged now)."""
    source_type, _ = SourceType.objects.get_or_create(
        code=method.value, defaults={"name": str(method.label)}
    )
    reference = order_number if method == PaymentMethod.BANK_TRANSFER else ""
    source = Source(
        source_type=source_type,
        currency=total.currency,
        amount_allocated=total.incl_tax,
        reference=reference,
    )
    return OfflinePayment(source=source, event_name=EVENT_NAMES[method])
