"""Writes on an order after checkout: every change of a line's fate goes through one of these
services. Each is one transaction that locks the order (then its lines, by id) so concurrent
requests queue instead of racing, writes Oscar's events, moves line statuses through
OSCAR_LINE_STATUS_PIPELINE and the order's status after them, moves stock with Oscar's
allocation calls, and announces ONE `lifecycle.OrderChange` to the listening domains. Emails
leave after the transaction commits (commerce.order.emails)."""

from collections.abc import Iterable, Mapping
from decimal import Decimal

from django.db import transaction
from django.db.models import F
from oscar.core.loading import get_class, get_model

from . import emails, lifecycle
from .exceptions import OrderChangeRefusal, OrderChangeRefused
from .lifecycle import ChangeKind, LineChange, OrderChange
from .selectors import line_units_amount, order_has_shipped, order_refunded_total
from .statuses import (
    CANCELLED_EVENT,
    CLOSED_LINE_STATUSES,
    DELIVERED_EVENT,
    REFUND_EVENT,
    RETURNED_EVENT,
    SHIPPED_EVENT,
    SHIPPED_LINE_STATUSES,
    LineStatus,
    order_status_for_lines,
)

Order = get_model("order", "Order")
Line = get_model("order", "Line")
ShippingEventType = get_model("order", "ShippingEventType")
PaymentEventType = get_model("order", "PaymentEventType")
StockRecord = get_model("partner", "StockRecord")
EventHandler = get_class("order.processing", "EventHandler")

LineQuantities = Mapping[object, int]  # order.Line (or its id) -> number of items


# ------------------------------------------------------------------ helpers


def _locked(order) -> tuple[object, list]:
    """The order and its lines, locked in a stable order (order first, lines by id)."""
    locked = Order.objects.select_for_update().get(pk=order.pk)
    lines = list(Line.objects.select_for_update().filter(order=locked).order_by("pk"))
    return locked, lines


def _chosen(
    lines: list, *, line_quantities: LineQuantities | None, default
) -> list[tuple[object, int]]:
    """(line, quantity) pairs asked for, or `default(line)` of every line when none are given."""
    if line_quantities is None:
        pairs = [(line, default(line)) for line in lines]
        return [(line, quantity) for line, quantity in pairs if quantity > 0]
    by_id = {line.pk: line for line in lines}
    chosen = []
    for key, quantity in line_quantities.items():
        line = by_id.get(getattr(key, "pk", key))
        if line is None or int(quantity) <= 0:
            raise OrderChangeRefused(
                OrderChangeRefusal.INVALID_QUANTITY,
                "Choose lines of this order and a quantity of at least one for each.",
            )
        chosen.append((line, int(quantity)))
    return sorted(chosen, key=lambda pair: pair[0].pk)


def _as_quantities(lines: Iterable | None) -> dict | None:
    return None if lines is None else {line.pk: line.quantity for line in lines}


def _shipping_type(name: str):
    return ShippingEventType.objects.get_or_create(name=name)[0]


def _payment_type(name: str):
    return PaymentEventType.objects.get_or_create(name=name)[0]


def _line_status_set(line, status: str) -> None:
    if line.status != status:
        line.set_status(status)


def _order_status_follow(order, lines: list) -> None:
    """Move the order's status after its lines (Oscar's set_status records the change)."""
    status = order_status_for_lines(
        current=order.status,
        line_statuses=[line.status for line in lines],
        shipped_any=order_has_shipped(order=order),
    )
    if status != order.status:
        order.set_status(status)


def _announce(
    kind: ChangeKind, order, pairs, amounts, *, shipping=Decimal("0.00"), **kwargs
) -> OrderChange:
    changes = tuple(
        LineChange(line=line, quantity=quantity, amount=amount)
        for (line, quantity), amount in zip(pairs, amounts, strict=True)
    )
    change = OrderChange(
        kind=kind,
        order=order,
        lines=changes,
        amount=sum((c.amount for c in changes), Decimal("0.00")) + shipping,
        shipping_amount=shipping,
        **kwargs,
    )
    lifecycle.order_change_announce(change)
    return change


def _refuse(code: OrderChangeRefusal, message: str):
    raise OrderChangeRefused(code, message)


# ------------------------------------------------------------------ placed


def order_placed_announce(*, order) -> OrderChange:
    """Tell the listening domains that `order` was placed (called from Oscar's order_placed)."""
    with transaction.atomic():
        order, lines = _locked(order)
        pairs = [(line, line.quantity) for line in lines]
        amounts = [line.line_price_incl_tax for line in lines]
        return _announce(ChangeKind.PLACED, order, pairs, amounts)


# ------------------------------------------------------------------ shipping


def order_lines_ship(
    *,
    order,
    line_quantities: LineQuantities | None = None,
    lines: Iterable | None = None,
    carrier: str,
    reference: str,
    user=None,
):
    """Ship items of `order` (all that are left when no lines are given) with a carrier and
    tracking reference: consumes their stock allocation; returns Oscar's ShippingEvent."""
    if line_quantities is None:
        line_quantities = _as_quantities(lines)
    with transaction.atomic():
        order, locked = _locked(order)
        shipped = _shipping_type(SHIPPED_EVENT)
        pairs = _chosen(
            locked,
            line_quantities=line_quantities,
            default=lambda line: (
                0
                if line.status in CLOSED_LINE_STATUSES
                else line.quantity - line.shipping_event_quantity(shipped)
            ),
        )
        if not pairs:
            _refuse(OrderChangeRefusal.NOT_SHIPPABLE, "Nothing of this order is left to ship.")
        for line, quantity in pairs:
            left = line.quantity - line.shipping_event_quantity(shipped)
            if line.status in CLOSED_LINE_STATUSES or quantity > left:
                _refuse(
                    OrderChangeRefusal.NOT_SHIPPABLE,
                    f"“{line.title}” cannot be shipped: {left} of it left to ship "
                    f"and it is {line.status.lower()}.",
                )
        amounts = [
            line_units_amount(line=line, start=line.shipping_event_quantity(shipped), quantity=q)
            for line, q in pairs
        ]
        handler = EventHandler(user)
        event = handler.create_shipping_event(
            order,
            shipped,
            [line for line, _ in pairs],
            [q for _, q in pairs],
            carrier=carrier,
            reference=reference,
        )
        stocked = [(line, q) for line, q in pairs if line.stockrecord_id]
        if stocked:
            handler.consume_stock_allocations(
                order, [line for line, _ in stocked], [q for _, q in stocked]
            )
        for line, _ in pairs:
            if line.shipping_event_quantity(shipped) == line.quantity:
                _line_status_set(line, LineStatus.SHIPPED)
        _order_status_follow(order, locked)
        _announce(ChangeKind.SHIPPED, order, pairs, amounts, reference=reference, carrier=carrier)
        emails.order_email_after_commit(order=order, code=emails.ORDER_SHIPPED, event=event)
        return event


def order_lines_deliver(
    *,
    order,
    line_quantities: LineQuantities | None = None,
    lines: Iterable | None = None,
    user=None,
):
    """Record that shipped lines of `order` (all shipped ones by default) were delivered."""
    if line_quantities is None:
        line_quantities = _as_quantities(lines)
    with transaction.atomic():
        order, locked = _locked(order)
        shipped, delivered = _shipping_type(SHIPPED_EVENT), _shipping_type(DELIVERED_EVENT)
        pairs = _chosen(
            locked,
            line_quantities=line_quantities,
            default=lambda line: line.quantity if line.status == LineStatus.SHIPPED else 0,
        )
        if not pairs:
            _refuse(OrderChangeRefusal.NOT_DELIVERABLE, "Nothing of this order is on its way.")
        for line, quantity in pairs:
            on_the_way = line.shipping_event_quantity(shipped) - line.shipping_event_quantity(
                delivered
            )
            if line.status in CLOSED_LINE_STATUSES or quantity > on_the_way:
                _refuse(
                    OrderChangeRefusal.NOT_DELIVERABLE,
                    f"“{line.title}” cannot be delivered: only {on_the_way} of it is on its way.",
                )
        amounts = [
            line_units_amount(line=line, start=line.shipping_event_quantity(delivered), quantity=q)
            for line, q in pairs
        ]
        event = EventHandler(user).create_shipping_event(
            order, delivered, [line for line, _ in pairs], [q for _, q in pairs]
        )
        for line, _ in pairs:
            if line.shipping_event_quantity(delivered) == line.quantity:
                _line_status_set(line, LineStatus.DELIVERED)
        _order_status_follow(order, locked)
        _announce(ChangeKind.DELIVERED, order, pairs, amounts)
        return event


# ------------------------------------------------------------------ cancelling


def _lines_cancel(order, locked: list, lines: list, *, user, reason: str) -> OrderChange:
    shipped = _shipping_type(SHIPPED_EVENT)
    for line in lines:
        if line.status in SHIPPED_LINE_STATUSES or line.shipping_event_quantity(shipped):
            _refuse(
                OrderChangeRefusal.ALREADY_SHIPPED,
                f"“{line.title}” has already been shipped, so it can no longer be cancelled; "
                "ask for a refund once it is back with us.",
            )
        if line.status in CLOSED_LINE_STATUSES:
            _refuse(
                OrderChangeRefusal.ALREADY_CANCELLED,
                f"“{line.title}” is already {line.status.lower()}.",
            )
    pairs = [(line, line.quantity) for line in lines]
    handler = EventHandler(user)
    handler.create_shipping_event(
        order, _shipping_type(CANCELLED_EVENT), lines, [line.quantity for line in lines]
    )
    # Oscar releases what is still allocated (nothing shipped, so all of it).
    stocked = [line for line in lines if line.stockrecord_id and line.num_allocated]
    if stocked:
        handler.cancel_stock_allocations(order, stocked, [line.num_allocated for line in stocked])
    for line in lines:
        _line_status_set(line, LineStatus.CANCELLED)
    if reason:
        handler.create_note(order, f"Cancelled: {reason}")
    _order_status_follow(order, locked)
    change = _announce(
        ChangeKind.CANCELLED,
        order,
        pairs,
        [line.line_price_incl_tax for line in lines],
        reference=reason,
    )
    emails.order_email_after_commit(order=order, code=emails.ORDER_CANCELLED, lines=lines)
    return change


def order_cancel(*, order, user=None, reason: str = "") -> OrderChange:
    """Cancel the whole of `order` (shopper or staff) while nothing of it has shipped: releases
    its stock; refused with a sentence once anything shipped or when it is already cancelled."""
    with transaction.atomic():
        order, locked = _locked(order)
        if order_has_shipped(order=order):
            _refuse(
                OrderChangeRefusal.ALREADY_SHIPPED,
                f"Order {order.number} can no longer be cancelled because part of it has "
                "already been shipped. Contact us to return it for a refund.",
            )
        lines = [line for line in locked if line.status not in CLOSED_LINE_STATUSES]
        if not lines:
            _refuse(
                OrderChangeRefusal.ALREADY_CANCELLED,
                f"Order {order.number} is already cancelled.",
            )
        return _lines_cancel(order, locked, lines, user=user, reason=reason)


def order_lines_cancel(*, order, lines: Iterable, user=None, reason: str = "") -> OrderChange:
    """Cancel single unshipped lines of `order` (staff): releases their stock allocation."""
    wanted = {line.pk if hasattr(line, "pk") else int(line) for line in lines}
    with transaction.atomic():
        order, locked = _locked(order)
        chosen = [line for line in locked if line.pk in wanted]
        if not chosen or len(chosen) != len(wanted):
            _refuse(OrderChangeRefusal.NOT_CANCELLABLE, "Choose lines of this order to cancel.")
        return _lines_cancel(order, locked, chosen, user=user, reason=reason)


# ------------------------------------------------------------------ refunds


def order_refund(
    *,
    order,
    line_quantities: LineQuantities | None = None,
    reason: str,
    restock: bool = False,
    user=None,
):
    """Refund items of `order` (everything not yet refunded when no lines are given) and record
    it as Oscar's "Refund" payment event: what was paid for them after discounts, never more
    than was paid minus what was already refunded, shipping only when the whole order ends
    refunded. `restock` puts shipped items that came back into stock. Returns the event."""
    with transaction.atomic():
        order, locked = _locked(order)
        refund_type = _payment_type(REFUND_EVENT)
        shipped = _shipping_type(SHIPPED_EVENT)
        refunded = {line.pk: line.payment_event_quantity(refund_type) for line in locked}
        pairs = _chosen(
            locked,
            line_quantities=line_quantities,
            default=lambda line: (
                line.quantity - refunded[line.pk]
                if line.status in SHIPPED_LINE_STATUSES | {LineStatus.CANCELLED}
                else 0
            ),
        )
        if not pairs:
            _refuse(OrderChangeRefusal.NOT_REFUNDABLE, "Nothing of this order is left to refund.")
        for line, quantity in pairs:
            left = line.quantity - refunded[line.pk]
            if line.status not in SHIPPED_LINE_STATUSES | {
                LineStatus.CANCELLED,
                LineStatus.REFUNDED,
            }:
                _refuse(
                    OrderChangeRefusal.NOT_REFUNDABLE,
                    f"“{line.title}” has not been shipped: cancel it instead of refunding it.",
                )
            if quantity > left:
                _refuse(
                    OrderChangeRefusal.NOT_REFUNDABLE,
                    f"Only {left} of “{line.title}” can still be refunded.",
                )
        amounts = [
            line_units_amount(line=line, start=refunded[line.pk], quantity=q) for line, q in pairs
        ]
        for line, quantity in pairs:
            refunded[line.pk] += quantity
        whole = all(refunded[line.pk] == line.quantity for line in locked)
        shipping = order.shipping_incl_tax if whole else Decimal("0.00")
        # A guard, not the rule: the shares above never add up to more than was paid.
        ceiling = order.total_incl_tax - order_refunded_total(order=order)
        if sum(amounts) + shipping > ceiling:
            shipping = max(Decimal("0.00"), ceiling - sum(amounts))
            amounts = [min(a, ceiling) for a in amounts]
        handler = EventHandler(user)
        event = handler.create_payment_event(
            order,
            refund_type,
            sum(amounts, Decimal("0.00")) + shipping,
            [line for line, _ in pairs],
            [q for _, q in pairs],
            reference=reason[:128],
        )
        if restock:
            _restock(order, handler, pairs, shipped=shipped)
        for line, _ in pairs:
            if refunded[line.pk] == line.quantity and line.status in SHIPPED_LINE_STATUSES:
                _line_status_set(line, LineStatus.REFUNDED)
        if reason:
            handler.create_note(order, f"Refunded {event.amount}: {reason}")
        _order_status_follow(order, locked)
        _announce(
            ChangeKind.REFUNDED,
            order,
            pairs,
            amounts,
            shipping=shipping,
            reference=reason,
            extra={"payment_event": event, "restocked": restock},
        )
        emails.order_email_after_commit(order=order, code=emails.ORDER_REFUNDED, event=event)
        return event


def _stock_return(*, stockrecord, count: int) -> None:
    # An atomic update wrapped in the save signals, as Oscar's own allocations are, so what
    # shows stock (the catalogue listing, facet counts, cached pages) hears of it.
    stockrecord.pre_save_signal()
    StockRecord.objects.filter(pk=stockrecord.pk).update(num_in_stock=F("num_in_stock") + count)
    stockrecord.refresh_from_db(fields=["num_in_stock"])
    stockrecord.post_save_signal()


def _restock(order, handler, pairs, *, shipped) -> None:
    """Put refunded items that had shipped back into stock (those never shipped were released
    when their line was cancelled), and record their return as Oscar's "Returned" event."""
    returned_type = _shipping_type(RETURNED_EVENT)
    back = []
    for line, quantity in pairs:
        out = line.shipping_event_quantity(shipped) - line.shipping_event_quantity(returned_type)
        count = min(quantity, out)
        if count and line.stockrecord_id:
            _stock_return(stockrecord=line.stockrecord, count=count)
            back.append((line, count))
    if back:
        handler.create_shipping_event(
            order, returned_type, [line for line, _ in back], [count for _, count in back]
        )
