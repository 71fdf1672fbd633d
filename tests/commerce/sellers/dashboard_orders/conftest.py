"""Two approved sellers and a shared order: one line of each seller's own product, placed the
way checkout places it (tests.commerce.order.conftest.order_placed), shipped to an address."""

from dataclasses import dataclass
from decimal import Decimal as D

import pytest
from django.test import Client
from oscar.core.loading import get_model
from oscar.test.factories import ShippingAddressFactory, create_product

from tests.commerce.order.conftest import order_placed
from tests.factories import SellerFactory, StaffFactory

Line = get_model("order", "Line")


def offered_product(*, seller, title: str, sku: str, price: str, in_stock: int = 10):
    """A product offered by `seller` alone (their stock record: SKU, price, stock)."""
    product = create_product(title=title)
    product.stockrecords.create(
        partner=seller.partner, partner_sku=sku, price=D(price), num_in_stock=in_stock
    )
    return product


@dataclass
class Shared:
    """seller1 and seller2, and an order with one line of each (plus a fixed shipping charge)."""

    seller1: object
    seller2: object
    order: object
    line1: object
    line2: object


@pytest.fixture
def shared(db):
    seller1 = SellerFactory(name="Sally Makes")
    seller2 = SellerFactory(name="Sam Sells")
    towel = offered_product(seller=seller1, title="Linen tea towel", sku="SAL-TOWEL", price="12.00")
    lamp = offered_product(seller=seller2, title="Brass lamp zz", sku="SAM-LAMP-77", price="87.65")
    order = order_placed(items=[(towel, 2), (lamp, 1)], email="ada.shopper@example.com")
    order.shipping_address = ShippingAddressFactory(
        first_name="Ada",
        last_name="Lovelace",
        line1="1 Mill Lane",
        line4="Halifax",
        postcode="HX1 1AA",
        phone_number="+441234567890",
    )
    order.save()
    order.refresh_from_db()  # the number as stored (a string)
    return Shared(
        seller1=seller1,
        seller2=seller2,
        order=order,
        line1=order.lines.get(partner=seller1.partner),
        line2=order.lines.get(partner=seller2.partner),
    )


def _signed_in(user) -> Client:
    # One client each: a test may compare what seller1, seller2 and staff see.
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def seller1_client(shared):
    return _signed_in(shared.seller1.user)


@pytest.fixture
def seller2_client(shared):
    return _signed_in(shared.seller2.user)


@pytest.fixture
def staff_client(db):
    return _signed_in(StaffFactory(is_superuser=True))


#: What seller1 must never read of seller2's line in the shared order.
def seller2_marks(shared) -> list[str]:
    return [shared.line2.title, shared.line2.partner_sku, "87.65", shared.seller2.partner.name]


def lines_post(client, url, action, lines, **data):
    """POST a line action of the order page for `lines` (each at its full quantity)."""
    payload = {"line_action": action, "selected_line": [line.pk for line in lines], **data}
    payload.update({f"selected_line_qty_{line.pk}": line.quantity for line in lines})
    return client.post(url, payload)


def line_states(order) -> list[tuple]:
    """Every line's status and allocation, to show that nothing changed."""
    return list(
        Line.objects.filter(order=order)
        .order_by("pk")
        .values_list("pk", "status", "num_allocated", "allocation_cancelled")
    )
