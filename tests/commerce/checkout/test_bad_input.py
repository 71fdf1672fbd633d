"""Every checkout step answers bad input with a message saying what to do, never a 500."""

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from tests.factories import UserFactory

from .steps import (
    add_to_basket,
    checkout_to_preview,
    choose_payment,
    choose_shipping,
    enter_address,
    place_order,
    shop_ready,
    start_as_guest,
)

Order = get_model("order", "Order")
Source = get_model("payment", "Source")

pytestmark = pytest.mark.django_db


@pytest.fixture
def guest_at_address_step(client):
    product = shop_ready()
    add_to_basket(client, product)
    start_as_guest(client, "ada@example.com")
    return client


def test_guest_checkout_needs_a_valid_email(client):
    add_to_basket(client, shop_ready())
    response = client.post(reverse("checkout:index"), {"username": "not-an-email"})
    assert response.status_code == 200
    assert "Enter a valid email address." in response.content.decode()


def test_missing_address_fields_are_named_on_the_address_form(guest_at_address_step):
    response = enter_address(guest_at_address_step, first_name="", line1="", postcode="")
    assert response.status_code == 200
    form = response.context["form"]
    assert set(form.errors) >= {"line1", "postcode"}
    assert "This field is required." in response.content.decode()


def test_a_postcode_that_is_not_british_is_refused(guest_at_address_step):
    response = enter_address(guest_at_address_step, postcode="NOT A POSTCODE")
    assert response.status_code == 200
    assert "postcode" in response.context["form"].errors


def test_unknown_shipping_method_code_is_refused_and_the_real_choices_shown(
    guest_at_address_step,
):
    enter_address(guest_at_address_step)
    response = choose_shipping(guest_at_address_step, "teleport")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Your submitted shipping method is not permitted" in html
    assert "Standard delivery" in html and "Express delivery" in html


def test_payment_details_offer_cash_on_delivery_and_bank_transfer(guest_at_address_step):
    enter_address(guest_at_address_step)
    choose_shipping(guest_at_address_step, "standard")
    html = guest_at_address_step.get(reverse("checkout:payment-details")).content.decode()
    assert 'value="cash-on-delivery"' in html and 'value="bank-transfer"' in html


def test_unknown_payment_method_gets_a_form_error_on_the_payment_step(guest_at_address_step):
    enter_address(guest_at_address_step)
    choose_shipping(guest_at_address_step, "standard")
    response = choose_payment(guest_at_address_step, "bitcoin")
    assert response.status_code == 200
    assert response.templates[0].name == "oscar/checkout/payment_details.html"
    assert "is not a payment method we offer" in response.content.decode()


def test_no_payment_method_chosen_asks_the_shopper_to_choose(guest_at_address_step):
    enter_address(guest_at_address_step)
    choose_shipping(guest_at_address_step, "standard")
    response = guest_at_address_step.post(reverse("checkout:preview"), {})
    assert response.status_code == 200
    assert "Choose how you would like to pay" in response.content.decode()


def test_a_tampered_payment_method_on_place_order_places_nothing(client):
    product = shop_ready()
    checkout_to_preview(
        client,
        product=product,
        email="ada@example.com",
        shipping="standard",
        payment="bank-transfer",
    )
    response = place_order(client, "free-money")
    assert response.status_code == 200
    assert "is not a payment method we offer" in response.content.decode()
    assert not Order.objects.exists() and not Source.objects.exists()


def test_opening_the_preview_without_choosing_payment_sends_the_shopper_back(
    guest_at_address_step,
):
    enter_address(guest_at_address_step)
    choose_shipping(guest_at_address_step, "standard")
    response = guest_at_address_step.get(reverse("checkout:preview"), follow=True)
    assert response.redirect_chain[-1][0] == reverse("checkout:payment-details")
    assert "Choose how you would like to pay" in response.content.decode()


@pytest.mark.parametrize("address_id", ["999999", "abc", ""])
def test_shipping_to_an_address_not_in_your_address_book_is_refused(client, address_id):
    add_to_basket(client, shop_ready())
    client.force_login(UserFactory())
    response = client.post(
        reverse("checkout:shipping-address"),
        {"address_id": address_id, "action": "ship_to"},
        follow=True,
    )
    assert response.status_code == 200
    assert "That address is not in your address book" in response.content.decode()


def test_adding_more_than_is_in_stock_is_refused_at_the_basket(client):
    product = shop_ready(in_stock=2)
    response = client.post(
        reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 3}, follow=True
    )
    assert response.status_code == 200
    assert "a maximum of 2 can be bought" in response.content.decode()
