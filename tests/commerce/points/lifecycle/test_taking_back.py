"""Cancelled and refunded items take back their share of the points their line earned (from
pending while not delivered, else from available, never below zero) and give back their share
of the points spent on it, as a new lot."""

from decimal import Decimal as D

import pytest
from django.db import transaction

from commerce.order import services
from commerce.order.lifecycle import ChangeKind
from commerce.points.models import PointsEntryKind
from commerce.points.services.lifecycle import points_follow_order_change
from tests.commerce.points.helpers import basket_spending, points_given

from .conftest import (
    assert_balance_is_ledger_sum,
    balance,
    delivered,
    entries_of,
    order_placed,
    placed_from,
    stocked_product,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def lamp(db):
    return stocked_product(title="Brass lamp", price="40.00")


@pytest.fixture
def candle(db):
    return stocked_product(title="Beeswax candle", price="10.00")


def entries_for(user, order, kind) -> list[tuple[D, D]]:
    return [
        (e.pending, e.available)
        for e in entries_of(user)
        if e.order_id == order.pk and e.kind == kind
    ]


def test_cancelling_an_order_before_it_ships_takes_its_pending_points_back(shopper, lamp):
    order = order_placed(items=[(lamp, 1)], user=shopper)

    services.order_cancel(order=order, reason="Ordered by mistake")

    assert balance(shopper) == (D("0"), D("0"))
    assert entries_for(shopper, order, PointsEntryKind.REVERSED) == [(D("-40"), D("0"))]
    assert_balance_is_ledger_sum(shopper)


def test_refunding_one_of_three_delivered_items_takes_back_a_third(shopper, candle):
    order = order_placed(items=[(candle, 3)], user=shopper)  # 30 points
    delivered(order)

    services.order_refund(order=order, line_quantities={order.lines.get(): 1}, reason="Broken")

    assert balance(shopper) == (D("0"), D("20"))
    assert entries_for(shopper, order, PointsEntryKind.REVERSED) == [(D("0"), D("-10"))]
    assert_balance_is_ledger_sum(shopper)


def test_cancelling_a_line_after_another_was_delivered_takes_back_only_its_own_points(
    shopper, lamp, candle
):
    order = order_placed(items=[(lamp, 1), (candle, 1)], user=shopper)
    lamp_line, candle_line = order.lines.order_by("pk")
    delivered(order, [lamp_line])
    assert balance(shopper) == (D("10"), D("40"))

    services.order_lines_cancel(order=order, lines=[candle_line], reason="Out of wicks")

    assert balance(shopper) == (D("0"), D("40"))  # the delivered lamp keeps its points
    assert_balance_is_ledger_sum(shopper)


def test_a_refund_after_the_points_were_spent_takes_at_most_what_is_left(shopper, lamp, candle):
    order = order_placed(items=[(lamp, 1)], user=shopper)
    delivered(order)  # 40 available
    placed_from(basket_spending(shopper, 40, [(lamp, 1)]))  # all 40 spent (£0.40 off)
    points_given(shopper, 15)
    assert balance(shopper)[1] == D("15")

    services.order_refund(order=order, reason="Returned")

    assert balance(shopper)[1] == D("0")  # 15 taken back, not 40: never below zero
    (reversal,) = [e for e in entries_of(shopper) if e.kind == PointsEntryKind.REVERSED]
    assert (reversal.pending, reversal.available) == (D("0"), D("-15"))
    assert "25 of its points were already spent: not taken back" in reversal.reason
    assert_balance_is_ledger_sum(shopper)


def test_refunds_give_back_the_refunded_items_share_of_the_points_spent(shopper, candle):
    points_given(shopper, 300)
    order = placed_from(basket_spending(shopper, 300, [(candle, 3)]))  # £3.00 off £30.00
    line = order.lines.get()
    delivered(order)
    assert balance(shopper) == (D("0"), D("27"))  # earned on the £27.00 paid

    services.order_refund(order=order, line_quantities={line: 1}, reason="Broken")
    assert balance(shopper) == (D("0"), D("118"))  # 9 earned taken back, 100 spent back
    restored = [e for e in entries_of(shopper) if e.kind == PointsEntryKind.RESTORED]
    assert [e.available for e in restored] == [D("100")] and restored[0].expires_at

    services.order_refund(order=order, line_quantities={line: 2}, reason="Broken too")
    assert balance(shopper) == (D("0"), D("300"))  # exactly what the shopper had before
    assert entries_for(shopper, order, PointsEntryKind.RESTORED) == [
        (D("0"), D("100")),
        (D("0"), D("200")),
    ]
    assert_balance_is_ledger_sum(shopper)


def test_refunding_a_cancelled_line_gives_nothing_back_twice(shopper, lamp, candle):
    points_given(shopper, 500)
    order = placed_from(basket_spending(shopper, 500, [(lamp, 1), (candle, 1)]))
    lamp_line, candle_line = order.lines.order_by("pk")
    services.order_lines_cancel(order=order, lines=[candle_line])
    after_cancel = balance(shopper)

    services.order_refund(order=order, line_quantities={candle_line: 1}, reason="Paid back")

    assert balance(shopper) == after_cancel
    assert_balance_is_ledger_sum(shopper)


def test_a_replayed_refund_takes_and_gives_back_nothing_more(shopper, candle, changes):
    points_given(shopper, 300)
    order = placed_from(basket_spending(shopper, 300, [(candle, 3)]))
    delivered(order)
    services.order_refund(order=order, line_quantities={order.lines.get(): 1}, reason="Broken")
    (refund,) = [c for c in changes if c.kind == ChangeKind.REFUNDED]
    before = [(e.key, e.pending, e.available) for e in entries_of(shopper)]

    with transaction.atomic():
        points_follow_order_change(refund)

    assert [(e.key, e.pending, e.available) for e in entries_of(shopper)] == before
    assert balance(shopper) == (D("0"), D("118"))
