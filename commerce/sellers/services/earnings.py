"""Sellers' earnings follow their order lines, through the order lifecycle's one extension point
(commerce.order.lifecycle), into each seller's append-only ledger (commerce.core.ledger):

    PLACED      each line bought from a seller's offer gets its CommissionLine and an EARNED
                entry: +earning pending ("line:<id>:earned"). The shop's own lines get nothing.
    DELIVERED   with no return window (SELLER_RETURN_WINDOW_DAYS = 0) a fully delivered line is
                released at once; otherwise `earnings_release_due` (the
                `release_seller_earnings` command, run by cron) releases it once the window has
                passed: RELEASED, −x pending, +x available ("line:<id>:released").
    CANCELLED   REVERSED: the line's whole remaining earning ("line:<id>:cancelled").
    REFUNDED    REVERSED: the refunded items' share of the earning ("line:<id>:refund:<event>").

A reversal is taken from pending while the line is not released, else from available. Money
already paid out cannot be taken back from a bank account, so a reversal after a payout may
leave the available balance below zero: the seller owes it, later earnings cover it first and
no payout can be requested meanwhile (the only entries allowed to overdraw).

Every entry has a key naming its event, so an announcement replayed (a retried task) adds
nothing. Each handler locks the sellers it writes for, in a stable order, before reading what
a line already holds: a refund racing the release cron cannot read a stale line.
"""

from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from commerce.core.ledger import ledger_append
from commerce.order.lifecycle import ChangeKind, LineChange, OrderChange
from commerce.order.statuses import LineStatus
from commerce.sellers.models import CommissionLine, EarningKind, Seller
from commerce.sellers.selectors.commissions import commission_for, commission_rule_for
from commerce.sellers.selectors.earnings import (
    commission_lines_due_release,
    line_earning_balance,
    line_is_released,
    line_reversed_total,
)

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def earnings_follow_order_change(change: OrderChange) -> None:
    """The sellers app's lifecycle listener: record what `change` means for sellers' earnings."""
    handler = _HANDLERS.get(change.kind)
    if handler is None:
        return
    sellers = _sellers_locked(change.lines)
    if sellers:
        handler(change, sellers)


def _sellers_locked(line_changes) -> dict[int, Seller]:
    """partner id -> Seller of the lines' sellers, their rows locked in pk order (so two
    orders mixing the same sellers cannot deadlock)."""
    partner_ids = {lc.line.partner_id for lc in line_changes if lc.line.partner_id}
    sellers = Seller.objects.select_for_update().filter(partner_id__in=partner_ids).order_by("pk")
    return {seller.partner_id: seller for seller in sellers}


def _seller_lines(change: OrderChange, sellers: dict) -> list[tuple[LineChange, Seller]]:
    return [
        (line_change, sellers[line_change.line.partner_id])
        for line_change in change.lines
        if line_change.line.partner_id in sellers
    ]


# ------------------------------------------------------------------ placed


def _lines_placed(change: OrderChange, sellers: dict) -> None:
    """Fix each seller line's commission on what the shopper paid for it.

    The base is `LineChange.amount`: the line's price incl. tax after the shop's offers and
    vouchers. Bonus points the shopper spends are the shop's own cost, paid like a payment
    method: they must never reduce the seller's base."""
    for line_change, seller in _seller_lines(change, sellers):
        line = line_change.line
        if CommissionLine.objects.filter(line=line).exists():
            continue
        rule = commission_rule_for(line=line)
        base = line_change.amount
        commission = commission_for(rule=rule, base=base, quantity=line_change.quantity)
        commission_line = CommissionLine.objects.create(
            line=line,
            seller=seller,
            rule=rule,
            rule_description=str(rule) if rule else "No commission rule: nothing kept",
            base=base,
            commission=commission,
            earning=base - commission,
        )
        ledger_append(
            owner=seller,
            entries=seller.earnings,
            key=f"line:{line.pk}:earned",
            kind=EarningKind.EARNED,
            pending=commission_line.earning,
            reason=f"Order {change.order.number}: {line.quantity} × {line.title}",
            line=line,
        )


# ------------------------------------------------------------------ delivered and released


def _lines_delivered(change: OrderChange, sellers: dict) -> None:
    """Without a return window, a line's earning is available as soon as it is delivered."""
    if settings.SELLER_RETURN_WINDOW_DAYS > 0:
        return
    for line_change, seller in _seller_lines(change, sellers):
        if line_change.line.status == LineStatus.DELIVERED:
            _line_release(line=line_change.line, seller=seller)


def _line_release(*, line, seller) -> None:
    held = line_earning_balance(line=line).pending
    if held <= 0:
        return
    ledger_append(
        owner=seller,
        entries=seller.earnings,
        key=f"line:{line.pk}:released",
        kind=EarningKind.RELEASED,
        pending=-held,
        available=held,
        reason=f"Order {line.order.number}: delivered, return window over",
        line=line,
    )


def earnings_release_due(*, now: datetime | None = None) -> int:
    """Release every seller line delivered more than SELLER_RETURN_WINDOW_DAYS ago (idempotent:
    each line once); returns how many lines were released."""
    now = now or timezone.now()
    released = 0
    for commission_line in commission_lines_due_release(now=now):
        with transaction.atomic():
            seller = Seller.objects.select_for_update().get(pk=commission_line.seller_id)
            if not line_is_released(line=commission_line.line):
                _line_release(line=commission_line.line, seller=seller)
                released += 1
    return released


# ------------------------------------------------------------------ cancelled and refunded


def _earning_share(earning: Decimal, items: int, of: int) -> Decimal:
    """The earning of the first `items` of a line's `of` items (the last one gets the rest)."""
    return (earning * items / of).quantize(CENT, rounding=ROUND_HALF_UP)


def _line_reverse(*, line, seller, items_reversed: int, key: str, reason: str) -> None:
    """Take back the earning of the line's first `items_reversed` items, less what was taken
    back before (so the reversals of a line add up to its earning, never more)."""
    commission_line = CommissionLine.objects.filter(line=line).first()
    if commission_line is None:
        return
    target = _earning_share(commission_line.earning, items_reversed, line.quantity)
    amount = target - line_reversed_total(line=line).total
    if amount <= 0:  # e.g. refunding a cancelled line: its earning was reversed already
        return
    released = line_is_released(line=line)
    ledger_append(
        owner=seller,
        entries=seller.earnings,
        key=key,
        kind=EarningKind.REVERSED,
        pending=ZERO if released else -amount,
        available=-amount if released else ZERO,
        allow_negative=released,
        reason=reason,
        line=line,
    )


def _lines_cancelled(change: OrderChange, sellers: dict) -> None:
    """A cancelled line earns nothing: reverse all of it."""
    for line_change, seller in _seller_lines(change, sellers):
        line = line_change.line
        _line_reverse(
            line=line,
            seller=seller,
            items_reversed=line.quantity,
            key=f"line:{line.pk}:cancelled",
            reason=f"Order {change.order.number}: {line.title} cancelled",
        )


def _lines_refunded(change: OrderChange, sellers: dict) -> None:
    """Refunded items take back their share of the line's earning, counted over every refund
    of the line so far (Oscar's refund events), so that refunding a line item by item takes
    back exactly its earning."""
    event = change.extra["payment_event"]
    for line_change, seller in _seller_lines(change, sellers):
        line = line_change.line
        _line_reverse(
            line=line,
            seller=seller,
            items_reversed=line.payment_event_quantity(event.event_type),
            key=f"line:{line.pk}:refund:{event.pk}",
            reason=f"Order {change.order.number}: {line_change.quantity} × {line.title} refunded",
        )


_HANDLERS = {
    ChangeKind.PLACED: _lines_placed,
    ChangeKind.DELIVERED: _lines_delivered,
    ChangeKind.CANCELLED: _lines_cancelled,
    ChangeKind.REFUNDED: _lines_refunded,
}
