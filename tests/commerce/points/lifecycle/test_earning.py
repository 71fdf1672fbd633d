"""Orders of signed-in shoppers earn points on what was paid for the goods, pending until
delivered; a first order earns a bonus once; guests earn nothing."""

from decimal import Decimal as D

import pytest
from oscar.test.factories import create_offer

from commerce.order import services
from commerce.points.models import PointsAccount, PointsEntry, PointsEntryKind, PointsOrderLine
from tests.commerce.points.helpers import basket_spending, points_given

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


@pytest.fixture
def lamp(db):
    return stocked_product(title="Brass lamp", price="40.99")


def earned_by_line(order) -> list[D]:
    return [p.earned for p in PointsOrderLine.objects.filter(line__order=order).order_by("line_id")]


def test_each_pound_spent_on_goods_earns_a_point_rounded_down_and_shipping_earns_none(
    shopper, lamp
):
    order_placed(items=[(lamp, 1)], user=shopper, shipping="9.99")

    assert balance(shopper) == (D("40"), D("0"))
    (entry,) = entries_of(shopper)
    assert entry.kind == PointsEntryKind.EARNED and entry.key.endswith(":earned")
    assert "40.99" in entry.reason
    assert_balance_is_ledger_sum(shopper)


def test_the_earn_rate_is_a_setting(shopper, settings):
    settings.POINTS_EARN_RATE = D("2.5")
    order_placed(items=[(stocked_product(title="Tea", price="19.99"), 1)], user=shopper)

    assert balance(shopper) == (D("49"), D("0"))  # 49.975, rounded down


def test_an_orders_points_are_divided_over_its_lines_to_the_whole_point(shopper, settings):
    settings.POINTS_EARN_RATE = D("0.5")
    items = [(stocked_product(title=f"Spoon {n}", price="3.00"), 1) for n in range(3)]

    order = order_placed(items=items, user=shopper)

    # £9.00 earns 4 points (4.5 rounded down); three equal lines get 2, 1 and 1.
    assert balance(shopper) == (D("4"), D("0"))
    assert earned_by_line(order) == [D("2"), D("1"), D("1")]


def test_points_are_earned_on_what_is_paid_after_offers_and_points_spent(shopper):
    create_offer()  # Oscar's test offer: 20% off everything
    vase = stocked_product(title="Vase", price="50.00")
    points_given(shopper, 1000)

    order = placed_from(basket_spending(shopper, 1000, [(vase, 1)]))

    # £50.00 less 20% is £40.00, less £10.00 of points: £30.00 paid, 30 points earned.
    assert order.lines.get().line_price_incl_tax == D("30.00")
    assert balance(shopper) == (D("30"), D("0"))
    assert earned_by_line(order) == [D("30")]
    assert_balance_is_ledger_sum(shopper)


def test_earned_points_stay_pending_until_the_goods_are_delivered(shopper, lamp):
    order = order_placed(items=[(lamp, 1)], user=shopper)

    shipped(order)
    assert balance(shopper) == (D("40"), D("0"))

    services.order_lines_deliver(order=order)
    assert balance(shopper) == (D("0"), D("40"))
    assert_balance_is_ledger_sum(shopper)


def test_a_guest_order_earns_nothing(lamp):
    order_placed(items=[(lamp, 2)], user=None, email="guest@example.com")

    assert not PointsAccount.objects.exists()
    assert not PointsEntry.objects.exists()
    assert not PointsOrderLine.objects.exists()


def test_a_first_order_earns_the_bonus_once_pending_until_it_is_delivered(shopper, lamp, settings):
    settings.POINTS_FIRST_ORDER_BONUS = 200
    first = order_placed(items=[(lamp, 1)], user=shopper)
    assert balance(shopper) == (D("240"), D("0"))

    order_placed(items=[(lamp, 1)], user=shopper)
    assert balance(shopper) == (D("280"), D("0"))  # no second bonus

    delivered(first)
    assert balance(shopper) == (D("40"), D("240"))
    bonus = [e for e in entries_of(shopper) if "first order" in e.reason]
    assert [(e.kind, e.pending, e.available) for e in bonus] == [
        (PointsEntryKind.EARNED, D("200"), D("0")),
        (PointsEntryKind.RELEASED, D("-200"), D("200")),
    ]
    assert bonus[1].expires_at is not None
    assert_balance_is_ledger_sum(shopper)


def test_the_first_order_bonus_goes_with_a_cancelled_first_order_and_never_comes_again(
    shopper, lamp, settings
):
    settings.POINTS_FIRST_ORDER_BONUS = 200
    first = order_placed(items=[(lamp, 1)], user=shopper)

    services.order_cancel(order=first, reason="Ordered by mistake")
    assert balance(shopper) == (D("0"), D("0"))

    order_placed(items=[(lamp, 1)], user=shopper)
    assert balance(shopper) == (D("40"), D("0"))
    assert_balance_is_ledger_sum(shopper)


def test_the_first_order_bonus_stays_while_part_of_the_first_order_is_kept(shopper, lamp, settings):
    settings.POINTS_FIRST_ORDER_BONUS = 200
    mug = stocked_product(title="Mug", price="7.00")
    first = order_placed(items=[(lamp, 1), (mug, 1)], user=shopper)

    services.order_lines_cancel(order=first, lines=[first.lines.get(product=mug)])

    assert balance(shopper) == (D("240"), D("0"))  # the lamp's 40 and the bonus
    assert_balance_is_ledger_sum(shopper)
