"""Shoppers see "earn N points" where they decide: the product page (the offer shown), the
product cards of listings (when POINTS_SHOW_ON_CARDS) and the basket (after every discount,
the points spent included)."""

from decimal import Decimal as D

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from oscar.core.loading import get_class, get_model

from commerce.catalogue.cards import product_cards, products_for_cards
from commerce.catalogue.prices import site_offers_load
from commerce.points.selectors.basket import basket_points_earned
from tests.commerce.checkout.steps import add_to_basket, shop_ready
from tests.commerce.points.helpers import basket_applied, basket_spending, points_given
from tests.factories import CategoryFactory, ProductFactory, UserFactory

Product = get_model("catalogue", "Product")
Selector = get_class("partner.strategy", "Selector")

pytestmark = pytest.mark.django_db


def test_the_product_page_says_what_buying_the_offer_shown_earns(client, settings):
    settings.POINTS_EARN_RATE = D("2")
    product = shop_ready(title="Copper kettle", price="34.99")

    html = client.get(product.get_absolute_url()).content.decode()

    assert "Earn 69 points" in html  # 2 per £1, rounded down


def test_listing_cards_say_what_each_product_earns(client):
    kitchen = CategoryFactory(name="Kitchen")
    ProductFactory(title="Bread bin", price="25.00", stock=3, categories=[kitchen])

    html = client.get(kitchen.get_absolute_url()).content.decode()

    assert "Earn 25 points" in html


def test_cards_stay_quiet_about_points_when_the_shop_says_so(client, settings):
    settings.POINTS_SHOW_ON_CARDS = False
    kitchen = CategoryFactory(name="Kitchen")
    ProductFactory(title="Bread bin", price="25.00", stock=3, categories=[kitchen])

    html = client.get(kitchen.get_absolute_url()).content.decode()

    assert "Bread bin" in html and "Earn 25 points" not in html


def _queries_for_cards(count: int) -> tuple[int, list]:
    products = products_for_cards(Product.objects.filter(title__startswith="Card"))
    offers = site_offers_load()
    with CaptureQueriesContext(connection) as queries:
        cards = product_cards(
            products=list(products), strategy=Selector().strategy(), offers=offers
        )
    assert len(cards) == count
    return len(queries), cards


@pytest.mark.parametrize("count", [5, 50])
def test_points_on_cards_cost_no_queries(settings, count):
    for number in range(count):
        ProductFactory(title=f"Card {number}", price="10.00", stock=2)

    settings.POINTS_SHOW_ON_CARDS = False
    without, _cards = _queries_for_cards(count)
    settings.POINTS_SHOW_ON_CARDS = True
    with_points, cards = _queries_for_cards(count)

    assert with_points == without
    assert {card.points for card in cards} == {10}


def test_the_basket_earns_on_what_is_left_after_the_points_spent(client):
    product = shop_ready(title="Oak stool", price="60.00")
    shopper = UserFactory()
    points_given(shopper, 2000)

    basket = basket_spending(shopper, 1000, [(product, 2)])  # £120.00 - £10.00

    assert basket_points_earned(basket=basket) == 110


def test_the_basket_page_says_what_the_order_earns(client):
    product = shop_ready(title="Oak stool", price="60.00")
    add_to_basket(client, product, quantity=2)

    html = client.get(reverse("basket:summary")).content.decode()

    assert "This order earns you 120 bonus points." in html


def test_an_empty_basket_earns_nothing():
    shopper = UserFactory()
    basket = basket_spending(shopper, 0, [])

    assert basket_points_earned(basket=basket_applied(basket)) == 0
