"""Points spent are an Oscar discount: the "Bonus points" offer takes their value off the goods,
after every other offer, no more than the shopper has and no more than the share cap."""

from decimal import Decimal as D

import pytest
from django.test import override_settings

from tests.commerce.order.conftest import stocked_product
from tests.commerce.points.helpers import basket_applied, basket_spending, points_given
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def shopper():
    return UserFactory()


@pytest.fixture
def lamp():
    return stocked_product(title="Brass lamp", price="40.00")


def _points_discount(basket) -> D:
    return sum(
        (d["discount"] for d in basket.offer_discounts if d["name"] == "Bonus points"), D("0.00")
    )


def test_spending_500_points_takes_five_pounds_off_the_goods(shopper, lamp):
    points_given(shopper, 800)

    basket = basket_spending(shopper, 500, [(lamp, 2)])

    assert _points_discount(basket) == D("5.00")
    assert basket.total_excl_tax == D("75.00")
    assert basket.all_lines()[0].line_price_excl_tax_incl_discounts == D("75.00")


def test_no_more_than_the_shopper_has_is_taken(shopper, lamp):
    points_given(shopper, 300)

    basket = basket_spending(shopper, 500, [(lamp, 1)])

    assert _points_discount(basket) == D("3.00")


@override_settings(POINTS_MAX_SHARE=D("0.25"))
def test_points_pay_at_most_the_share_cap_of_the_goods(shopper, lamp):
    points_given(shopper, 5000)

    basket = basket_spending(shopper, 5000, [(lamp, 1)])

    assert _points_discount(basket) == D("10.00")


def test_the_discount_is_spread_over_the_lines_to_the_penny(shopper, lamp):
    mug = stocked_product(title="Mug", price="7.00")
    points_given(shopper, 1000)

    basket = basket_spending(shopper, 1000, [(lamp, 1), (mug, 3)])

    shares = [line.discount_value for line in basket.all_lines()]
    assert sum(shares) == D("10.00") and all(share > 0 for share in shares)
    assert basket.total_excl_tax == D("51.00")


def test_a_basket_without_points_chosen_has_no_points_discount(shopper, lamp):
    points_given(shopper, 1000)
    basket = basket_spending(shopper, 0, [(lamp, 1)])

    assert _points_discount(basket) == D("0.00")
    assert basket_applied(basket).total_excl_tax == D("40.00")
