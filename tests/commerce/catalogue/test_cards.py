"""Product cards: the one rule for the price a shopper sees and the one status line, shared by
listings, page blocks, the product page's structured data and the API."""

from decimal import Decimal as D

import pytest
from oscar.apps.partner.prices import FixedPrice, Unavailable
from oscar.core.loading import get_class, get_model
from oscar.test.factories import create_product

from commerce.catalogue.cards import SOLD_OUT, UNAVAILABLE, price_shown, product_card
from commerce.catalogue.prices import site_offers_load
from tests.commerce.catalogue.site_offers import range_of, site_offer

Benefit = get_model("offer", "Benefit")

Selector = get_class("partner.strategy", "Selector")


def test_the_price_shown_includes_tax_when_the_tax_is_known():
    assert price_shown(price=FixedPrice("GBP", D("10.00"), tax=D("2.00"))) == D("12.00")


def test_the_price_shown_is_the_price_before_tax_when_the_tax_is_unknown():
    assert price_shown(price=FixedPrice("GBP", D("10.00"))) == D("10.00")


def test_a_product_that_cannot_be_priced_shows_no_price():
    assert price_shown(price=Unavailable()) is None


@pytest.fixture
def strategy():
    return Selector().strategy()


@pytest.mark.django_db
def test_a_card_in_stock_can_be_bought_and_says_so(strategy):
    card = product_card(
        product=create_product(price=D("4.50"), num_in_stock=3),
        strategy=strategy,
        offers=site_offers_load(),
    )

    assert (card.price, card.currency, card.is_available) == (D("4.50"), "GBP", True)
    assert card.status == "In stock" and not card.needs_options


@pytest.mark.django_db
def test_a_sold_out_card_keeps_its_price_and_cannot_be_bought(strategy):
    card = product_card(
        product=create_product(price=D("4.50"), num_in_stock=0),
        strategy=strategy,
        offers=site_offers_load(),
    )

    assert (card.price, card.is_available, card.status) == (D("4.50"), False, SOLD_OUT)


@pytest.mark.django_db
def test_a_product_without_stock_records_is_currently_unavailable(strategy):
    card = product_card(
        product=create_product(title="Draft"), strategy=strategy, offers=site_offers_load()
    )

    assert (card.price, card.currency, card.is_available) == (None, "", False)
    assert card.status == UNAVAILABLE


@pytest.mark.django_db
def test_a_parent_is_priced_from_its_variants_and_asks_for_options(strategy):
    parent = create_product(title="Jumper", structure="parent")
    for price in ("30.00", "25.00"):
        create_product(structure="child", parent=parent, price=D(price), num_in_stock=2)

    card = product_card(product=parent, strategy=strategy, offers=site_offers_load())

    assert card.is_parent and card.needs_options and card.is_available
    assert card.price in {D("25.00"), D("30.00")}  # Oscar's strategy picks the variant


@pytest.mark.django_db
def test_an_automatic_offer_shows_the_old_price_beside_the_new_one(strategy):
    product = create_product(price=D("10.00"), num_in_stock=3)
    other = create_product(price=D("10.00"), num_in_stock=3)
    site_offer(range_=range_of(products=[product]), kind=Benefit.FIXED, value="2.00")

    card = product_card(product=product, strategy=strategy, offers=site_offers_load())
    undiscounted = product_card(product=other, strategy=strategy, offers=site_offers_load())

    assert (card.price, card.original_price) == (D("8.00"), D("10.00"))
    assert card.shown_price.offer_name == "Spring offer"
    assert (undiscounted.price, undiscounted.original_price) == (D("10.00"), None)
