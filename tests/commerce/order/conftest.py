"""Small helpers for the order lifecycle's tests: stocked products, placed orders, a listener."""

from decimal import Decimal as D

import pytest
from oscar.apps.shipping.methods import FixedPrice
from oscar.core.loading import get_class, get_model
from oscar.test.factories import create_basket, create_order, create_product

from commerce.order import lifecycle

StockRecord = get_model("partner", "StockRecord")
Applicator = get_class("offer.applicator", "Applicator")


def stocked_product(*, title: str, price: str, in_stock: int = 10):
    """A stock-tracked product sold at `price` (incl. tax) with `in_stock` units."""
    return create_product(title=title, price=D(price), num_in_stock=in_stock)


def stock_of(product) -> tuple[int, int]:
    """(num_in_stock, num_allocated) of the product's stock record, fresh from the database."""
    record = StockRecord.objects.get(product=product)
    return record.num_in_stock, record.num_allocated or 0


def order_placed(*, items, user=None, shipping: str = "5.00", email: str = "guest@example.com"):
    """An order placed the way checkout places it (open offers applied, stock allocated);
    `items` are (product, quantity) pairs; shipping is a fixed charge."""
    basket = create_basket(empty=True)
    for product, quantity in items:
        basket.add_product(product, quantity)
    Applicator().apply(basket, user)
    charge = D(shipping)
    return create_order(
        basket=basket,
        user=user,
        shipping_method=FixedPrice(charge_excl_tax=charge, charge_incl_tax=charge),
        guest_email="" if user else email,
    )


class ChangeLog(list):
    """Every OrderChange announced while the test runs."""

    def kinds(self):
        return [change.kind for change in self]


@pytest.fixture
def changes():
    log = ChangeLog()
    lifecycle.listen(log.append)
    yield log
    lifecycle.unlisten(log.append)
