"""Bonus points follow the orders of signed-in shoppers, through the order lifecycle's one
extension point (commerce.order.lifecycle), into each shopper's append-only points ledger
(commerce.core.ledger, in whole points) - the affiliates' services/commissions.py, mirrored:

    PLACED      REDEEMED: the points the order's "Bonus points" discount stands for leave
                available ("points:order:<id>:redeemed"). If they are no longer there (spent on
                another order meanwhile) the ledger refuses and placing fails with a sentence
                (PointsBalanceChanged, an Oscar UnableToPlaceOrder: the checkout shows it on
                the preview and the order's transaction rolls back, so nothing was spent).
                The basket's reservation is removed.
                EARNED: POINTS_EARN_RATE points per unit paid for the goods, pending
                ("points:order:<id>:earned"). A shopper's first order also earns
                POINTS_FIRST_ORDER_BONUS, pending ("points:account:<id>:first-order": once per
                shopper). Each line's part of both is kept in its PointsOrderLine.
    DELIVERED   RELEASED: the delivered items' share of their line's earned points, pending ->
                available, a lot expiring POINTS_EXPIRY_MONTHS later
                ("points:line:<id>:released:<items delivered>"); the first-order bonus with the
                order's first delivery ("points:account:<id>:first-order:released").
    CANCELLED   REVERSED: the line's earned points ("points:line:<id>:reversed:cancelled"), and
                RESTORED: the points spent on it come back as a new lot
                ("points:line:<id>:restored:cancelled").
    REFUNDED    the same for the refunded items' share ("...:refund:<payment event>"). Once
                every item of the order is cancelled or refunded, the first-order bonus is
                REVERSED too ("points:account:<id>:first-order:reversed").

What an order earns is for what the shopper paid for its goods: Oscar's
`Line.line_price_incl_tax`, after offers, vouchers and the points spent (never shipping),
rounded down to whole points. The order's points are divided between its lines by largest
remainder, and a line's points between its items by cumulative shares (the first k of n items
stand for k/n of the line, rounded), so shares always add up and a line never gives back more
than it earned or spent.

Reversed points come out of pending for items not delivered, else out of available. The balance
never goes below zero: when points made available were spent meanwhile, at most what is
available is taken back and the entry's reason says how much could not be. Points spent on an
order come back in full.

Every entry has a key naming its event, so a replayed announcement adds nothing. Each handler
locks the shopper's account row (the lifecycle service locked the order) before reading what
the ledger holds. Guest orders earn and spend nothing.
"""

from decimal import ROUND_CEILING, Decimal
from typing import NamedTuple

from django.conf import settings
from django.db.models import Sum
from django.utils import timezone
from oscar.core.loading import get_model

from commerce.core.ledger import LedgerOverdrawn, ledger_append, ledger_balance
from commerce.order.lifecycle import ChangeKind, OrderChange
from commerce.order.statuses import DELIVERED_EVENT, REFUND_EVENT, LineStatus
from commerce.points.exceptions import PointsBalanceChanged
from commerce.points.models import (
    PointsAccount,
    PointsEntry,
    PointsEntryKind,
    PointsOrderLine,
    PointsReservation,
)
from commerce.points.selectors.balance import POINTS_BENEFIT, points_balance, points_for_amount
from commerce.points.selectors.expiry import points_expiry_for
from commerce.points.selectors.shares import points_of_items, points_split
from commerce.points.services.accounts import points_account_for

ConditionalOffer = get_model("offer", "ConditionalOffer")
Order = get_model("order", "Order")
OrderDiscount = get_model("order", "OrderDiscount")
OrderLineDiscount = get_model("order", "OrderLineDiscount")
ShippingEventQuantity = get_model("order", "ShippingEventQuantity")
PaymentEventQuantity = get_model("order", "PaymentEventQuantity")


def points_follow_order_change(change: OrderChange) -> None:
    """The points app's lifecycle listener: what `change` means for the shopper's points."""
    order = change.order
    if order.user_id is None:
        return  # guests have no points account
    if change.kind == ChangeKind.PLACED:
        _order_placed(change, _locked(points_account_for(user=order.user)))
        return
    handler = _HANDLERS.get(change.kind)
    account = PointsAccount.objects.filter(user_id=order.user_id).first()
    if handler is not None and account is not None:
        handler(change, _locked(account))


def _locked(account: PointsAccount) -> PointsAccount:
    return PointsAccount.objects.select_for_update().get(pk=account.pk)


def _append(account: PointsAccount, *, key: str, kind: str, pending=0, available=0, **refs):
    """One entry in the shopper's ledger (whole points)."""
    return ledger_append(
        owner=account,
        entries=account.entries,
        key=key,
        kind=kind,
        pending=Decimal(pending),
        available=Decimal(available),
        **refs,
    )


# ------------------------------------------------------------------ placed


def _order_placed(change: OrderChange, account: PointsAccount) -> None:
    order = change.order
    lines = [line_change.line for line_change in change.lines]
    redeemed = _order_redeem(order=order, account=account, lines=lines)
    earned = _order_earn(order=order, account=account, lines=lines)
    if not PointsOrderLine.objects.filter(line__order=order).exists():
        PointsOrderLine.objects.bulk_create(
            PointsOrderLine(account=account, line=line, earned=earn, redeemed=spend)
            for line, earn, spend in zip(lines, earned, redeemed, strict=True)
            if earn or spend
        )
    _first_order_bonus(order=order, account=account)
    if order.basket_id:
        PointsReservation.objects.filter(basket_id=order.basket_id).delete()


def _points_spent_on(value: Decimal) -> int:
    # A discount is always worth whole points (POINTS_VALUE has at most two places); were it
    # not, the shopper pays the part point rather than the shop giving it away.
    return int((value / settings.POINTS_VALUE).to_integral_value(rounding=ROUND_CEILING))


def _order_redeem(*, order, account: PointsAccount, lines: list) -> list[int]:
    """Spend the points of the order's points discount (refused with a sentence when they are
    no longer available); returns each line's part of them."""
    discounts = OrderDiscount.objects.filter(
        order=order,
        offer_id__in=ConditionalOffer.objects.filter(benefit__proxy_class=POINTS_BENEFIT).values(
            "pk"
        ),
    )
    value = discounts.aggregate(value=Sum("amount"))["value"] or Decimal("0.00")
    if value <= 0:
        return [0 for _line in lines]
    points = _points_spent_on(value)
    try:
        _append(
            account,
            key=f"points:order:{order.pk}:redeemed",
            kind=PointsEntryKind.REDEEMED,
            available=-points,
            reason=f"Order {order.number}: {points} points spent ({value} off)",
            order=order,
        )
    except LedgerOverdrawn as refusal:
        available = int(points_balance(account=account).available)
        raise PointsBalanceChanged(
            f"Your bonus points balance changed: you have {available} "
            f"point{'' if available == 1 else 's'} available. Choose again how many to spend."
        ) from refusal
    per_line = dict(
        OrderLineDiscount.objects.filter(order_discount__in=discounts)
        .values("line_id")
        .annotate(value=Sum("amount"))
        .values_list("line_id", "value")
    )
    return points_split(points=points, weights=[per_line.get(line.pk, 0) for line in lines])


def _order_earn(*, order, account: PointsAccount, lines: list) -> list[int]:
    """Credit, pending, the points that paying for the goods earns; returns each line's part."""
    paid = [line.line_price_incl_tax for line in lines]
    amount = sum(paid, Decimal("0.00"))
    points = points_for_amount(amount=amount)
    if points:
        _append(
            account,
            key=f"points:order:{order.pk}:earned",
            kind=PointsEntryKind.EARNED,
            pending=points,
            reason=f"Order {order.number}: earned on {amount} of goods",
            order=order,
        )
    return points_split(points=points, weights=paid)


def _bonus_key(account: PointsAccount) -> str:
    return f"points:account:{account.pk}:first-order"


def _first_order_bonus(*, order, account: PointsAccount) -> None:
    """POINTS_FIRST_ORDER_BONUS, pending with the shopper's first order (the key makes it once
    per shopper, whichever of two concurrent first orders commits first)."""
    bonus = settings.POINTS_FIRST_ORDER_BONUS
    if not bonus or Order.objects.filter(user_id=order.user_id).exclude(pk=order.pk).exists():
        return
    _append(
        account,
        key=_bonus_key(account),
        kind=PointsEntryKind.EARNED,
        pending=bonus,
        reason=f"Order {order.number}: bonus for a first order",
        order=order,
    )


def _bonus_held(*, order, account: PointsAccount):
    """The first-order bonus still pending and made available, if it came with `order`."""
    entries = PointsEntry.objects.filter(
        account=account, order=order, key__startswith=_bonus_key(account)
    )
    return ledger_balance(entries=entries) if entries.exists() else None


# ------------------------------------------------------------------ per line


def _items_delivered(line) -> int:
    found = ShippingEventQuantity.objects.filter(
        line=line, event__event_type__name=DELIVERED_EVENT
    ).aggregate(n=Sum("quantity"))
    return found["n"] or 0


def _items_refunded(line) -> int:
    found = PaymentEventQuantity.objects.filter(
        line=line, event__event_type__name=REFUND_EVENT
    ).aggregate(n=Sum("quantity"))
    return found["n"] or 0


def _items_taken_back(line, *, refunded: int) -> int:
    """Items of the line the shopper no longer keeps: all of a cancelled line, else those
    refunded (a cancelled line refunded afterwards counts once)."""
    return line.quantity if line.status == LineStatus.CANCELLED else min(refunded, line.quantity)


class _LinePoints(NamedTuple):
    """Where a line's points stand, from its PointsOrderLine and its own entries."""

    pending: int  # of what it earned, still pending
    taken_back: int  # of what it earned, reversed so far
    given_back: int  # of what was spent on it, restored so far


def _line_points(line, part: PointsOrderLine) -> _LinePoints:
    entries = PointsEntry.objects.filter(line=line)
    moved = ledger_balance(entries=entries)  # releases and reversals: the pending they took
    reversed_ = ledger_balance(entries=entries.filter(kind=PointsEntryKind.REVERSED))
    restored = ledger_balance(entries=entries.filter(kind=PointsEntryKind.RESTORED))
    return _LinePoints(
        pending=int(part.earned + moved.pending),
        taken_back=int(-reversed_.total),
        given_back=int(restored.available),
    )


def _pending_target(earned: int, *, line, delivered: int, taken_back: int) -> int:
    """What the line should still hold pending: its items neither delivered nor taken back
    (refunded items count as the delivered ones first)."""
    return earned - points_of_items(
        points=earned, items=max(delivered, taken_back), of=line.quantity
    )


# ------------------------------------------------------------------ delivered


def _lines_delivered(change: OrderChange, account: PointsAccount) -> None:
    """Delivered items make their share of the line's points available, as a new lot."""
    order = change.order
    expires_at = points_expiry_for(at=timezone.now())
    for line_change in change.lines:
        line = line_change.line
        part = PointsOrderLine.objects.filter(line=line).first()
        if part is None or not part.earned:
            continue
        earned, delivered = int(part.earned), _items_delivered(line)
        taken_back = _items_taken_back(line, refunded=_items_refunded(line))
        move = _line_points(line, part).pending - _pending_target(
            earned, line=line, delivered=delivered, taken_back=taken_back
        )
        if move > 0:
            _append(
                account,
                key=f"points:line:{line.pk}:released:{delivered}",
                kind=PointsEntryKind.RELEASED,
                pending=-move,
                available=move,
                reason=f"Order {order.number}: {line_change.quantity} × {line.title} delivered",
                order=order,
                line=line,
                expires_at=expires_at,
            )
    held = _bonus_held(order=order, account=account)
    if held is not None and held.pending > 0:
        _append(
            account,
            key=f"{_bonus_key(account)}:released",
            kind=PointsEntryKind.RELEASED,
            pending=-held.pending,
            available=held.pending,
            reason=f"Order {order.number}: delivered, bonus for a first order",
            order=order,
            expires_at=expires_at,
        )


# ------------------------------------------------------------------ cancelled and refunded


def _line_take_back(
    change: OrderChange,
    account: PointsAccount,
    *,
    line,
    before: int,
    after: int,
    event: str,
    what: str,
) -> None:
    """The line's items `before`..`after` are taken back: reverse their share of the points
    the line earned and give back their share of the points spent on it."""
    part = PointsOrderLine.objects.filter(line=line).first()
    if part is None or after <= before:
        return
    order, of = change.order, line.quantity
    standing = _line_points(line, part)
    reason = f"Order {order.number}: {after - before} × {line.title} {what}"
    earned = int(part.earned)
    due = points_of_items(points=earned, items=after, of=of) - points_of_items(
        points=earned, items=before, of=of
    )
    due = min(due, earned - standing.taken_back)
    if due > 0:
        target = _pending_target(
            earned, line=line, delivered=_items_delivered(line), taken_back=after
        )
        from_pending = max(0, min(due, standing.pending - target))
        from_available = due - from_pending
        taken = min(from_available, int(points_balance(account=account).available))
        note = ""
        if taken < from_available:
            note = f" ({from_available - taken} of its points were already spent: not taken back)"
        _append(
            account,
            key=f"points:line:{line.pk}:reversed:{event}",
            kind=PointsEntryKind.REVERSED,
            pending=-from_pending,
            available=-taken,
            reason=(reason + note)[:255],
            order=order,
            line=line,
        )
    spent = int(part.redeemed)
    back = points_of_items(points=spent, items=after, of=of) - points_of_items(
        points=spent, items=before, of=of
    )
    back = min(back, spent - standing.given_back)
    if back > 0:
        _append(
            account,
            key=f"points:line:{line.pk}:restored:{event}",
            kind=PointsEntryKind.RESTORED,
            available=back,
            reason=f"{reason}: points spent on it given back"[:255],
            order=order,
            line=line,
            expires_at=points_expiry_for(at=timezone.now()),
        )


def _bonus_take_back(change: OrderChange, account: PointsAccount) -> None:
    """The first-order bonus goes when nothing of its order is kept."""
    order = change.order
    held = _bonus_held(order=order, account=account)
    if held is None or held.total <= 0:
        return
    for line in order.lines.all():
        if _items_taken_back(line, refunded=_items_refunded(line)) < line.quantity:
            return
    taken = min(held.available, points_balance(account=account).available)
    note = "" if taken == held.available else f" ({held.available - taken} already spent)"
    _append(
        account,
        key=f"{_bonus_key(account)}:reversed",
        kind=PointsEntryKind.REVERSED,
        pending=-held.pending,
        available=-taken,
        reason=f"Order {order.number}: cancelled or refunded, bonus for a first order{note}",
        order=order,
    )


def _lines_cancelled(change: OrderChange, account: PointsAccount) -> None:
    """A cancelled line keeps nothing: all of its points go back."""
    for line_change in change.lines:
        line = line_change.line
        _line_take_back(
            change,
            account,
            line=line,
            before=min(_items_refunded(line), line.quantity),
            after=line.quantity,
            event="cancelled",
            what="cancelled",
        )
    _bonus_take_back(change, account)


def _lines_refunded(change: OrderChange, account: PointsAccount) -> None:
    """Refunded items take back their share, counted over every refund of the line so far."""
    event = change.extra["payment_event"]
    for line_change in change.lines:
        line = line_change.line
        if line.status == LineStatus.CANCELLED:
            continue  # its points went back when it was cancelled
        refunded = min(_items_refunded(line), line.quantity)
        _line_take_back(
            change,
            account,
            line=line,
            before=max(0, refunded - line_change.quantity),
            after=refunded,
            event=f"refund:{event.pk}",
            what="refunded",
        )
    _bonus_take_back(change, account)


_HANDLERS = {
    ChangeKind.DELIVERED: _lines_delivered,
    ChangeKind.CANCELLED: _lines_cancelled,
    ChangeKind.REFUNDED: _lines_refunded,
}
