"""Which rate an affiliate earns on a line: personal > deepest category > shop default."""

from decimal import Decimal as D

import pytest
from django.utils import timezone

from commerce.affiliates.models import CategoryRate
from commerce.affiliates.selectors.commissions import commission_for, commission_rate_for
from tests.factories import CategoryFactory

from .conftest import order_placed, product_in, stocked_product

pytestmark = pytest.mark.django_db


def line_of(product):
    return order_placed(items=[(product, 1)]).lines.get()


def rate_on(category, value: str, **fields) -> CategoryRate:
    return CategoryRate.objects.create(category=category, rate=D(value), **fields)


def test_without_any_rate_the_shop_default_applies(affiliate, settings):
    settings.AFFILIATE_DEFAULT_RATE = D("5.00")
    line = line_of(stocked_product(title="Soap", price="3.35"))

    assert commission_rate_for(affiliate=affiliate, line=line) == D("5.00")


def test_a_category_rate_beats_the_default_and_covers_sub_categories(affiliate, crafts):
    rate_on(crafts, "8.00")
    textiles = CategoryFactory(name="Textiles", parent=crafts)
    scarves = CategoryFactory(name="Scarves", parent=textiles)

    line = line_of(product_in(scarves, title="Wool scarf", price="40.00"))

    assert commission_rate_for(affiliate=affiliate, line=line) == D("8.00")


def test_the_deepest_rated_category_wins(affiliate, crafts):
    textiles = CategoryFactory(name="Textiles", parent=crafts)
    scarves = CategoryFactory(name="Scarves", parent=textiles)
    rate_on(crafts, "8.00")
    rate_on(textiles, "12.00")

    in_scarves = line_of(product_in(scarves, title="Wool scarf", price="40.00"))
    in_crafts = line_of(product_in(crafts, title="Basket", price="20.00"))

    assert commission_rate_for(affiliate=affiliate, line=in_scarves) == D("12.00")
    assert commission_rate_for(affiliate=affiliate, line=in_crafts) == D("8.00")


def test_between_categories_as_deep_the_oldest_rate_wins(affiliate, crafts):
    kitchen = CategoryFactory(name="Kitchen")
    rate_on(crafts, "9.00", created_at=timezone.now())
    rate_on(kitchen, "7.00", created_at=timezone.now() - timezone.timedelta(days=3))
    product = product_in(crafts, title="Wooden spoon", price="6.00")
    product.categories.add(kitchen)

    assert commission_rate_for(affiliate=affiliate, line=line_of(product)) == D("7.00")


def test_the_affiliates_personal_rate_beats_every_category_rate(affiliate, crafts):
    rate_on(crafts, "8.00")
    affiliate.rate = D("15.00")
    affiliate.save()

    line = line_of(product_in(crafts, title="Basket", price="20.00"))

    assert commission_rate_for(affiliate=affiliate, line=line) == D("15.00")


def test_a_commission_is_to_the_penny_half_up():
    assert commission_for(rate=D("5.00"), base=D("3.35")) == D("0.17")  # 0.1675
    assert commission_for(rate=D("5.00"), base=D("3.30")) == D("0.17")  # 0.165
    assert commission_for(rate=D("5.00"), base=D("0.00")) == D("0.00")
