"""Delivery options and destinations the shopper is offered."""

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from tests.factories import ProductFactory

from .steps import add_to_basket, enter_address, start_as_guest

Country = get_model("address", "Country")

pytestmark = pytest.mark.django_db


def test_a_fresh_shop_delivers_to_the_uk_so_checkout_can_start(client):
    assert list(
        Country.objects.filter(is_shipping_country=True).values_list("iso_3166_1_a2", flat=True)
    ) == ["GB"]
    product = ProductFactory(title="Wool throw", price="45.00", stock=2)
    add_to_basket(client, product)
    start_as_guest(client, "ada@example.com")
    page = client.get(reverse("checkout:shipping-address"))
    # one destination, so the shopper is not asked to pick a country
    assert page.status_code == 200 and "country" not in page.context["form"].fields


@pytest.mark.parametrize(
    ("price", "standard", "express"),
    [("49.99", "£3.95", "£9.95"), ("50.00", "£0.00", "£9.95")],
)
def test_standard_delivery_is_free_from_fifty_pounds_express_always_costs(
    client, price, standard, express
):
    product = ProductFactory(title="Wool throw", price=price, stock=2)
    add_to_basket(client, product)
    start_as_guest(client, "ada@example.com")
    enter_address(client)
    html = client.get(reverse("checkout:shipping-method")).content.decode()
    standard_at = html.index("Standard delivery")
    express_at = html.index("Express delivery")
    assert standard in html[standard_at:express_at]
    assert express in html[express_at:]
