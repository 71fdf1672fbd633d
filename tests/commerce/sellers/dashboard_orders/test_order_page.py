"""A seller's order page in Oscar's dashboard: their lines and where to ship them, and the
lifecycle's ship / deliver / cancel for their own lines only."""

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from .conftest import line_states, lines_post, seller2_marks

pytestmark = pytest.mark.django_db

ShippingEvent = get_model("order", "ShippingEvent")


def _url(order):
    return reverse("dashboard:order-detail", kwargs={"number": order.number})


def test_seller_reads_their_line_and_the_address_to_ship_it_to(seller1_client, shared):
    page = seller1_client.get(_url(shared.order)).content.decode()

    assert "Linen tea towel" in page and "SAL-TOWEL" in page and "£24.00" in page
    assert "Ada Lovelace" in page and "1 Mill Lane" in page and "Halifax" in page
    for mark in seller2_marks(shared):
        assert mark not in page
    # Not the whole order's total, payments or status form, not the shopper's email or phone.
    assert "116.65" not in page
    assert "ada.shopper@example.com" not in page
    assert "1234567890" not in page
    assert "order_status_form" not in page and "payment_event_type" not in page
    assert "shipping-address" not in page


def test_seller_ships_their_line_with_carrier_and_tracking(
    seller1_client, shared, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = lines_post(
            seller1_client,
            _url(shared.order),
            "ship_lines",
            [shared.line1],
            carrier="Royal Mail",
            tracking_reference="RM123GB",
        )
    assert response.status_code == 302

    shared.line1.refresh_from_db()
    assert shared.line1.status == "Shipped"
    assert not shared.line2.shipping_event_quantities.exists()
    event = ShippingEvent.objects.get(order=shared.order)
    assert (event.carrier, event.tracking_reference) == ("Royal Mail", "RM123GB")
    assert list(event.line_quantities.values_list("line_id", "quantity")) == [(shared.line1.pk, 2)]
    assert len(mailoutbox) == 1 and "RM123GB" in mailoutbox[0].body
    page = seller1_client.get(_url(shared.order)).content.decode()
    assert "RM123GB" in page


def test_seller_marks_their_shipped_line_delivered(seller1_client, shared):
    url = _url(shared.order)
    lines_post(
        seller1_client, url, "ship_lines", [shared.line1], carrier="DPD", tracking_reference="D1"
    )
    lines_post(seller1_client, url, "deliver_lines", [shared.line1])
    shared.line1.refresh_from_db()
    assert shared.line1.status == "Delivered"


def test_seller_cancels_their_unshipped_line_with_a_reason(seller1_client, shared):
    url = _url(shared.order)
    lines_post(seller1_client, url, "cancel_lines", [shared.line1])
    shared.line1.refresh_from_db()
    assert shared.line1.status == "Pending"  # no reason given: refused

    lines_post(seller1_client, url, "cancel_lines", [shared.line1], reason="Out of linen")
    shared.line1.refresh_from_db()
    shared.line2.refresh_from_db()
    assert shared.line1.status == "Cancelled" and shared.line2.status == "Pending"
    page = seller1_client.get(url).content.decode()
    assert "Cancelled: Out of linen" in page  # the lifecycle's note, written by the seller


@pytest.mark.parametrize("action", ["ship_lines", "deliver_lines", "cancel_lines"])
def test_an_action_naming_another_sellers_line_changes_nothing(seller1_client, shared, action):
    before = line_states(shared.order)
    data = {"carrier": "DPD", "tracking_reference": "X1", "reason": "Because"}
    for lines in ([shared.line2], [shared.line1, shared.line2]):
        response = lines_post(seller1_client, _url(shared.order), action, lines, **data)
        assert response.status_code == 404
    assert line_states(shared.order) == before
    assert not ShippingEvent.objects.filter(order=shared.order).exists()


@pytest.mark.parametrize(
    "action",
    ["refund_lines", "change_line_statuses", "create_shipping_event", "create_payment_event"],
)
def test_line_actions_sellers_may_not_use_are_refused(seller1_client, shared, action):
    before = line_states(shared.order)
    response = lines_post(
        seller1_client,
        _url(shared.order),
        action,
        [shared.line1],
        new_status="Being processed",
        shipping_event_type="shipped",
        payment_event_type="refund",
        reason="x",
    )
    assert response.status_code == 403
    assert line_states(shared.order) == before
    assert not shared.order.payment_events.exists()


@pytest.mark.parametrize(
    "action", ["change_order_status", "cancel_order", "refund_order", "create_order_payment_event"]
)
def test_whole_order_actions_are_refused_to_a_seller(seller1_client, shared, action):
    before = line_states(shared.order)
    response = seller1_client.post(
        _url(shared.order),
        {"order_action": action, "new_status": "Cancelled", "reason": "x", "amount": "1.00"},
    )
    assert response.status_code == 403
    shared.order.refresh_from_db()
    assert shared.order.status == "Pending"
    assert line_states(shared.order) == before
    assert not shared.order.payment_events.exists()


def test_staff_keep_oscars_whole_order_page(staff_client, shared):
    page = staff_client.get(_url(shared.order)).content.decode()
    assert "Brass lamp zz" in page and "Linen tea towel" in page
    assert "£116.65" in page and "ada.shopper@example.com" in page
    assert "order_status_form" in page
