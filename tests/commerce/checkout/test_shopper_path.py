"""The whole shopper's path, page by page: product -> basket -> checkout -> order placed."""

from decimal import Decimal as D

import pytest
from django.core import mail
from django.urls import reverse
from oscar.core.loading import get_model

from tests.factories import StaffFactory, UserFactory

from .steps import (
    add_to_basket,
    checkout_to_preview,
    choose_payment,
    choose_shipping,
    place_order,
    shop_ready,
)

Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")

pytestmark = pytest.mark.django_db


def test_guest_pays_by_bank_transfer_with_express_delivery(client, settings):
    product = shop_ready(price="12.00", in_stock=4)
    assert client.get("/").status_code == 200
    # The category listing itself belongs to the catalogue work; here it only has to open.
    category_page = client.get(product.categories.first().get_absolute_url())
    assert category_page.status_code == 200 and "Kitchen" in category_page.content.decode()

    preview = checkout_to_preview(
        client,
        product=product,
        email="ada@example.com",
        shipping="express",
        payment="bank-transfer",
    )
    html = preview.content.decode()
    assert "Express delivery" in html
    assert "Bank transfer" in html
    assert 'type="hidden" name="payment_method" value="bank-transfer"' in html
    assert "£21.95" in html  # £12.00 + £9.95 express

    response = place_order(client, "bank-transfer")
    assert response.status_code == 302 and response.url == reverse("checkout:thank-you")

    order = Order.objects.get()
    assert order.guest_email == "ada@example.com" and order.user is None
    assert order.shipping_code == "express" and order.shipping_incl_tax == D("9.95")
    assert order.total_incl_tax == D("21.95")
    source = order.sources.get()
    assert source.source_type.code == "bank-transfer"
    assert source.amount_allocated == D("21.95") and source.reference == order.number
    event = order.payment_events.get()
    assert event.event_type.name == "Awaiting bank transfer" and event.amount == D("21.95")
    assert event.reference == order.number
    assert list(event.line_quantities.values_list("quantity", flat=True)) == [1]
    stock = StockRecord.objects.get(product=product)
    assert (stock.num_in_stock, stock.num_allocated) == (4, 1)

    thanks = client.get(reverse("checkout:thank-you")).content.decode()
    assert order.number in thanks
    bank = settings.CHECKOUT_BANK_TRANSFER_DETAILS
    assert bank["account_number"] in thanks and bank["sort_code"] in thanks

    (email,) = mail.outbox
    assert email.to == ["ada@example.com"]
    assert order.number in email.subject
    assert bank["account_number"] in email.body and f"Reference: {order.number}" in email.body
    status_path = reverse(
        "customer:anon-order",
        kwargs={"order_number": order.number, "hash": order.verification_hash()},
    )
    assert status_path in email.body
    # the guest follows the link and confirms their email to see the order's status
    form_url = client.get(status_path).url
    status = client.post(form_url, {"email": "ada@example.com"}, follow=True)
    assert order.number in status.content.decode() and "Pending" in status.content.decode()

    # the shopper's basket is spent: a fresh one is empty
    assert "Linen tea towel" not in client.get(reverse("basket:summary")).content.decode()


def test_signed_in_shopper_pays_cash_on_delivery_and_sees_the_order_in_history(client):
    product = shop_ready(price="60.00", in_stock=3)
    shopper = UserFactory(email="grace@example.com")
    client.force_login(shopper)

    preview = checkout_to_preview(
        client, product=product, email=None, shipping="standard", payment="cash-on-delivery"
    )
    assert "Cash on delivery" in preview.content.decode()
    response = place_order(client, "cash-on-delivery", follow=True)
    assert response.redirect_chain[-1][0] == reverse("checkout:thank-you")

    order = Order.objects.get()
    assert order.user == shopper
    # Standard delivery is free on orders of £50 or more
    assert order.shipping_code == "standard" and order.shipping_incl_tax == D("0.00")
    assert order.total_incl_tax == D("60.00")
    source = order.sources.get()
    assert source.source_type.name == "Cash on delivery" and source.amount_allocated == D("60.00")
    assert order.payment_events.get().event_type.name == "Cash due on delivery"
    assert StockRecord.objects.get(product=product).num_allocated == 1

    thanks = response.content.decode()
    assert order.number in thanks and "Cash on delivery" in thanks
    assert "Sort code" not in thanks  # bank details only for bank transfers

    (email,) = mail.outbox
    assert email.to == ["grace@example.com"] and "Sort code" not in email.body

    history = client.get(reverse("customer:order-list"))
    assert order.number in history.content.decode()
    # the address is kept in the shopper's address book for next time
    assert shopper.addresses.get().line1 == "1 Loom Street"


def test_staff_see_the_order_and_how_it_will_be_paid_in_the_dashboard(client):
    product = shop_ready(price="8.50")
    checkout_to_preview(
        client,
        product=product,
        email="ada@example.com",
        shipping="standard",
        payment="bank-transfer",
    )
    place_order(client, "bank-transfer")
    order = Order.objects.get()
    assert order.shipping_incl_tax == D("3.95")  # under £50, standard delivery is charged

    client.logout()
    # Oscar 4's order dashboard asks for the model permission, not just is_staff
    client.force_login(StaffFactory(permissions=["order.view_order"]))
    listing = client.get(reverse("dashboard:order-list"))
    assert listing.status_code == 200 and order.number in listing.content.decode()
    detail = client.get(reverse("dashboard:order-detail", kwargs={"number": order.number}))
    html = detail.content.decode()
    assert "Bank transfer" in html and "Awaiting bank transfer" in html
    assert "Standard delivery" in html


def test_returning_shopper_ships_to_an_address_from_their_address_book(client):
    product = shop_ready(price="5.00")
    shopper = UserFactory(email="grace@example.com")
    client.force_login(shopper)
    checkout_to_preview(
        client, product=product, email=None, shipping="standard", payment="cash-on-delivery"
    )
    place_order(client, "cash-on-delivery")
    saved = shopper.addresses.get()

    add_to_basket(client, product)
    page = client.get(reverse("checkout:shipping-address")).content.decode()
    assert "1 Loom Street" in page
    response = client.post(
        reverse("checkout:shipping-address"), {"address_id": saved.pk, "action": "ship_to"}
    )
    assert response.url == reverse("checkout:shipping-method")
    choose_shipping(client, "express")
    choose_payment(client, "cash-on-delivery")
    place_order(client, "cash-on-delivery")

    latest = Order.objects.filter(user=shopper).latest("date_placed")
    assert latest.shipping_address.line1 == "1 Loom Street" and latest.shipping_code == "express"
    assert Order.objects.filter(user=shopper).count() == 2
