"""Checkout and account pages in plain words: how an order is paid, on the thank-you page and
again on the order page; a single shipping country that is not a choice."""

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from tests.factories import UserFactory

from .steps import checkout_to_preview, place_order, shop_ready

Order = get_model("order", "Order")

pytestmark = pytest.mark.django_db


def _order_page(client, order) -> str:
    response = client.get(reverse("customer:order", kwargs={"order_number": order.number}))
    assert response.status_code == 200
    return response.content.decode()


def test_cash_on_delivery_reads_as_money_due_on_arrival_on_thank_you_and_order_page(client):
    product = shop_ready(price="60.00")
    client.force_login(UserFactory(email="grace@example.com"))
    checkout_to_preview(
        client, product=product, email=None, shipping="standard", payment="cash-on-delivery"
    )

    thanks = place_order(client, "cash-on-delivery", follow=True).content.decode()
    order = Order.objects.get()

    sentence = "Cash on delivery: £60.00 due when your parcel arrives."
    assert sentence in thanks
    assert "Allocation of" not in thanks and "from type" not in thanks
    page = _order_page(client, order)
    assert sentence in page and "Allocation of" not in page


def test_bank_transfer_details_show_on_the_order_page_as_on_the_thank_you_page(client, settings):
    product = shop_ready(price="12.00")
    client.force_login(UserFactory(email="ada@example.com"))
    checkout_to_preview(
        client, product=product, email=None, shipping="standard", payment="bank-transfer"
    )

    thanks = place_order(client, "bank-transfer", follow=True).content.decode()
    order = Order.objects.get()

    page = _order_page(client, order)
    bank = settings.CHECKOUT_BANK_TRANSFER_DETAILS
    for html in (thanks, page):
        assert "Bank transfer: £15.95 to pay to the account below" in html
        assert bank["account_number"] in html and bank["sort_code"] in html
        assert order.number in html


def test_a_single_shipping_country_is_text_and_a_hidden_field_at_checkout(client):
    product = shop_ready()
    client.force_login(UserFactory())
    client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 1})

    html = client.get(reverse("checkout:shipping-address")).content.decode()

    assert '<input type="hidden" name="country" value="GB"' in html
    assert "United Kingdom" in html
    assert '<select name="country"' not in html


def test_the_address_book_offers_no_choice_of_a_single_shipping_country(client):
    shop_ready()
    shopper = UserFactory()
    client.force_login(shopper)

    html = client.get(reverse("customer:address-create")).content.decode()
    assert '<input type="hidden" name="country" value="GB"' in html
    assert "United Kingdom" in html and '<select name="country"' not in html

    response = client.post(
        reverse("customer:address-create"),
        {
            "first_name": "Ada",
            "last_name": "Lovelace",
            "line1": "1 Loom Street",
            "line4": "London",
            "postcode": "N1 9GU",
            "country": "GB",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert shopper.addresses.get().country.printable_name == "United Kingdom"
