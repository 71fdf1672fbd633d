"""Which commission rule applies to a sale, and what it takes: the most specific rule wins."""

from datetime import timedelta
from decimal import Decimal as D

import pytest
from django.utils import timezone

from commerce.sellers.selectors.commissions import commission_for, commission_rule_for
from tests.factories import (
    CategoryFactory,
    ParentProductFactory,
    ProductClassFactory,
    ProductFactory,
    VariantFactory,
)

from .conftest import rule

pytestmark = pytest.mark.django_db


@pytest.fixture
def rugs():
    return CategoryFactory(name="Rugs")


@pytest.fixture
def rug(rugs):
    return ProductFactory(
        title="Kilim", price=None, categories=[rugs], product_class=ProductClassFactory(name="Rug")
    )


def applies(product, seller):
    return commission_rule_for(product=product, seller=seller)


def test_without_any_rule_the_shop_takes_nothing(rug, seller1):
    assert applies(rug, seller1) is None
    assert commission_for(rule=None, base=D("50.00"), quantity=1) == D("0.00")


def test_the_shop_default_applies_when_nothing_more_specific_matches(rug, seller1, seller2):
    default = rule("10")
    rule("15", seller=seller2)
    assert applies(rug, seller1) == default


def test_each_dimension_beats_the_shop_default(rug, rugs, seller1):
    rule("10")
    by_class = rule("11", product_class=rug.product_class)
    assert applies(rug, seller1) == by_class
    by_category = rule("12", category=rugs)
    assert applies(rug, seller1) == by_category
    by_seller = rule("13", seller=seller1)
    assert applies(rug, seller1) == by_seller
    by_product = rule("14", product=rug)
    assert applies(rug, seller1) == by_product


def test_product_rule_beats_category_rule_whatever_their_age(rug, rugs, seller1):
    by_product = rule("20", product=rug)
    rule("5", category=rugs)
    assert applies(rug, seller1) == by_product


def test_two_dimensions_beat_one(rug, rugs, seller1):
    rule("20", product=rug)
    seller_in_rugs = rule("12", seller=seller1, category=rugs)
    assert applies(rug, seller1) == seller_in_rugs


def test_a_category_rule_covers_the_categorys_descendants(seller1):
    home = CategoryFactory(name="Home")
    kitchen = CategoryFactory(name="Kitchen", parent=home)
    knives = CategoryFactory(name="Knives", parent=kitchen)
    knife = ProductFactory(title="Knife", price=None, categories=[knives])
    garden = CategoryFactory(name="Garden")
    rule("3", category=garden)
    by_home = rule("7", category=home)
    assert applies(knife, seller1) == by_home
    by_kitchen = rule("8", category=kitchen)
    assert applies(knife, seller1) == by_home  # as specific as the Home rule, and older
    by_kitchen.delete()
    rule("9", category=CategoryFactory(name="Outdoor knives", parent=garden))
    assert applies(knife, seller1) == by_home


def test_ties_go_to_the_oldest_rule(rug, seller1):
    now = timezone.now()
    rule("13", seller=seller1, created_at=now)
    older = rule("17", seller=seller1, created_at=now - timedelta(days=30))
    assert applies(rug, seller1) == older


def test_a_variant_takes_its_parents_product_rule_and_categories(rugs, seller1):
    parent = ParentProductFactory(title="Runner", categories=[rugs])
    variant = VariantFactory(parent=parent, price=None)
    by_category = rule("6", category=rugs)
    assert applies(variant, seller1) == by_category
    by_parent = rule("4", product=parent)
    assert applies(variant, seller1) == by_parent


def test_another_sellers_rule_never_applies(rug, seller1, seller2):
    default = rule("10")
    rule("1", seller=seller2, product=rug)
    assert applies(rug, seller1) == default


def test_a_percentage_is_rounded_half_up_to_the_penny():
    assert commission_for(rule=rule("10"), base=D("12.25"), quantity=1) == D("1.23")
    assert commission_for(rule=rule("12.5"), base=D("10.01"), quantity=1) == D("1.25")


def test_a_fixed_commission_is_per_item_and_never_above_the_base():
    per_item = rule("2.00", kind="fixed")
    assert commission_for(rule=per_item, base=D("30.00"), quantity=3) == D("6.00")
    assert commission_for(rule=per_item, base=D("3.00"), quantity=2) == D("3.00")
