"""Who sells each line, after the basket too: the order preview, the thank-you page and the
order page in the account say "Sold by <seller>" (linked to the seller's page) on each line a
marketplace seller sells, as the basket does, without a query per line."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from oscar.core.loading import get_model
from oscar.test.factories import CountryFactory

from tests.commerce.checkout.steps import (
    add_to_basket,
    choose_payment,
    choose_shipping,
    delivery_methods_ready,
    enter_address,
    place_order,
)
from tests.commerce.partner.offers import offer
from tests.factories import ProductFactory, SellerFactory

Order = get_model("order", "Order")

pytestmark = pytest.mark.django_db

SELLERS = ("Weavers", "Loomers", "Dyers")


@pytest.fixture
def shop():
    CountryFactory(iso_3166_1_a2="GB", printable_name="United Kingdom", is_shipping_country=True)
    delivery_methods_ready()


def _sold(name: str):
    product = ProductFactory(title=f"Throw by {name}", price=None)
    offer(product, by=SellerFactory(name=name), price=20)
    return product


def _sold_by(html: str) -> list[tuple[str, str]]:
    return re.findall(r'data-sold-by>Sold by <a href="([^"]+)">([^<]+)</a>', html)


def _seller_lookups(queries) -> list[str]:
    """Queries that read a seller on its own (not joined to the lines they sell)."""
    return [q["sql"] for q in queries if re.search(r'FROM "sellers_seller"', q["sql"])]


def _pages(client, products) -> dict:
    """Each page's HTML and queries: the preview, the thank-you page, the account's order page."""
    for product in products:
        add_to_basket(client, product)
    enter_address(client)
    choose_shipping(client, "standard")
    pages = {}
    with CaptureQueriesContext(connection) as queries:
        pages["preview"] = (choose_payment(client, "bank-transfer").content.decode(), queries)
    assert place_order(client, "bank-transfer").status_code == 302
    with CaptureQueriesContext(connection) as queries:
        html = client.get(reverse("checkout:thank-you")).content.decode()
    pages["thank-you"] = (html, queries)
    order = Order.objects.get()
    with CaptureQueriesContext(connection) as queries:
        url = reverse("customer:order", kwargs={"order_number": order.number})
        pages["order"] = (client.get(url).content.decode(), queries)
    return pages


def test_the_preview_thank_you_and_order_pages_say_who_sells_each_line(client, shopper, shop):
    client.force_login(shopper)
    shop_own = ProductFactory(title="Wool cushion", price="30.00")

    pages = _pages(client, [*(_sold(name) for name in SELLERS), shop_own])

    for page, (html, queries) in pages.items():
        sold_by = sorted(_sold_by(html))
        expected = sorted((f"/sellers/{name.lower()}/", name) for name in SELLERS)
        assert sold_by == expected, page  # the shop's own cushion says nothing
        assert _seller_lookups(queries.captured_queries) == [], page
