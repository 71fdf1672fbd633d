"""Choosing the points to spend on a basket: whole points, no more than the shopper has, no
more than the share cap of what the goods leave to pay after other offers; a refusal names the
limit and changes nothing."""

from decimal import Decimal as D

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import override_settings
from oscar.core.loading import get_model
from oscar.test.factories import (
    BenefitFactory,
    ConditionalOfferFactory,
    ConditionFactory,
    RangeFactory,
    create_basket,
)

from commerce.points.models import PointsReservation
from commerce.points.services.reservations import (
    points_reservation_clear,
    points_reserve,
    points_reserve_most,
)
from tests.commerce.order.conftest import stocked_product
from tests.commerce.points.helpers import basket_applied, points_given
from tests.factories import UserFactory

Basket = get_model("basket", "Basket")
Benefit = get_model("offer", "Benefit")
Condition = get_model("offer", "Condition")

pytestmark = pytest.mark.django_db


@pytest.fixture
def shopper():
    return UserFactory()


@pytest.fixture
def basket(shopper):
    """The shopper's open basket with £250.00 of goods (cap: 50% = 12,500 points)."""
    basket = create_basket(empty=True)
    basket.owner = shopper
    basket.save()
    basket.add_product(stocked_product(title="Armchair", price="250.00"), 1)
    return basket_applied(basket)


def _points_discount(basket) -> D:
    return sum(
        (d["discount"] for d in basket.offer_discounts if d["name"] == "Bonus points"), D("0.00")
    )


def test_shopper_reserves_part_of_their_points_and_the_basket_shows_the_discount(shopper, basket):
    points_given(shopper, 2000)

    reservation = points_reserve(basket=basket, user=shopper, points=1500)

    assert reservation.points == 1500 and reservation.basket == basket
    assert _points_discount(basket_applied(basket)) == D("15.00")


def test_the_basket_sees_its_new_reservation_without_reloading(shopper, basket):
    points_given(shopper, 2000)

    points_reserve(basket=basket, user=shopper, points=700)
    assert basket.points_reservation.points == 700

    points_reserve(basket=basket, user=shopper, points=0)
    assert getattr(basket, "points_reservation", None) is None


def test_reserving_again_changes_the_one_reservation(shopper, basket):
    points_given(shopper, 2000)

    points_reserve(basket=basket, user=shopper, points=500)
    points_reserve(basket=basket, user=shopper, points=900)

    assert list(PointsReservation.objects.values_list("points", flat=True)) == [900]


def test_more_than_the_shopper_has_is_refused_naming_the_limit(shopper, basket):
    points_given(shopper, 1250)
    points_reserve(basket=basket, user=shopper, points=1000)

    with pytest.raises(ValidationError) as refused:
        points_reserve(basket=basket, user=shopper, points=1251)

    assert refused.value.messages == ["You can spend up to 1,250 points on this order."]
    assert PointsReservation.objects.get().points == 1000  # nothing changed


@override_settings(POINTS_MAX_SHARE=D("0.10"))
def test_more_than_the_share_cap_of_the_goods_is_refused(shopper, basket):
    points_given(shopper, 50_000)

    with pytest.raises(ValidationError) as refused:
        points_reserve(basket=basket, user=shopper, points=2501)

    assert refused.value.message_dict == {
        "points": ["You can spend up to 2,500 points on this order."]
    }
    assert not PointsReservation.objects.exists()


def test_the_cap_is_a_share_of_what_is_left_after_other_offers(shopper, basket):
    """A £50 off site offer leaves £200 of goods: points may pay £100 of it."""
    everything = RangeFactory(includes_all_products=True)
    ConditionalOfferFactory(
        name="Fifty off",
        priority=10,
        condition=ConditionFactory(range=everything, type=Condition.COUNT, value=1),
        benefit=BenefitFactory(range=everything, type=Benefit.FIXED, value=D("50.00")),
    )
    points_given(shopper, 50_000)

    with pytest.raises(ValidationError, match="up to 10,000 points"):
        points_reserve(basket=basket, user=shopper, points=10_001)
    points_reserve(basket=basket, user=shopper, points=10_000)

    applied = basket_applied(basket)
    assert _points_discount(applied) == D("100.00")
    assert applied.total_incl_tax == D("100.00")


def test_use_all_reserves_the_most_the_basket_may_take(shopper, basket):
    points_given(shopper, 4321)

    assert points_reserve_most(basket=basket, user=shopper).points == 4321


def test_use_all_without_points_says_there_are_none_to_use(shopper, basket):
    with pytest.raises(ValidationError) as refused:
        points_reserve_most(basket=basket, user=shopper)

    assert refused.value.messages == ["You have no points you can spend on this order."]


@pytest.mark.parametrize("points", [-1, 2.5, "10", True])
def test_points_must_be_whole_and_not_negative(shopper, basket, points):
    points_given(shopper, 100)

    with pytest.raises(ValidationError, match="whole number"):
        points_reserve(basket=basket, user=shopper, points=points)


def test_zero_and_clear_stop_spending_points(shopper, basket):
    points_given(shopper, 100)
    points_reserve(basket=basket, user=shopper, points=100)

    points_reservation_clear(basket=basket, user=shopper)

    assert not PointsReservation.objects.exists()
    assert _points_discount(basket_applied(basket)) == D("0.00")


def test_nobody_reserves_on_another_shoppers_basket(basket):
    stranger = UserFactory()
    points_given(stranger, 100)

    with pytest.raises(PermissionDenied):
        points_reserve(basket=basket, user=stranger, points=100)
    assert not PointsReservation.objects.exists()


def test_an_ordered_basket_takes_no_points(shopper, basket):
    points_given(shopper, 100)
    Basket.objects.filter(pk=basket.pk).update(status=Basket.SUBMITTED)
    basket.refresh_from_db()

    with pytest.raises(ValidationError, match="already been ordered"):
        points_reserve(basket=basket, user=shopper, points=50)
