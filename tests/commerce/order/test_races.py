"""Concurrent changes of one order on PostgreSQL: the order's lock makes exactly one win."""

import pytest

from commerce.order import services
from commerce.order.exceptions import OrderChangeRefused
from commerce.order.lifecycle import ChangeKind
from tests.concurrency import run_together

from .conftest import order_placed, stock_of, stocked_product

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.race]


def test_two_concurrent_cancels_cancel_once(changes):
    towel = stocked_product(title="Tea towel", price="12.00", in_stock=10)
    order = order_placed(items=[(towel, 3)])

    outcomes = run_together(
        lambda: services.order_cancel(order=order), lambda: services.order_cancel(order=order)
    )

    refused = [o for o in outcomes if isinstance(o, OrderChangeRefused)]
    assert len(refused) == 1, outcomes
    assert "already cancelled" in refused[0].message
    assert stock_of(towel) == (10, 0)
    assert changes.kinds().count(ChangeKind.CANCELLED) == 1


def test_cancel_racing_a_shipment_lets_exactly_one_happen(changes):
    towel = stocked_product(title="Tea towel", price="12.00", in_stock=10)
    order = order_placed(items=[(towel, 2)])

    outcomes = run_together(
        lambda: services.order_cancel(order=order),
        lambda: services.order_lines_ship(order=order, carrier="DPD", reference="T1"),
    )

    assert sum(isinstance(o, OrderChangeRefused) for o in outcomes) == 1, outcomes
    order.refresh_from_db()
    if order.status == "Cancelled":
        assert stock_of(towel) == (10, 0)
        assert changes.kinds()[1:] == [ChangeKind.CANCELLED]
    else:
        assert order.status == "Shipped"
        assert stock_of(towel) == (8, 0)
        assert changes.kinds()[1:] == [ChangeKind.SHIPPED]
