"""The offline ways a shopper can pay. The code doubles as the payment SourceType code."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PaymentMethod(models.TextChoices):
    CASH_ON_DELIVERY = "cash-on-delivery", _("Cash on delivery")
    BANK_TRANSFER = "bank-transfer", _("Bank transfer")


#: What the shopper reads under each choice on the payment-details step.
DESCRIPTIONS = {
    PaymentMethod.CASH_ON_DELIVERY: _("Pay the courier in cash when your parcel arrives."),
    PaymentMethod.BANK_TRANSFER: _(
        "Pay by bank transfer, quoting your order number. We send your order once it arrives."
    ),
}

#: The payment event recorded against the order when it is placed (nothing is paid yet).
EVENT_NAMES = {
    PaymentMethod.CASH_ON_DELIVERY: "Cash due on delivery",
    PaymentMethod.BANK_TRANSFER: "Awaiting bank transfer",
}

#: How the order's payment reads on the thank-you and order pages: "{amount}" is the money due.
PAYMENT_LINES = {
    PaymentMethod.CASH_ON_DELIVERY: _("Cash on delivery: {amount} due when your parcel arrives."),
    PaymentMethod.BANK_TRANSFER: _(
        "Bank transfer: {amount} to pay to the account below, quoting your order number."
    ),
}


def payment_methods_offered() -> list[PaymentMethod]:
    """The methods the shop offers now: bank transfer only while CHECKOUT_BANK_TRANSFER is on."""
    return [
        method
        for method in PaymentMethod
        if method != PaymentMethod.BANK_TRANSFER or settings.CHECKOUT_BANK_TRANSFER
    ]
