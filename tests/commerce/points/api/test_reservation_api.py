"""GET/PUT/DELETE /api/v1/points/reservation/: an API client chooses the points its shopper
spends on their open basket, the same basket the site's checkout uses when they sign in."""

from decimal import Decimal as D

import pytest
from django.urls import reverse
from oscar.core.loading import get_model
from oscar.test.factories import create_basket

from commerce.points.models import PointsReservation
from tests.api.helpers import api_client_of
from tests.commerce.order.conftest import stocked_product
from tests.commerce.points.helpers import points_given
from tests.factories import UserFactory

Basket = get_model("basket", "Basket")

pytestmark = pytest.mark.django_db

URL = "/api/v1/points/reservation/"


@pytest.fixture
def shopper():
    return UserFactory(email="ada@example.com")


@pytest.fixture
def basket(shopper):
    """The shopper's open basket with £80.00 of goods (at most 4,000 points)."""
    basket = create_basket(empty=True)
    basket.owner = shopper
    basket.save()
    basket.add_product(stocked_product(title="Wool rug", price="80.00"), 1)
    return basket


def test_shopper_reserves_points_and_sees_their_value_and_the_most_usable(shopper, basket):
    points_given(shopper, 5000)
    api = api_client_of(shopper)

    response = api.put(URL, {"points": 1200}, format="json")

    assert response.status_code == 200
    assert response.json() == {
        "points": 1200,
        "value": "12.00",
        "max_usable": 4000,
        "max_usable_value": "40.00",
        "available": 5000,
        "currency": "GBP",
    }
    assert PointsReservation.objects.get(basket=basket).points == 1200
    assert api.get(URL).json()["points"] == 1200


def test_the_site_checkout_sees_what_the_api_reserved(client, shopper, basket):
    points_given(shopper, 5000)
    api_client_of(shopper).put(URL, {"points": 1200}, format="json")

    client.force_login(shopper)
    html = client.get(reverse("basket:summary")).content.decode()

    assert "Bonus points" in html and "-£12.00" in html


def test_too_many_points_are_a_400_naming_the_limit(shopper, basket):
    points_given(shopper, 5000)
    api = api_client_of(shopper)
    api.put(URL, {"points": 100}, format="json")

    response = api.put(URL, {"points": 4001}, format="json")

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid"
    assert response.json()["error"]["fields"] == {
        "points": ["You can spend up to 4,000 points on this order."]
    }
    assert PointsReservation.objects.get().points == 100


@pytest.mark.parametrize("body", [{"points": -1}, {"points": 2.5}, {"points": "lots"}, {}])
def test_points_must_be_a_whole_number(shopper, basket, body):
    response = api_client_of(shopper).put(URL, body, format="json")

    assert response.status_code == 400 and "points" in response.json()["error"]["fields"]


def test_delete_and_zero_stop_spending_points(shopper, basket):
    points_given(shopper, 5000)
    api = api_client_of(shopper)
    api.put(URL, {"points": 1200}, format="json")

    response = api.delete(URL)

    assert response.status_code == 200 and response.json()["points"] == 0
    assert not PointsReservation.objects.exists()
    api.put(URL, {"points": 1200}, format="json")
    assert api.put(URL, {"points": 0}, format="json").json()["value"] == "0.00"
    assert not PointsReservation.objects.exists()


def test_a_shopper_without_a_basket_gets_one_with_nothing_usable():
    shopper = UserFactory()
    points_given(shopper, 300)

    response = api_client_of(shopper).get(URL)

    assert response.status_code == 200
    assert response.json()["points"] == 0 and response.json()["max_usable"] == 0
    assert response.json()["available"] == 300
    assert Basket.open.filter(owner=shopper).count() == 1


def test_an_anonymous_client_is_told_to_sign_in(client):
    response = client.get(URL)

    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


def test_reservation_value_follows_the_basket(shopper, basket):
    """Taking goods out lowers the cap: the discount shrinks with it, the choice is kept."""
    points_given(shopper, 9000)
    basket.add_product(basket.lines.get().product, 1)  # two rugs: £160.00
    api = api_client_of(shopper)
    api.put(URL, {"points": 6000}, format="json")
    basket.lines.update(quantity=1)

    body = api.get(URL).json()

    assert body["points"] == 6000 and body["max_usable"] == 4000
    assert D(body["value"]) == D("40.00")
