"""Done when: an order earns points, delivering it makes them available, a second order spends
part of them (the discount right to the penny), refunding one of its lines gives back that
line's share and cancelling the rest gives back the rest; at every step the balance is the sum
of the ledger and never below zero."""

from decimal import Decimal as D

import pytest

from commerce.order import services
from commerce.points.models import PointsEntryKind, PointsOrderLine, PointsReservation
from tests.commerce.points.helpers import basket_spending

from .conftest import (
    assert_balance_is_ledger_sum,
    balance,
    delivered,
    entries_of,
    order_placed,
    placed_from,
    shipped,
    stocked_product,
)

pytestmark = pytest.mark.django_db


def test_points_earned_delivered_spent_refunded_and_cancelled(shopper, settings):
    settings.POINTS_FIRST_ORDER_BONUS = 200
    lamp = stocked_product(title="Brass lamp", price="40.00")
    mug = stocked_product(title="Stoneware mug", price="7.00")

    # 1. An order of £101.00 of goods (shipping earns nothing): 101 points and the 200 of a
    #    first order, pending until delivered.
    first = order_placed(items=[(lamp, 2), (mug, 3)], user=shopper, shipping="5.00")
    assert balance(shopper) == (D("301"), D("0"))
    assert_balance_is_ledger_sum(shopper)

    # 2. Delivered: all of it becomes available.
    delivered(first)
    assert balance(shopper) == (D("0"), D("301"))
    assert_balance_is_ledger_sum(shopper)

    # 3. A second order spends 250 of them: £2.50 off £54.00 of goods, spread over the lines.
    basket = basket_spending(shopper, 250, [(lamp, 1), (mug, 2)])
    second = placed_from(basket, shipping="5.00")
    points_off = second.discounts.get(offer_name="Bonus points")
    assert points_off.amount == D("2.50")
    assert second.total_incl_tax == D("56.50")  # 54.00 - 2.50 + 5.00 shipping
    lamp_line, mug_line = second.lines.order_by("pk")
    assert (lamp_line.line_price_incl_tax, mug_line.line_price_incl_tax) == (
        D("38.15"),
        D("13.35"),
    )
    assert not PointsReservation.objects.filter(basket=basket).exists()
    # It earns on the £51.50 actually paid for goods: 51 points, pending.
    assert balance(shopper) == (D("51"), D("51"))
    assert_balance_is_ledger_sum(shopper)
    # Each line keeps its part of what the order spent (185 + 65) and earned (38 + 13).
    assert [
        (p.redeemed, p.earned)
        for p in PointsOrderLine.objects.filter(line__order=second).order_by("line_id")
    ] == [(D("185"), D("38")), (D("65"), D("13"))]

    # 4. The mugs are shipped and returned: their refund takes back what they earned (never
    #    released: straight from pending) and gives back the 65 points spent on them.
    shipped(second, [mug_line])
    refund = services.order_refund(
        order=second, line_quantities={mug_line: 2}, reason="Chipped", restock=True
    )
    assert refund.amount == D("13.35")
    assert balance(shopper) == (D("38"), D("116"))
    assert_balance_is_ledger_sum(shopper)

    # 5. The lamp is cancelled: its 38 pending points go, its 185 spent points come back.
    services.order_lines_cancel(order=second, lines=[lamp_line], reason="Changed my mind")
    assert balance(shopper) == (D("0"), D("301"))
    assert_balance_is_ledger_sum(shopper)

    kinds = [(e.kind, e.pending, e.available) for e in entries_of(shopper) if e.order == second]
    assert kinds == [
        (PointsEntryKind.REDEEMED, D("0"), D("-250")),
        (PointsEntryKind.EARNED, D("51"), D("0")),
        (PointsEntryKind.REVERSED, D("-13"), D("0")),
        (PointsEntryKind.RESTORED, D("0"), D("65")),
        (PointsEntryKind.REVERSED, D("-38"), D("0")),
        (PointsEntryKind.RESTORED, D("0"), D("185")),
    ]
