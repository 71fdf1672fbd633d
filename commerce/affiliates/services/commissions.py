"""Affiliates' commissions follow their referred orders, through the order lifecycle's one
extension point (commerce.order.lifecycle), into each affiliate's append-only ledger
(commerce.core.ledger) - the sellers' services/earnings.py, mirrored:

    PLACED      the order's Referral is recorded (services.tracking.referral_record: a tied
                voucher, else the basket's attribution; never the shopper themselves); if
                there is one it gets its Commission, one CommissionLine per order
                line and an EARNED entry: +amount pending ("commission:<id>:earned").
    DELIVERED   once every line is delivered (or cancelled / refunded) and the return window
                (AFFILIATE_RETURN_WINDOW_DAYS) has passed, APPROVED: −x pending, +x available
                ("commission:<id>:approved"), status approved. With a window, that is
                `commissions_approve_due` (the `approve_affiliate_commissions` command, cron).
    CANCELLED   REVERSED: the cancelled lines' whole remaining share
                ("commission:<id>:line:<line>:cancelled").
    REFUNDED    REVERSED: the refunded items' share ("commission:<id>:line:<line>:refund:<event>").

The base of a line is what the shopper paid for its goods, without tax and without shipping:
Oscar's `Line.line_price_excl_tax`, which is after the line's offers and vouchers (Oscar keeps
the price before them in `line_price_before_discounts_excl_tax`); shipping is the order's, never
a line's. Bonus points spent will reduce it too once they exist (they lower what was paid).

`Commission.amount` is what the commission is worth now: reversals reduce it and the ledger
keeps the history; its lines keep what each line earned at placement. When nothing is left the
commission is rejected. A reversal is taken from pending while the commission is pending, else
from available (after a payout that may leave a debt later commissions cover, as for sellers).

Every entry has a key naming its event, so a replayed announcement adds nothing. Each handler
locks the affiliate row, then the commission row (the order was locked by the lifecycle
service), before reading what the commission holds.
"""

from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.db import transaction
from django.utils import timezone

from commerce.affiliates.models import (
    Affiliate,
    AffiliateEntry,
    AffiliateEntryKind,
    Commission,
    CommissionLine,
)
from commerce.affiliates.selectors.commissions import commission_for, commission_rate_for
from commerce.affiliates.selectors.earnings import (
    commissions_due_approval,
    line_reversal_key_prefix,
    line_reversed_total,
)
from commerce.affiliates.services.tracking import referral_record
from commerce.core.ledger import ZERO, ledger_append, ledger_balance
from commerce.order.lifecycle import ChangeKind, OrderChange

CENT = Decimal("0.01")
APPROVED_STATUSES = {Commission.Status.APPROVED, Commission.Status.PAID}


def commission_create(*, referral) -> Commission:
    """The commission of a referred order (created once: a replay returns the existing one),
    with a line per order line and its EARNED ledger entry."""
    with transaction.atomic():
        affiliate = Affiliate.objects.select_for_update().get(pk=referral.affiliate_id)
        existing = Commission.objects.filter(referral=referral).first()
        if existing is not None:
            return existing
        order = referral.order
        parts = []
        for line in order.lines.select_related("product__parent").order_by("pk"):
            base = line.line_price_excl_tax
            rate = commission_rate_for(affiliate=affiliate, line=line)
            parts.append((line, base, rate, commission_for(rate=rate, base=base)))
        amount = sum((part[3] for part in parts), ZERO)
        commission = Commission.objects.create(
            referral=referral,
            affiliate=affiliate,
            base=sum((part[1] for part in parts), ZERO),
            amount=amount,
        )
        CommissionLine.objects.bulk_create(
            CommissionLine(commission=commission, line=line, base=base, rate=rate, amount=share)
            for line, base, rate, share in parts
        )
        ledger_append(
            owner=affiliate,
            entries=affiliate.entries,
            key=f"commission:{commission.pk}:earned",
            kind=AffiliateEntryKind.EARNED,
            pending=amount,
            reason=f"Order {order.number} referred",
            commission=commission,
        )
        return commission


def commissions_follow_order_change(change: OrderChange) -> None:
    """The affiliates app's lifecycle listener: what `change` means for affiliates' commissions."""
    if change.kind == ChangeKind.PLACED:
        _order_placed(change)
        return
    handler = _HANDLERS.get(change.kind)
    if handler is None:
        return
    commission = _commission_locked(order=change.order)
    if commission is not None:
        handler(change, commission)


def _order_placed(change: OrderChange) -> None:
    # Attribution is decided once, here, inside the order's transaction.
    referral = referral_record(order=change.order)
    if referral is not None:
        commission_create(referral=referral)


def _commission_locked(*, order) -> Commission | None:
    """The order's commission, its affiliate's row locked first, then its own."""
    found = Commission.objects.filter(referral__order=order).values("pk", "affiliate_id").first()
    if found is None:
        return None
    Affiliate.objects.select_for_update().filter(pk=found["affiliate_id"]).first()
    return Commission.objects.select_for_update().select_related("affiliate").get(pk=found["pk"])


# ------------------------------------------------------------------ approved


def _commission_approve(commission: Commission) -> None:
    held = ledger_balance(entries=AffiliateEntry.objects.filter(commission=commission)).pending
    if held > 0:
        ledger_append(
            owner=commission.affiliate,
            entries=commission.affiliate.entries,
            key=f"commission:{commission.pk}:approved",
            kind=AffiliateEntryKind.APPROVED,
            pending=-held,
            available=held,
            reason=f"Order {commission.referral.order.number}: delivered, return window over",
            commission=commission,
        )
    commission.status = Commission.Status.APPROVED
    commission.decided_at = timezone.now()
    commission.save(update_fields=["status", "decided_at"])


def _lines_delivered(change: OrderChange, commission: Commission) -> None:
    """Approve at once when no return window is left to wait for (a window of 0 days)."""
    if commission.status != Commission.Status.PENDING:
        return
    if commissions_due_approval(now=timezone.now()).filter(pk=commission.pk).exists():
        _commission_approve(commission)


def commissions_approve_due(*, now: datetime | None = None) -> int:
    """Approve every pending commission whose order was wholly delivered more than
    AFFILIATE_RETURN_WINDOW_DAYS ago (idempotent); returns how many were approved."""
    now = now or timezone.now()
    approved = 0
    for due in commissions_due_approval(now=now).values("pk", "affiliate_id"):
        with transaction.atomic():
            Affiliate.objects.select_for_update().filter(pk=due["affiliate_id"]).first()
            commission = Commission.objects.select_for_update().get(pk=due["pk"])
            if commission.status == Commission.Status.PENDING:
                _commission_approve(commission)
                approved += 1
    return approved


# ------------------------------------------------------------------ cancelled and refunded


def _share(amount: Decimal, items: int, of: int) -> Decimal:
    """The share of a line's amount for its first `items` of `of` items (half up)."""
    return (amount * items / of).quantize(CENT, rounding=ROUND_HALF_UP) if of else ZERO


def _line_reverse(commission: Commission, *, line, items_reversed: int, key: str, reason: str):
    """Take back the line's share for its first `items_reversed` items, less what was taken
    back before (so a line's reversals add up to its amount, never more)."""
    commission_line = commission.lines.filter(line=line).first()
    if commission_line is None:
        return
    target = _share(commission_line.amount, items_reversed, line.quantity)
    amount = target - line_reversed_total(commission=commission, line=line).total
    if amount <= 0:  # e.g. refunding a cancelled line: its share was reversed already
        return
    approved = commission.status in APPROVED_STATUSES
    ledger_append(
        owner=commission.affiliate,
        entries=commission.affiliate.entries,
        key=line_reversal_key_prefix(commission=commission, line=line) + key,
        kind=AffiliateEntryKind.REVERSED,
        pending=ZERO if approved else -amount,
        available=-amount if approved else ZERO,
        allow_negative=approved,
        reason=reason[:255],
        commission=commission,
    )
    commission.amount -= amount
    commission.save(update_fields=["amount"])


def _reject_when_nothing_left(commission: Commission) -> None:
    # A paid commission stays paid: what it gives back is a debt in the ledger.
    open_statuses = {Commission.Status.PENDING, Commission.Status.APPROVED}
    if commission.amount <= 0 and commission.status in open_statuses:
        commission.status = Commission.Status.REJECTED
        commission.decided_at = timezone.now()
        commission.save(update_fields=["status", "decided_at"])


def _lines_cancelled(change: OrderChange, commission: Commission) -> None:
    """A cancelled line earns nothing: reverse all of its share."""
    for line_change in change.lines:
        line = line_change.line
        _line_reverse(
            commission,
            line=line,
            items_reversed=line.quantity,
            key="cancelled",
            reason=f"Order {change.order.number}: {line.title} cancelled",
        )
    _reject_when_nothing_left(commission)


def _lines_refunded(change: OrderChange, commission: Commission) -> None:
    """Refunded items take back their share of the line, counted over every refund of the line
    so far (Oscar's refund events), so refunding item by item takes back exactly the line."""
    event = change.extra["payment_event"]
    for line_change in change.lines:
        line = line_change.line
        _line_reverse(
            commission,
            line=line,
            items_reversed=line.payment_event_quantity(event.event_type),
            key=f"refund:{event.pk}",
            reason=f"Order {change.order.number}: {line_change.quantity} × {line.title} refunded",
        )
    _reject_when_nothing_left(commission)


_HANDLERS = {
    ChangeKind.DELIVERED: _lines_delivered,
    ChangeKind.CANCELLED: _lines_cancelled,
    ChangeKind.REFUNDED: _lines_refunded,
}
