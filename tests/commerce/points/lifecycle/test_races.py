"""No double spending, on PostgreSQL with real threads: twenty orders placed at the same moment,
each spending 60 of the shopper's 100 points, give one order; the nineteen others are refused
with a sentence and leave nothing behind."""

from decimal import Decimal as D

import pytest
from oscar.core.loading import get_class, get_model

from commerce.points.models import PointsEntryKind, PointsReservation
from commerce.points.services.offer import points_offer_ensure
from tests.commerce.points.helpers import basket_spending, points_given
from tests.concurrency import run_prepared_together

from .conftest import (
    assert_balance_is_ledger_sum,
    balance,
    entries_of,
    placed_from,
    stocked_product,
)

UnableToPlaceOrder = get_class("order.exceptions", "UnableToPlaceOrder")
Order = get_model("order", "Order")

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.race]

PLACEMENTS = 20


def test_twenty_concurrent_orders_spending_60_of_100_points_place_one(shopper):
    points_offer_ensure()  # once, before the threads (a transactional test flushed it)
    points_given(shopper, 100)
    # One product per basket, so the only thing the orders share is the shopper's points.
    products = [stocked_product(title=f"Candle no. {i}", price="10.00") for i in range(PLACEMENTS)]

    def placement(product):
        basket = basket_spending(shopper, 60, [(product, 1)])
        assert basket.total_excl_tax == D("9.40")  # each basket shows its 60 points off
        return lambda: placed_from(basket)

    outcomes = run_prepared_together(*[(lambda p=p: placement(p)) for p in products])

    orders = [o for o in outcomes if isinstance(o, Order)]
    refused = [o for o in outcomes if isinstance(o, UnableToPlaceOrder)]
    assert len(orders) == 1, outcomes
    assert len(refused) == PLACEMENTS - 1, outcomes
    assert all(
        str(r) == "Your bonus points balance changed: you have 40 points available. "
        "Choose again how many to spend."
        for r in refused
    )
    assert Order.objects.count() == 1
    redeemed = [e for e in entries_of(shopper) if e.kind == PointsEntryKind.REDEEMED]
    assert [(e.order_id, e.available) for e in redeemed] == [(orders[0].pk, D("-60"))]
    assert balance(shopper)[1] == D("40")
    assert_balance_is_ledger_sum(shopper)
    # The refused shoppers keep their baskets and their choice, to choose again.
    assert PointsReservation.objects.count() == PLACEMENTS - 1
