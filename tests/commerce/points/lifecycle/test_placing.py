"""Placing an order spends its points once, inside the order's transaction: a replayed
announcement spends nothing more, and a placement that fails takes nothing."""

from decimal import Decimal as D

import pytest
from oscar.core.loading import get_class, get_model

from commerce.order import lifecycle, services
from commerce.partner.services import OutOfStock
from commerce.points.models import PointsEntry, PointsOrderLine, PointsReservation
from tests.commerce.points.helpers import basket_spending, points_given

from .conftest import (
    assert_balance_is_ledger_sum,
    balance,
    entries_of,
    placed_from,
    stocked_product,
)

UnableToPlaceOrder = get_class("order.exceptions", "UnableToPlaceOrder")
Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")

pytestmark = pytest.mark.django_db


@pytest.fixture
def candle(db):
    return stocked_product(title="Beeswax candle", price="10.00")


def test_a_replayed_placed_announcement_adds_nothing(shopper, candle):
    points_given(shopper, 100)
    order = placed_from(basket_spending(shopper, 60, [(candle, 1)]))
    before = [(e.key, e.pending, e.available) for e in entries_of(shopper)]

    services.order_placed_announce(order=order)

    assert [(e.key, e.pending, e.available) for e in entries_of(shopper)] == before
    assert balance(shopper) == (D("9"), D("40"))
    assert PointsOrderLine.objects.filter(line__order=order).count() == 1
    assert_balance_is_ledger_sum(shopper)


def test_an_order_refused_at_stock_allocation_spends_no_points(shopper, candle):
    points_given(shopper, 100)
    basket = basket_spending(shopper, 60, [(candle, 1)])
    StockRecord.objects.filter(product=candle).update(num_in_stock=0)  # sold out meanwhile

    with pytest.raises(OutOfStock):
        placed_from(basket)

    assert not Order.objects.exists()
    assert balance(shopper) == (D("0"), D("100"))
    assert PointsEntry.objects.count() == 1  # the gift
    assert PointsReservation.objects.filter(basket=basket, points=60).exists()
    assert_balance_is_ledger_sum(shopper)


def test_an_order_that_fails_after_its_points_were_spent_gives_them_back(shopper, candle):
    points_given(shopper, 100)
    basket = basket_spending(shopper, 60, [(candle, 1)])

    def payment_declined(change):  # a later listener refusing the order, as a bank could
        raise UnableToPlaceOrder("The payment was declined.")

    lifecycle.listen(payment_declined)
    try:
        with pytest.raises(UnableToPlaceOrder, match="declined"):
            placed_from(basket)
    finally:
        lifecycle.unlisten(payment_declined)

    assert not Order.objects.exists()
    assert balance(shopper) == (D("0"), D("100"))
    assert PointsEntry.objects.count() == 1
    assert PointsReservation.objects.filter(basket=basket, points=60).exists()
    assert_balance_is_ledger_sum(shopper)


def test_points_spent_elsewhere_meanwhile_refuse_the_order_with_the_balance_left(shopper, candle):
    account = points_given(shopper, 100)
    basket = basket_spending(shopper, 60, [(candle, 1)])
    points_given(shopper, -70, key="test:spent-elsewhere")

    with pytest.raises(UnableToPlaceOrder) as refusal:
        placed_from(basket)

    assert str(refusal.value) == (
        "Your bonus points balance changed: you have 30 points available. "
        "Choose again how many to spend."
    )
    assert not Order.objects.exists()
    assert balance(shopper) == (D("0"), D("30"))
    assert account.entries.count() == 2
