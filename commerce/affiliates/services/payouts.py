"""Payouts: staff batch every affiliate's approved, unpaid commissions into one payout each
(when they add up to the minimum), then mark each payout paid once transferred - the sellers'
services/payouts.py, mirrored, without the request step (affiliates do not ask; staff batch).

    (approved commissions) ──batch──▶ batched ──mark paid──▶ paid

Batching takes the amount out of the available balance at once (a PAID ledger entry) and marks
its commissions paid, so the same money is never batched twice; marking paid only records the
transfer's reference. The affiliate is emailed at both steps, once the step commits.
"""

from decimal import Decimal
from enum import StrEnum
from functools import partial

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from commerce.affiliates.models import (
    Affiliate,
    AffiliateEntryKind,
    AffiliatePayout,
    AffiliatePayoutStatus,
    Commission,
)
from commerce.affiliates.selectors.earnings import affiliates_payable, commissions_payable
from commerce.core.emails import communication_email_after_commit
from commerce.core.ledger import ZERO, LedgerOverdrawn, ledger_append

PAYOUT_BATCHED = "AFFILIATE_PAYOUT_BATCHED"
PAYOUT_PAID = "AFFILIATE_PAYOUT_PAID"


class PayoutRefusal(StrEnum):
    """Why a payout decision was refused (the ValidationError's code)."""

    WRONG_STATUS = "wrong_status"
    REFERENCE_MISSING = "reference_missing"


def payouts_batch(*, by, minimum: Decimal | None = None) -> list[AffiliatePayout]:
    """One payout per affiliate whose approved, unpaid commissions add up to at least `minimum`
    (AFFILIATE_PAYOUT_MINIMUM when None), each affiliate emailed; safe to run twice at once
    (each pays once)."""
    minimum = settings.AFFILIATE_PAYOUT_MINIMUM if minimum is None else Decimal(minimum)
    payouts = []
    for affiliate_id in affiliates_payable(minimum=minimum):
        payout = _affiliate_batch(affiliate_id=affiliate_id, by=by, minimum=minimum)
        if payout is not None:
            payouts.append(payout)
    return payouts


def _affiliate_batch(*, affiliate_id: int, by, minimum: Decimal) -> AffiliatePayout | None:
    try:
        with transaction.atomic():
            # The affiliate's lock makes a second batch run wait, then read no payable
            # commission: what the first run batched is no longer approved and unpaid.
            affiliate = Affiliate.objects.select_for_update().get(pk=affiliate_id)
            commissions = list(commissions_payable(affiliate=affiliate).select_for_update())
            amount = sum((commission.amount for commission in commissions), ZERO)
            if amount <= 0 or amount < minimum:
                return None
            payout = AffiliatePayout.objects.create(
                affiliate=affiliate, amount=amount, created_by=by
            )
            Commission.objects.filter(pk__in=[c.pk for c in commissions]).update(
                payout=payout, status=Commission.Status.PAID
            )
            ledger_append(
                owner=affiliate,
                entries=affiliate.entries,
                key=f"payout:{payout.pk}:paid",
                kind=AffiliateEntryKind.PAID,
                available=-amount,
                reason=f"Payout #{payout.pk}: {len(commissions)} commissions",
                created_by=by,
                payout=payout,
            )
            _email_after_commit(payout=payout, code=PAYOUT_BATCHED)
            return payout
    except LedgerOverdrawn:
        # A debt (a refund after an earlier payout) is covered by these commissions first:
        # nothing is paid until the available balance covers the batch.
        return None


def payout_mark_paid(*, payout, by, reference: str) -> AffiliatePayout:
    """Staff record that a batched payout was transferred, with the transfer's reference; the
    affiliate is emailed."""
    if not reference.strip():
        raise ValidationError(
            {
                "reference": ValidationError(
                    "Enter the transfer's reference, so the affiliate can find it.",
                    code=PayoutRefusal.REFERENCE_MISSING,
                )
            }
        )
    with transaction.atomic():
        payout = AffiliatePayout.objects.select_for_update().get(pk=payout.pk)
        if payout.status != AffiliatePayoutStatus.BATCHED:
            raise ValidationError(
                f"Payout #{payout.pk} is {payout.get_status_display().lower()} already.",
                code=PayoutRefusal.WRONG_STATUS,
            )
        payout.status = AffiliatePayoutStatus.PAID
        payout.paid_at, payout.reference = timezone.now(), reference.strip()
        payout.save(update_fields=["status", "paid_at", "reference"])
        _email_after_commit(payout=payout, code=PAYOUT_PAID)
        return payout


def _email_after_commit(*, payout, code: str) -> None:
    """Oscar communication event types: file templates by default, editable in the dashboard."""
    communication_email_after_commit(code=code, build=partial(_message, payout_id=payout.pk))


def _message(*, payout_id: int) -> tuple[str, dict]:
    payout = AffiliatePayout.objects.select_related("affiliate__user").get(pk=payout_id)
    context = {
        "payout": payout,
        "affiliate": payout.affiliate,
        "commissions": payout.commissions.count(),
    }
    return payout.affiliate.user.email, context
