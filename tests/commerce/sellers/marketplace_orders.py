"""Orders of a marketplace in tests: products offered by SellerFactory sellers, bought the way
checkout buys them (tests/commerce/order/conftest.py's order_placed)."""

from datetime import timedelta
from decimal import Decimal as D

import pytest
from django.utils import timezone
from oscar.core.loading import get_model
from oscar.test.factories import ShippingAddressFactory, create_product

from tests.commerce.order.conftest import order_placed

Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")

__all__ = ["offered_product", "order_placed", "placed_days_ago"]


def offered_product(*, seller, title: str, price: str, in_stock: int = 50, **record):
    """A product offered only by `seller` at `price` with `in_stock` units."""
    product = create_product(title=title)
    StockRecord.objects.create(
        product=product,
        partner=seller.partner,
        partner_sku=f"{seller.slug}-{product.pk}",
        price=D(price),
        num_in_stock=in_stock,
        **record,
    )
    return product


def placed_days_ago(order, days: int):
    """Move `order`'s placing back `days` days (same time of day)."""
    Order.objects.filter(pk=order.pk).update(date_placed=timezone.now() - timedelta(days=days))
    order.refresh_from_db()
    return order


@pytest.fixture
def mug(seller1):
    return offered_product(seller=seller1, title="Mug", price="10.00")


@pytest.fixture
def teapot(seller2):
    return offered_product(seller=seller2, title="Teapot", price="15.00")


@pytest.fixture
def shared_order(mug, teapot):
    """Two mugs of seller1 and a teapot of seller2, with £5 shipping: £40 in all, sent to
    Ada Lovelace."""
    order = order_placed(items=[(mug, 2), (teapot, 1)], shipping="5.00")
    order.shipping_address = ShippingAddressFactory(first_name="Ada", last_name="Lovelace")
    order.save(update_fields=["shipping_address"])
    return order
