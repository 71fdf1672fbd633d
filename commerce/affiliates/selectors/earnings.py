"""Reads on affiliates' money: balances, ledger history, what a commission line gave back,
what is due for approval or payout, and payouts (the sellers' selectors/earnings.py, mirrored)."""

from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Exists, Max, OuterRef, Q, QuerySet, Sum
from oscar.core.loading import get_model

from commerce.affiliates.models import (
    AffiliateEntry,
    AffiliateEntryKind,
    AffiliatePayout,
    Commission,
)
from commerce.core.ledger import Balance, ledger_balance
from commerce.order.statuses import CLOSED_LINE_STATUSES, DELIVERED_EVENT, LineStatus

Line = get_model("order", "Line")


def affiliate_balance(*, affiliate) -> Balance:
    """`affiliate`'s balance: pending (not yet approved) and available (to be paid out)."""
    return ledger_balance(entries=affiliate.entries.all())


def affiliate_entries(*, affiliate) -> QuerySet:
    """`affiliate`'s ledger entries, newest first, with the commission and payout they concern."""
    return (
        affiliate.entries.select_related("commission__referral__order", "payout")
        .order_by("-created_at", "-pk")
        .all()
    )


def line_reversal_key_prefix(*, commission, line) -> str:
    """The key every reversal of one line of `commission` starts with (the ledger refers to the
    commission, the key names the line)."""
    return f"commission:{commission.pk}:line:{line.pk}:"


def line_reversed_total(*, commission, line) -> Balance:
    """What was taken back of one line's part of `commission` so far (positive amounts)."""
    reversed_ = ledger_balance(
        entries=AffiliateEntry.objects.filter(
            commission=commission,
            kind=AffiliateEntryKind.REVERSED,
            key__startswith=line_reversal_key_prefix(commission=commission, line=line),
        )
    )
    return Balance(pending=-reversed_.pending, available=-reversed_.available)


def commissions_due_approval(*, now: datetime) -> QuerySet:
    """Pending commissions whose order has every line delivered (or cancelled / refunded), the
    last delivery at least AFFILIATE_RETURN_WINDOW_DAYS before `now`."""
    open_lines = Line.objects.filter(order=OuterRef("referral__order")).exclude(
        status__in={LineStatus.DELIVERED, *CLOSED_LINE_STATUSES}
    )
    cutoff = now - timedelta(days=settings.AFFILIATE_RETURN_WINDOW_DAYS)
    return (
        Commission.objects.filter(status=Commission.Status.PENDING)
        .exclude(Exists(open_lines))
        .annotate(
            delivered_at=Max(
                "referral__order__shipping_events__date_created",
                filter=Q(referral__order__shipping_events__event_type__name=DELIVERED_EVENT),
            )
        )
        .filter(delivered_at__lte=cutoff)
        .order_by("pk")
    )


def commissions_payable(*, affiliate=None) -> QuerySet:
    """Approved commissions not yet in a payout (of `affiliate` if given)."""
    commissions = Commission.objects.filter(status=Commission.Status.APPROVED, payout__isnull=True)
    return commissions.filter(affiliate=affiliate) if affiliate is not None else commissions


def affiliates_payable(*, minimum) -> list[int]:
    """Ids of affiliates whose approved, unpaid commissions add up to at least `minimum`."""
    return list(
        commissions_payable()
        .values("affiliate")
        .annotate(total=Sum("amount"))
        .filter(total__gte=minimum)
        .order_by("affiliate")
        .values_list("affiliate", flat=True)
    )


def commissions_for_staff(*, status: str = "") -> QuerySet:
    """Every affiliate's commissions (in `status` if given), newest first."""
    commissions = Commission.objects.select_related(
        "affiliate__user", "referral__order", "payout"
    ).order_by("-created_at", "-pk")
    return commissions.filter(status=status) if status else commissions


def payouts_for_staff(*, status: str = "") -> QuerySet:
    """Every affiliate's payouts (in `status` if given), newest first."""
    payouts = AffiliatePayout.objects.select_related("affiliate__user", "created_by").order_by(
        "-created_at", "-pk"
    )
    return payouts.filter(status=status) if status else payouts
