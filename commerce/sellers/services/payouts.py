"""Payouts: a seller asks for their available earnings, staff approve (or reject) and then mark
them paid. Requesting takes the amount out of the available balance at once (a PAYOUT ledger
entry), so the same money cannot be asked for twice; rejecting gives it back
(PAYOUT_RETURNED); paying only records the transfer. The seller is emailed when staff decide.

    requested ──approve──▶ approved ──mark paid──▶ paid
        │                     │
        └──────reject─────────┴──────▶ rejected (money back in available)
"""

from decimal import Decimal
from enum import StrEnum
from functools import partial

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from commerce.core.emails import communication_email_after_commit
from commerce.core.ledger import ledger_append
from commerce.sellers.models import EarningKind, Payout, PayoutStatus, Seller
from commerce.sellers.selectors.earnings import seller_balance

PAYOUT_APPROVED = "SELLER_PAYOUT_APPROVED"
PAYOUT_PAID = "SELLER_PAYOUT_PAID"
PAYOUT_REJECTED = "SELLER_PAYOUT_REJECTED"


class PayoutRefusal(StrEnum):
    """Why a payout request or decision was refused (the ValidationError's code)."""

    BELOW_MINIMUM = "below_minimum"
    ABOVE_AVAILABLE = "above_available"
    WRONG_STATUS = "wrong_status"
    REFERENCE_MISSING = "reference_missing"


def _refuse_amount(message: str, code: PayoutRefusal):
    raise ValidationError({"amount": ValidationError(message, code=code)})


def payout_request(*, seller, amount: Decimal | None = None, created_by=None) -> Payout:
    """Ask to be paid `amount` (all that is available when None): refused below
    SELLER_PAYOUT_MINIMUM or above what is available; takes it out of available at once."""
    minimum = settings.SELLER_PAYOUT_MINIMUM
    with transaction.atomic():
        # The seller's lock makes two requests for the same money queue: the second one reads
        # the balance the first one left.
        seller = Seller.objects.select_for_update().get(pk=seller.pk)
        available = seller_balance(seller=seller).available
        amount = available if amount is None else Decimal(amount)
        if amount > available:
            _refuse_amount(
                f"You can ask for at most £{max(available, 0)}, what is available now.",
                PayoutRefusal.ABOVE_AVAILABLE,
            )
        if amount < minimum or amount <= 0:
            _refuse_amount(
                f"A payout must be at least £{minimum}; wait until more is available.",
                PayoutRefusal.BELOW_MINIMUM,
            )
        payout = Payout.objects.create(seller=seller, amount=amount)
        ledger_append(
            owner=seller,
            entries=seller.earnings,
            key=f"payout:{payout.pk}:requested",
            kind=EarningKind.PAYOUT,
            available=-amount,
            reason=f"Payout #{payout.pk} requested",
            created_by=created_by,
            payout=payout,
        )
        return payout


def _locked(payout, *, allowed: set[str], action: str) -> Payout:
    payout = Payout.objects.select_for_update().select_related("seller").get(pk=payout.pk)
    if payout.status not in allowed:
        raise ValidationError(
            f"Payout #{payout.pk} is {payout.get_status_display().lower()}, so it cannot be "
            f"{action}.",
            code=PayoutRefusal.WRONG_STATUS,
        )
    return payout


def payout_approve(*, payout, by) -> Payout:
    """Staff agree to pay a requested payout; the seller is emailed."""
    with transaction.atomic():
        payout = _locked(payout, allowed={PayoutStatus.REQUESTED}, action="approved")
        payout.status = PayoutStatus.APPROVED
        payout.decided_at, payout.decided_by = timezone.now(), by
        payout.save(update_fields=["status", "decided_at", "decided_by"])
        _email_after_commit(payout=payout, code=PAYOUT_APPROVED)
        return payout


def payout_reject(*, payout, by, reason: str) -> Payout:
    """Staff refuse a requested or approved (not yet paid) payout: its amount goes back to the
    seller's available balance; the seller is emailed the reason."""
    with transaction.atomic():
        payout = _locked(
            payout, allowed={PayoutStatus.REQUESTED, PayoutStatus.APPROVED}, action="rejected"
        )
        payout.status = PayoutStatus.REJECTED
        payout.decided_at, payout.decided_by, payout.note = timezone.now(), by, reason
        payout.save(update_fields=["status", "decided_at", "decided_by", "note"])
        ledger_append(
            owner=payout.seller,
            entries=payout.seller.earnings,
            key=f"payout:{payout.pk}:returned",
            kind=EarningKind.PAYOUT_RETURNED,
            available=payout.amount,
            reason=f"Payout #{payout.pk} rejected: {reason}"[:255],
            created_by=by,
            payout=payout,
        )
        _email_after_commit(payout=payout, code=PAYOUT_REJECTED)
        return payout


def payout_mark_paid(*, payout, by, reference: str) -> Payout:
    """Staff record that an approved payout was transferred (with its bank reference); the
    seller is emailed."""
    if not reference.strip():
        raise ValidationError(
            {
                "reference": ValidationError(
                    "Enter the bank transfer's reference, so the seller can find it.",
                    code=PayoutRefusal.REFERENCE_MISSING,
                )
            }
        )
    with transaction.atomic():
        payout = _locked(payout, allowed={PayoutStatus.APPROVED}, action="marked paid")
        payout.status = PayoutStatus.PAID
        payout.paid_at, payout.reference = timezone.now(), reference.strip()
        if payout.decided_by is None:
            payout.decided_by = by
        payout.save(update_fields=["status", "paid_at", "reference", "decided_by"])
        _email_after_commit(payout=payout, code=PAYOUT_PAID)
        return payout


def _email_after_commit(*, payout, code: str) -> None:
    """Oscar communication event types: file templates by default, editable in the dashboard."""
    communication_email_after_commit(code=code, build=partial(_message, payout_id=payout.pk))


def _message(*, payout_id: int) -> tuple[str, dict]:
    payout = Payout.objects.select_related("seller").get(pk=payout_id)
    return payout.seller.contact_email, {"payout": payout, "seller": payout.seller}
