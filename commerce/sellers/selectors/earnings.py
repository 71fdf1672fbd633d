"""Reads on sellers' money: balances, ledger history, a line's share, what is due for release,
and payouts."""

from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Exists, Max, OuterRef, Q, QuerySet

from commerce.core.ledger import Balance, ledger_balance
from commerce.order.statuses import DELIVERED_EVENT, LineStatus
from commerce.sellers.models import CommissionLine, EarningEntry, EarningKind, Payout


def seller_balance(*, seller) -> Balance:
    """`seller`'s balance: pending (not yet releasable) and available (may be paid out)."""
    return ledger_balance(entries=seller.earnings.all())


def seller_entries(*, seller) -> QuerySet:
    """`seller`'s ledger entries, newest first, with the order line and payout they concern."""
    return (
        seller.earnings.select_related("line__order", "payout").order_by("-created_at", "-pk").all()
    )


def line_earning_balance(*, line) -> Balance:
    """What the ledger holds for one order line: pending until released, then available."""
    return ledger_balance(entries=EarningEntry.objects.filter(line=line))


def line_reversed_total(*, line) -> Balance:
    """What was taken back of one line's earning so far (positive amounts)."""
    reversed_ = ledger_balance(
        entries=EarningEntry.objects.filter(line=line, kind=EarningKind.REVERSED)
    )
    return Balance(pending=-reversed_.pending, available=-reversed_.available)


def line_is_released(*, line) -> bool:
    """Whether the line's earning was moved from pending to available."""
    return EarningEntry.objects.filter(line=line, kind=EarningKind.RELEASED).exists()


def commission_lines_due_release(*, now: datetime) -> QuerySet:
    """Commission lines whose order line was delivered at least SELLER_RETURN_WINDOW_DAYS
    before `now` and whose earning was not released yet."""
    released = EarningEntry.objects.filter(line=OuterRef("line"), kind=EarningKind.RELEASED)
    cutoff = now - timedelta(days=settings.SELLER_RETURN_WINDOW_DAYS)
    return (
        CommissionLine.objects.filter(line__status=LineStatus.DELIVERED)
        .exclude(Exists(released))
        .annotate(
            delivered_at=Max(
                "line__shipping_event_quantities__event__date_created",
                filter=Q(line__shipping_event_quantities__event__event_type__name=DELIVERED_EVENT),
            )
        )
        .filter(delivered_at__lte=cutoff)
        .select_related("line", "seller")
        .order_by("pk")
    )


def seller_payouts(*, seller) -> QuerySet:
    """`seller`'s payout requests, newest first."""
    return Payout.objects.filter(seller=seller).order_by("-requested_at", "-pk")


def payouts_for_staff(*, status: str = "") -> QuerySet:
    """Every seller's payout requests (in `status` if given), newest first."""
    payouts = Payout.objects.select_related("seller", "decided_by").order_by("-requested_at", "-pk")
    return payouts.filter(status=status) if status else payouts
