"""The price a shopper pays for a product alone (commerce.catalogue.prices.product_price):
the one pricing rule's offer less the automatic offers Oscar's basket would give that item."""

from decimal import Decimal as D

import pytest
from oscar.core.loading import get_class, get_model

from commerce.catalogue.prices import product_price, site_offers_load
from tests.commerce.catalogue.site_offers import range_of, site_offer
from tests.factories import CategoryFactory, ParentProductFactory, ProductFactory

Benefit = get_model("offer", "Benefit")
ConditionalOffer = get_model("offer", "ConditionalOffer")
Selector = get_class("partner.strategy", "Selector")

pytestmark = pytest.mark.django_db


def _price(product):
    return product_price(product=product, strategy=Selector().strategy(), offers=site_offers_load())


def test_without_an_offer_the_price_is_the_best_offers_and_nothing_is_struck_through():
    shown = _price(ProductFactory(price="95.00"))

    assert (shown.amount, shown.was, shown.offer_name) == (D("95.00"), None, "")
    assert not shown.has_offer and shown.currency == "GBP"


def test_a_percentage_offer_on_the_products_range_lowers_the_price_and_is_named():
    lamp = ProductFactory(title="Brass lamp", price="95.00")
    site_offer(range_=range_of(products=[lamp]), name="10% off lamps", value="10.00")

    shown = _price(lamp)

    assert (shown.amount, shown.was, shown.offer_name) == (D("85.50"), D("95.00"), "10% off lamps")


def test_a_percentage_is_rounded_down_to_the_penny_as_oscars_basket_rounds_it():
    mug = ProductFactory(price="9.99")
    site_offer(range_=range_of(products=[mug]), value="15.00")  # 1.4985 off

    assert _price(mug).amount == D("8.50")


def test_an_absolute_offer_takes_its_amount_off_never_below_zero():
    mug, spoon = ProductFactory(price="12.00"), ProductFactory(price="3.00")
    site_offer(range_=range_of(products=[mug, spoon]), kind=Benefit.FIXED, value="5.00")

    assert (_price(mug).amount, _price(mug).was) == (D("7.00"), D("12.00"))
    assert _price(spoon).amount == D("0.00")


def test_a_product_outside_the_offers_range_keeps_its_price():
    lamp, shirt = ProductFactory(price="95.00"), ProductFactory(price="30.00")
    site_offer(range_=range_of(products=[lamp]))

    assert (_price(shirt).amount, _price(shirt).was) == (D("30.00"), None)


def test_a_category_range_covers_the_products_of_its_sub_categories():
    home = CategoryFactory(name="Home")
    lighting = CategoryFactory(name="Lighting", parent=home)
    lamp = ProductFactory(price="95.00", categories=[lighting])
    site_offer(range_=range_of(categories=[home]))

    assert _price(lamp).amount == D("85.50")


def test_a_parent_is_priced_from_its_best_variant_with_the_offer():
    parent = ParentProductFactory(title="Throw", variants=[{"price": "40.00"}, {"price": "30.00"}])
    site_offer(range_=range_of(products=[parent]), name="Throws", value="10.00")

    shown = _price(parent)

    assert (shown.amount, shown.was, shown.is_from) == (D("27.00"), D("30.00"), True)
    assert shown.offer_name == "Throws"


def test_a_voucher_offer_or_an_offer_needing_two_items_does_not_lower_the_price_alone():
    lamp = ProductFactory(price="95.00")
    lamps = range_of(products=[lamp])
    site_offer(range_=lamps, offer_type=ConditionalOffer.VOUCHER)
    site_offer(range_=lamps, name="Buy two", condition_value=2)

    assert _price(lamp).was is None


def test_non_exclusive_offers_stack_and_an_exclusive_one_stands_alone_as_in_the_basket():
    lamp, rug = ProductFactory(price="100.00"), ProductFactory(price="100.00")
    site_offer(range_=range_of(products=[lamp, rug]), name="Ten", value="10.00")
    site_offer(range_=range_of(products=[lamp]), name="Five", kind=Benefit.FIXED, value="5.00")
    site_offer(
        range_=range_of(products=[rug]), name="Rugs", value="20.00", exclusive=True, priority=9
    )

    assert (_price(lamp).amount, _price(lamp).offer_names) == (D("85.00"), ("Ten", "Five"))
    assert (_price(rug).amount, _price(rug).offer_names) == (D("80.00"), ("Rugs",))


def test_a_product_marked_not_discountable_keeps_its_price_as_in_the_basket():
    gift_card = ProductFactory(price="25.00", is_discountable=False)
    site_offer(range_=range_of(products=[gift_card]))

    assert (_price(gift_card).amount, _price(gift_card).was) == (D("25.00"), None)
