"""Reads for the checkout pages and the order confirmation email."""

from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from oscar.templatetags.currency_filters import currency

from .payment_methods import PAYMENT_LINES, PaymentMethod


@dataclass(frozen=True)
class BankTransferInstructions:
    """What a shopper needs to pay an order by bank transfer."""

    account_name: str
    sort_code: str
    account_number: str
    iban: str
    reference: str
    amount: Decimal
    currency: str


def order_bank_transfer_instructions(*, order) -> BankTransferInstructions | None:
    """The shop's bank details and the reference to quote, if `order` is paid by transfer."""
    source = order.sources.filter(source_type__code=PaymentMethod.BANK_TRANSFER.value).first()
    if source is None:
        return None
    bank = settings.CHECKOUT_BANK_TRANSFER_DETAILS
    return BankTransferInstructions(
        account_name=bank["account_name"],
        sort_code=bank["sort_code"],
        account_number=bank["account_number"],
        iban=bank["iban"],
        reference=order.number,
        amount=source.amount_allocated,
        currency=source.currency,
    )


def order_payment_lines(*, order) -> list[str]:
    """How each of the order's payments reads to the shopper, in plain words."""
    lines = []
    for source in order.sources.select_related("source_type"):
        amount = currency(source.amount_allocated, source.currency)
        try:
            line = PAYMENT_LINES[PaymentMethod(source.source_type.code)]
        except ValueError:
            line = source.source_type.name + ": {amount}"
        lines.append(str(line).format(amount=amount))
    return lines


def checkout_user_address(*, user, address_id: str):
    """The signed-in shopper's own saved address with this id, or None for anything else."""
    if not user.is_authenticated or not str(address_id).isdigit():
        return None
    return user.addresses.filter(pk=int(address_id)).first()


def order_lines_shown(*, order) -> list:
    """`order`'s lines as the thank-you page lists them, with who sells each one loaded (the
    "Sold by" line costs no query per line)."""
    return list(order.lines.select_related("partner__seller", "product"))
