"""The shopper's "Use bonus points" form on the basket and the checkout preview: what it shows,
what its buttons do, and an order placed with points chosen costs exactly their value less."""

from decimal import Decimal as D

import pytest
from django.core import mail
from django.urls import reverse
from oscar.core.loading import get_model

from commerce.points.models import PointsReservation
from tests.commerce.checkout.steps import (
    add_to_basket,
    checkout_to_preview,
    place_order,
    shop_ready,
)
from tests.commerce.points.helpers import points_given
from tests.factories import UserFactory

Order = get_model("order", "Order")

pytestmark = pytest.mark.django_db

RESERVE = reverse("points:reserve")
BASKET = reverse("basket:summary")


@pytest.fixture
def product():
    return shop_ready(title="Oak stool", price="60.00")


@pytest.fixture
def shopper(client):
    shopper = UserFactory(email="grace@example.com")
    client.force_login(shopper)
    return shopper


def _use(client, *, follow=True, **data):
    return client.post(RESERVE, {"next": BASKET, **data}, follow=follow)


def _messages(response) -> list[str]:
    """The messages the page shows (adding to the basket leaves its own before them)."""
    return [str(message).strip() for message in response.context["messages"]]


def test_the_basket_shows_the_points_the_shopper_has_and_may_use(client, shopper, product):
    points_given(shopper, 4000)
    add_to_basket(client, product)

    html = client.get(BASKET).content.decode()

    assert "Use bonus points" in html
    assert "4,000 points</strong>, worth £40.00" in html
    assert "up to <strong data-points-usable>3,000 points</strong> (£30.00)" in html
    assert '<label for="id_points_to_use">Points to use</label>' in html
    assert "Use all" in html


def test_using_points_shows_the_bonus_points_discount_in_the_basket_totals(
    client, shopper, product
):
    points_given(shopper, 4000)
    add_to_basket(client, product)

    response = _use(client, points="1500", action="use")

    assert response.redirect_chain == [(BASKET, 302)]
    assert "You are using 1,500 points (£15.00 off) on this order." in _messages(response)
    html = response.content.decode()
    assert "Bonus points" in html and "-£15.00" in html
    assert "Using 1,500 points: £15.00 off." in html
    assert "This order earns you 45 bonus points." in html  # £45.00 left to pay


def test_use_all_and_remove(client, shopper, product):
    points_given(shopper, 4000)
    add_to_basket(client, product)

    _use(client, action="all")
    assert PointsReservation.objects.get().points == 3000

    response = _use(client, action="remove")
    assert "You are no longer using points on this order." in _messages(response)
    assert not PointsReservation.objects.exists()


def test_too_many_points_are_refused_and_the_choice_is_kept(client, shopper, product):
    points_given(shopper, 1250)
    add_to_basket(client, product)
    _use(client, points="1000", action="use")

    response = _use(client, points="2000", action="use")

    assert "You can spend up to 1,250 points on this order." in _messages(response)
    assert PointsReservation.objects.get().points == 1000


@pytest.mark.parametrize(
    ("points", "message"),
    [
        ("", "Enter how many points to use, or press “Use all”."),
        ("1.5", "Enter a whole number of points."),
        ("-3", "Enter a whole number of points: 0 or more."),
    ],
)
def test_a_number_that_is_not_whole_points_is_explained(client, shopper, product, points, message):
    points_given(shopper, 100)
    add_to_basket(client, product)

    assert message in _messages(_use(client, points=points, action="use"))
    assert not PointsReservation.objects.exists()


def test_the_form_only_goes_back_to_this_site(client, shopper, product):
    points_given(shopper, 100)
    add_to_basket(client, product)

    away = client.post(RESERVE, {"next": "https://evil.example.com/", "action": "remove"})
    home = client.post(RESERVE, {"next": "/shop/catalogue/", "action": "remove"})

    assert away.url == BASKET
    assert home.url == "/shop/catalogue/"


def test_anonymous_shoppers_are_asked_to_sign_in(client, product):
    add_to_basket(client, product)

    html = client.get(BASKET).content.decode()
    assert "Sign in to use your points" in html and "id_points_to_use" not in html

    response = client.post(RESERVE, {"points": "10", "action": "use"})
    assert response.status_code == 302 and reverse("customer:login") in response.url


def test_checkout_with_points_places_an_order_costing_exactly_their_value_less(
    client, shopper, product
):
    points_given(shopper, 5000)
    add_to_basket(client, product)
    _use(client, points="1500", action="use")

    preview = checkout_to_preview(  # adds a second stool: £120.00 of goods
        client, product=product, email=None, shipping="standard", payment="cash-on-delivery"
    )
    html = preview.content.decode()
    assert "Bonus points" in html and "-£15.00" in html
    assert "Use bonus points" in html  # the shopper may still change their mind here
    response = place_order(client, "cash-on-delivery", follow=True)

    order = Order.objects.get()
    assert order.basket_total_before_discounts_incl_tax == D("120.00")
    assert order.total_incl_tax == D("105.00")  # free standard delivery over £50
    (discount,) = order.discounts.all()
    assert discount.offer_name == "Bonus points" and discount.amount == D("15.00")
    thanks = response.content.decode()
    assert "Bonus points" in thanks and "£15.00" in thanks
    (email,) = mail.outbox
    assert "Bonus points: -£15.00" in email.body
    assert "Bonus points:</td>" in email.alternatives[0][0]
    account_page = client.get(reverse("customer:order", kwargs={"order_number": order.number}))
    assert "Bonus points" in account_page.content.decode()


def test_changing_points_on_the_preview_goes_back_to_payment(client, shopper, product):
    points_given(shopper, 5000)
    preview = checkout_to_preview(
        client, product=product, email=None, shipping="standard", payment="cash-on-delivery"
    )
    assert f'name="next" value="{reverse("checkout:payment-details")}"' in preview.content.decode()
