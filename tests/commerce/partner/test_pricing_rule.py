"""The one pricing rule: in stock first, then the cheapest, then the oldest offer, among offers
on sale (the shop's own partner, or an approved seller). Oscar's strategy (Python) and the
listings' annotation (SQL) must pick the same offer in every case."""

from decimal import Decimal

import pytest
from oscar.core.loading import get_class, get_model

from commerce.partner.pricing import offer_in_stock, products_with_offer
from tests.commerce.partner.offers import offer, offer_shown
from tests.factories import (
    ParentProductFactory,
    PartnerFactory,
    ProductClassFactory,
    ProductFactory,
    SellerFactory,
    VariantFactory,
)

Basket = get_model("basket", "Basket")
Product = get_model("catalogue", "Product")
Selector = get_class("partner.strategy", "Selector")

pytestmark = pytest.mark.django_db


def _bare(**kwargs):
    return ProductFactory(price=None, **kwargs)


def cheaper_offer_out_of_stock():
    product = _bare()
    dear = offer(product, by=SellerFactory(), price=40, stock=3)
    offer(product, by=SellerFactory(), price=20, stock=0)
    return product, dear


def cheaper_seller_suspended():
    product = _bare()
    dear = offer(product, by=SellerFactory(), price=40)
    offer(product, by=SellerFactory(status="suspended"), price=20)
    return product, dear


def cheaper_seller_still_applying_or_rejected():
    product = _bare()
    dear = offer(product, by=SellerFactory(), price=40)
    offer(product, by=SellerFactory(status="applied"), price=10)
    offer(product, by=SellerFactory(status="rejected"), price=15)
    return product, dear


def shop_own_partner_is_on_sale():
    product = _bare()
    offer(product, by=SellerFactory(), price=35)
    own = offer(product, by=PartnerFactory(name="Larder & Loom"), price=30)
    return product, own


def equal_prices_go_to_the_oldest_offer():
    product = _bare()
    oldest = offer(product, by=SellerFactory(), price=20)
    offer(product, by=SellerFactory(), price=20)
    offer(product, by=PartnerFactory(name="Larder & Loom"), price=20)
    return product, oldest


def all_sold_out_shows_the_cheapest():
    product = _bare()
    offer(product, by=SellerFactory(), price=40, stock=0)
    cheapest = offer(product, by=SellerFactory(), price=20, stock=0)
    return product, cheapest


def untracked_stock_is_always_in_stock():
    product = _bare(product_class=ProductClassFactory(name="Gift cards", track_stock=False))
    offer(product, by=SellerFactory(), price=40, stock=0)
    cheapest = offer(product, by=SellerFactory(), price=20, stock=0)
    return product, cheapest


def a_record_without_price_is_not_an_offer():
    product = _bare()
    offer(product, by=SellerFactory(), price=None)
    priced = offer(product, by=SellerFactory(), price=50)
    return product, priced


def nothing_priced_means_no_offer():
    product = _bare()
    offer(product, by=SellerFactory(), price=None)
    return product, None


def only_a_suspended_seller_means_no_offer():
    product = _bare()
    offer(product, by=SellerFactory(status="suspended"), price=20)
    return product, None


def parent_shows_its_best_variants_best_offer():
    parent = ParentProductFactory()
    small = VariantFactory(parent=parent, price=None)
    large = VariantFactory(parent=parent, price=None)
    offer(small, by=SellerFactory(), price=30)
    offer(small, by=SellerFactory(), price=12, stock=0)
    offer(large, by=SellerFactory(status="suspended"), price=10)
    best = offer(large, by=SellerFactory(), price=25)
    return parent, best


def parent_ignores_hidden_variants():
    parent = ParentProductFactory()
    shown = VariantFactory(parent=parent, price=None)
    hidden = VariantFactory(parent=parent, price=None, is_public=False)
    best = offer(shown, by=SellerFactory(), price=30)
    offer(hidden, by=SellerFactory(), price=5)
    return parent, best


CASES = [
    cheaper_offer_out_of_stock,
    cheaper_seller_suspended,
    cheaper_seller_still_applying_or_rejected,
    shop_own_partner_is_on_sale,
    equal_prices_go_to_the_oldest_offer,
    all_sold_out_shows_the_cheapest,
    untracked_stock_is_always_in_stock,
    a_record_without_price_is_not_an_offer,
    nothing_priced_means_no_offer,
    only_a_suspended_seller_means_no_offer,
    parent_shows_its_best_variants_best_offer,
    parent_ignores_hidden_variants,
]


@pytest.mark.parametrize("case", CASES, ids=[case.__name__ for case in CASES])
def test_strategy_and_listing_annotation_pick_the_same_offer(case):
    product, expected = case()

    shown = offer_shown(Product.objects.get(pk=product.pk))
    annotated = products_with_offer(Product.objects.filter(pk=product.pk)).get()

    assert shown == expected
    if expected is None:
        assert (annotated.offer_id, annotated.offer_price) == (None, None)
        assert annotated.offer_in_stock is False
    else:
        assert annotated.offer_id == expected.pk
        assert annotated.offer_price == expected.price
        assert annotated.offer_in_stock is offer_in_stock(shown)


def test_a_basket_line_is_priced_from_the_offer_it_holds_not_the_best_one():
    product = _bare()
    offer(product, by=SellerFactory(), price=20)
    dear = offer(product, by=SellerFactory(), price=40)
    basket = Basket.objects.create()
    basket.strategy = Selector().strategy()

    line, _ = basket.add_product(product, 1, stockrecord=dear)

    assert line.stockrecord == dear
    assert line.purchase_info.price.excl_tax == Decimal("40.00")
    assert basket.total_excl_tax == Decimal("40.00")
