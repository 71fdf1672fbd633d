"""Issue 10's acceptance: a product offered at £40 by one seller and £20 by another costs £20
everywhere the shop prices it (listing card, price filter, sorting, the API, a CMS product
grid), and on its page the shopper buys either offer; basket and order keep the chosen seller."""

import re

import pytest
from django.urls import reverse
from oscar.core.loading import get_model
from oscar.test.factories import CountryFactory

from cms.pages.models import LandingPage
from tests.cms.conftest import grid_value
from tests.commerce.checkout.steps import (
    choose_payment,
    choose_shipping,
    delivery_methods_ready,
    enter_address,
    place_order,
)
from tests.commerce.partner.offers import offer
from tests.commerce.search.helpers import listed_titles
from tests.factories import ProductFactory, SellerFactory

Order = get_model("order", "Order")

pytestmark = pytest.mark.django_db


@pytest.fixture
def throw():
    """A linen throw sold by Weavers at £40 and by Loomers at £20 (both approved), and a
    £30 cushion the shop sells itself."""
    product = ProductFactory(title="Linen throw", price=None)
    weavers, loomers = SellerFactory(name="Weavers"), SellerFactory(name="Loomers")
    product.dear = offer(product, by=weavers, price=40, stock=4)
    product.cheap = offer(product, by=loomers, price=20, stock=4)
    ProductFactory(title="Wool cushion", price="30.00", seller="Larder & Loom")
    return product


def _card(html: str, title: str) -> str:
    cards = re.findall(r'<article class="product-card.*?</article>', html, re.S)
    return next(card for card in cards if title in card)


def test_the_listing_card_shows_the_best_offer_and_its_seller(client, throw):
    card = _card(client.get("/shop/catalogue/").content.decode(), "Linen throw")

    assert "£20.00" in card and "£40.00" not in card
    assert "Sold by" in card and "Loomers" in card


def test_the_price_filter_and_sorting_use_the_best_offer(client, throw):
    assert listed_titles(client.get("/shop/catalogue/?price=0-25")) == ["Linen throw"]
    assert listed_titles(client.get("/shop/catalogue/?price=25-50")) == ["Wool cushion"]
    assert listed_titles(client.get("/shop/catalogue/?sort=price-asc")) == [
        "Linen throw",
        "Wool cushion",
    ]
    assert listed_titles(client.get("/shop/catalogue/?sort=price-desc")) == [
        "Wool cushion",
        "Linen throw",
    ]


def test_the_api_lists_filters_and_sorts_at_the_best_offer(api_client, throw):
    def titles(query):
        response = api_client.get(f"/api/v1/products/{query}")
        assert response.status_code == 200
        return [p["title"] for p in response.json()["results"]]

    listed = api_client.get("/api/v1/products/").json()["results"]
    item = next(p for p in listed if p["title"] == "Linen throw")

    assert item["price"]["excl_tax"] == "20.00"
    assert item["sold_by"] == {"name": "Loomers", "slug": "loomers", "url": "/sellers/loomers/"}
    assert titles("?max_price=25") == ["Linen throw"]
    assert titles("?min_price=25") == ["Wool cushion"]
    assert titles("?ordering=price") == ["Linen throw", "Wool cushion"]
    assert titles("?ordering=-price") == ["Wool cushion", "Linen throw"]


def test_the_api_detail_lists_every_offer_best_first(api_client, throw):
    body = api_client.get(f"/api/v1/products/{throw.pk}/").json()

    assert body["price"]["excl_tax"] == "20.00"
    assert [(o["sold_by"]["name"], o["price"], o["stockrecord_id"]) for o in body["offers"]] == [
        ("Loomers", "20.00", throw.cheap.pk),
        ("Weavers", "40.00", throw.dear.pk),
    ]
    assert all(o["is_available_to_buy"] for o in body["offers"])


def test_a_cms_product_grid_shows_the_best_offer(client, home_page, throw):
    page = LandingPage(title="Picks", slug="picks", body=grid_value([throw]))
    home_page.add_child(instance=page).save_revision().publish()

    card = _card(client.get("/picks/").content.decode(), "Linen throw")

    assert "£20.00" in card and "Loomers" in card


def test_the_product_page_sells_either_offer_and_the_order_keeps_each_seller(
    client, shopper, throw
):
    client.force_login(shopper)
    CountryFactory(iso_3166_1_a2="GB", printable_name="United Kingdom", is_shipping_country=True)
    delivery_methods_ready()
    html = client.get(throw.get_absolute_url()).content.decode()
    other_offers = html[html.index("data-other-offers") :]

    assert "£20.00" in html and 'data-sold-by>Sold by <a href="/sellers/loomers/">Loomers' in html
    assert "Weavers" in other_offers and "£40.00" in other_offers
    assert f'name="stockrecord" value="{throw.dear.pk}"' in other_offers

    add = reverse("basket:add", kwargs={"pk": throw.pk})
    assert client.post(add, {"quantity": 1, "stockrecord": throw.dear.pk}).status_code == 302
    assert client.post(add, {"quantity": 2}).status_code == 302  # the main button: best offer

    basket_html = client.get(reverse("basket:summary")).content.decode()
    assert "Sold by" in basket_html and "Weavers" in basket_html and "Loomers" in basket_html
    assert "£80.00" in basket_html  # 1 x £40 + 2 x £20

    enter_address(client)
    choose_shipping(client, "standard")
    choose_payment(client, "bank-transfer")
    assert place_order(client, "bank-transfer").status_code == 302

    order = Order.objects.get()
    lines = {line.partner_name: (line.stockrecord_id, line.quantity) for line in order.lines.all()}
    assert lines == {"Weavers": (throw.dear.pk, 1), "Loomers": (throw.cheap.pk, 2)}
    assert order.total_excl_tax - order.shipping_excl_tax == 80
    order_page = client.get(reverse("customer:order", kwargs={"order_number": order.number}))
    order_html = order_page.content.decode()
    assert order_html.count("data-sold-by>Sold by") == 2
    assert "/sellers/weavers/" in order_html and "/sellers/loomers/" in order_html
