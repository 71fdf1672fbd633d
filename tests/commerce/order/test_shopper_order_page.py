"""The shopper's order page: line statuses, tracking, refunds, bank details, and a cancel
button only while nothing of the order has shipped."""

from decimal import Decimal as D

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from commerce.checkout.payment_methods import PaymentMethod
from commerce.order import services

from .conftest import order_placed, stock_of, stocked_product

Source = get_model("payment", "Source")
SourceType = get_model("payment", "SourceType")

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(client, shopper):
    client.force_login(shopper)
    return client


def _page(client, order):
    response = client.get(reverse("customer:order", kwargs={"order_number": order.number}))
    assert response.status_code == 200
    return response.content.decode()


def test_a_shopper_cancels_their_pending_order_and_the_stock_comes_back(signed_in, shopper):
    towel = stocked_product(title="Tea towel", price="12.00", in_stock=10)
    order = order_placed(items=[(towel, 2)], user=shopper)
    assert stock_of(towel) == (10, 2)
    assert "Cancel this order" in _page(signed_in, order)

    response = signed_in.post(
        reverse("customer:order", kwargs={"order_number": order.number}), {"action": "cancel"}
    )
    assert response.status_code == 302

    order.refresh_from_db()
    assert order.status == "Cancelled"
    assert stock_of(towel) == (10, 0)
    page = _page(signed_in, order)
    assert f"Your order {order.number} is cancelled." in page
    assert "Cancel this order" not in page


def test_a_shipped_order_shows_its_tracking_and_cannot_be_cancelled(signed_in, shopper):
    towel = stocked_product(title="Tea towel", price="12.00")
    order = order_placed(items=[(towel, 1)], user=shopper)
    services.order_lines_ship(order=order, carrier="Royal Mail", reference="RM123GB")

    page = _page(signed_in, order)
    assert "Cancel this order" not in page
    assert "Royal Mail" in page and "RM123GB" in page

    response = signed_in.post(
        reverse("customer:order", kwargs={"order_number": order.number}),
        {"action": "cancel"},
        follow=True,
    )
    assert "can no longer be cancelled because part of it has already been shipped" in (
        response.content.decode()
    )
    order.refresh_from_db()
    assert order.status == "Shipped"


def test_refunds_and_line_statuses_are_shown(signed_in, shopper):
    towel = stocked_product(title="Tea towel", price="12.00")
    apron = stocked_product(title="Apron", price="30.00")
    order = order_placed(items=[(towel, 2), (apron, 1)], user=shopper)
    towel_line, apron_line = order.lines.order_by("pk")
    services.order_lines_ship(order=order, lines=[towel_line], carrier="DPD", reference="T1")
    services.order_lines_cancel(order=order, lines=[apron_line])
    services.order_refund(order=order, line_quantities={towel_line: 1}, reason="Torn hem")

    page = _page(signed_in, order)
    assert "Shipped" in page and "Cancelled" in page
    assert "1 refunded (£12.00)" in page
    assert "Torn hem" in page


def test_bank_transfer_instructions_are_shown_again(signed_in, shopper):
    order = order_placed(items=[(stocked_product(title="Jar", price="3.00"), 1)], user=shopper)
    source_type = SourceType.objects.create(code=PaymentMethod.BANK_TRANSFER.value, name="Bank")
    Source.objects.create(
        order=order, source_type=source_type, amount_allocated=D("8.00"), reference=order.number
    )
    page = _page(signed_in, order)
    assert "Pay by bank transfer" in page and "Sort code" in page


def test_another_shoppers_order_cannot_be_cancelled(client, django_user_model):
    towel = stocked_product(title="Tea towel", price="12.00")
    owner = django_user_model.objects.create_user(email="owner@example.com", password="x-123456")
    order = order_placed(items=[(towel, 1)], user=owner)
    other = django_user_model.objects.create_user(email="other@example.com", password="x-123456")
    client.force_login(other)
    response = client.post(
        reverse("customer:order", kwargs={"order_number": order.number}), {"action": "cancel"}
    )
    assert response.status_code == 404
    order.refresh_from_db()
    assert order.status == "Pending"
