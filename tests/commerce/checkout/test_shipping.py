"""Delivery options and destinations the shopper is offered."""

from decimal import Decimal as D

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from tests.factories import ProductFactory

from .steps import (
    add_to_basket,
    checkout_to_preview,
    enter_address,
    place_order,
    shop_ready,
    start_as_guest,
)

Country = get_model("address", "Country")
Order = get_model("order", "Order")
OrderAndItemCharges = get_model("shipping", "OrderAndItemCharges")

pytestmark = pytest.mark.django_db


def test_a_fresh_shop_delivers_to_the_uk_so_checkout_can_start(client):
    assert list(
        Country.objects.filter(is_shipping_country=True).values_list("iso_3166_1_a2", flat=True)
    ) == ["GB"]
    product = ProductFactory(title="Wool throw", price="45.00", stock=2)
    add_to_basket(client, product)
    start_as_guest(client, "ada@example.com")
    page = client.get(reverse("checkout:shipping-address"))
    # one destination, so the shopper is not asked to pick a country: it is a hidden field
    assert page.status_code == 200
    assert page.context["form"].fields["country"].widget.input_type == "hidden"
    assert '<select name="country"' not in page.content.decode()


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


@pytest.mark.parametrize(
    ("price", "method", "charge"),
    [
        ("49.99", "standard", "3.95"),
        ("50.00", "standard", "0.00"),
        ("49.99", "express", "9.95"),
        ("50.00", "express", "9.95"),
    ],
)
def test_the_order_is_charged_the_delivery_the_shopper_chose(client, price, method, charge):
    product = shop_ready(price=price)
    checkout_to_preview(
        client, product=product, email="ada@example.com", shipping=method, payment="bank-transfer"
    )
    place_order(client, "bank-transfer")

    order = Order.objects.get()
    assert order.shipping_code == method and order.shipping_incl_tax == D(charge)
    assert order.total_incl_tax == D(price) + D(charge)


def _basket_delivery(client):
    basket = client.get(reverse("basket:summary"))
    assert basket.status_code == 200
    return basket.context["shipping_method"].name, basket.context["shipping_charge"].incl_tax


def test_a_staff_change_of_the_threshold_changes_what_the_basket_charges(client):
    add_to_basket(client, ProductFactory(title="Wool throw", price="45.00", stock=2))
    assert _basket_delivery(client) == ("Standard delivery", D("3.95"))

    OrderAndItemCharges.objects.filter(code="standard").update(free_shipping_threshold=D("40.00"))

    assert _basket_delivery(client) == ("Standard delivery", D("0.00"))


def test_standard_comes_first_then_the_other_methods_cheapest_first(client):
    OrderAndItemCharges.objects.create(
        code="economy", name="Economy delivery", price_per_order=D("1.50")
    )
    add_to_basket(client, ProductFactory(title="Wool throw", price="20.00", stock=2))
    start_as_guest(client, "ada@example.com")
    enter_address(client)

    methods = client.get(reverse("checkout:shipping-method")).context["methods"]

    assert [method.code for method in methods] == ["standard", "economy", "express"]


def test_without_delivery_methods_the_shop_falls_back_to_free_shipping(client):
    OrderAndItemCharges.objects.all().delete()
    add_to_basket(client, ProductFactory(title="Wool throw", price="20.00", stock=2))

    assert _basket_delivery(client) == ("Free shipping", D("0.00"))
    start_as_guest(client, "ada@example.com")
    enter_address(client)
    # the one method left is chosen for the shopper, who goes on to payment
    assert client.get(reverse("checkout:shipping-method")).url == reverse("checkout:payment-method")
