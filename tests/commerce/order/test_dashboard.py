"""Staff drive the lifecycle from Oscar's dashboard order page."""

from decimal import Decimal as D

import pytest
from django.urls import reverse

from .conftest import order_placed, stock_of, stocked_product

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, django_user_model):
    admin = django_user_model.objects.create_superuser(
        email="admin@example.com", password="pass-1234"
    )
    client.force_login(admin)
    return client


def _url(order):
    return reverse("dashboard:order-detail", kwargs={"number": order.number})


def _lines_post(client, order, action, quantities, **data):
    payload = {"line_action": action, "selected_line": [line.pk for line in quantities], **data}
    payload.update({f"selected_line_qty_{line.pk}": q for line, q in quantities.items()})
    return client.post(_url(order), payload, follow=True)


def test_the_order_page_offers_the_line_statuses_without_a_script_error(staff_client):
    order = order_placed(items=[(stocked_product(title="Jar", price="3.00"), 1)])
    page = staff_client.get(_url(order)).content.decode()
    assert "<option>Being processed</option>" in page
    assert "initTable" not in page
    assert "oscar.dashboard.orders.initTabs()" in page
    assert "Larder &amp; Loom" in page
    assert "oscar/favicon.ico" not in page


def test_staff_ship_one_line_cancel_another_and_refund_part_of_the_first(
    staff_client, mailoutbox, django_capture_on_commit_callbacks
):
    towel = stocked_product(title="Tea towel", price="12.00", in_stock=10)
    apron = stocked_product(title="Apron", price="30.00", in_stock=5)
    order = order_placed(items=[(towel, 2), (apron, 1)], email="ada@example.com")
    towel_line, apron_line = order.lines.order_by("pk")
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = _lines_post(
            staff_client,
            order,
            "ship_lines",
            {towel_line: 2},
            carrier="Royal Mail",
            tracking_reference="RM9GB",
        )
    assert "Shipment recorded" in response.content.decode()
    assert stock_of(towel) == (8, 0)
    assert len(mailoutbox) == 1 and "RM9GB" in mailoutbox[0].body

    with django_capture_on_commit_callbacks(execute=True):
        _lines_post(staff_client, order, "cancel_lines", {apron_line: 1}, reason="Discontinued")
    assert stock_of(apron) == (5, 0)
    order.refresh_from_db()
    assert order.status == "Shipped"

    with django_capture_on_commit_callbacks(execute=True):
        _lines_post(
            staff_client, order, "refund_lines", {towel_line: 1}, reason="Torn", restock="1"
        )
    refund = order.payment_events.get(event_type__name="Refund")
    assert refund.amount == D("12.00") and refund.reference == "Torn"
    assert stock_of(towel) == (9, 0)
    assert len(mailoutbox) == 3


def test_cancelling_a_shipped_order_in_the_dashboard_says_why_not(staff_client):
    order = order_placed(items=[(stocked_product(title="Jar", price="3.00"), 1)])
    line = order.lines.get()
    _lines_post(staff_client, order, "ship_lines", {line: 1}, carrier="DPD")
    response = staff_client.post(
        _url(order), {"order_action": "cancel_order", "reason": "x"}, follow=True
    )
    assert "can no longer be cancelled" in response.content.decode()
    order.refresh_from_db()
    assert order.status == "Shipped"


def test_statuses_that_move_stock_are_not_set_directly(staff_client):
    order = order_placed(items=[(stocked_product(title="Jar", price="3.00"), 1)])
    line = order.lines.get()
    response = _lines_post(
        staff_client, order, "change_line_statuses", {line: 1}, new_status="Shipped"
    )
    assert "Use “Ship”" in response.content.decode()
    _lines_post(
        staff_client, order, "change_line_statuses", {line: 1}, new_status="Being processed"
    )
    line.refresh_from_db()
    assert line.status == "Being processed"


def test_the_order_status_form_cancels_through_the_lifecycle(staff_client, changes):
    towel = stocked_product(title="Tea towel", price="12.00", in_stock=4)
    order = order_placed(items=[(towel, 2)])
    staff_client.post(
        _url(order), {"order_action": "change_order_status", "new_status": "Cancelled"}
    )
    order.refresh_from_db()
    assert order.status == "Cancelled"
    assert stock_of(towel) == (4, 0)
    assert changes.kinds()[-1] == "cancelled"


def test_a_refused_status_change_is_a_message_on_the_detail_and_list_pages(staff_client):
    order = order_placed(items=[(stocked_product(title="Jar", price="3.00"), 1)])
    # "Complete" is delivery of what was shipped, and nothing was.
    response = staff_client.post(
        _url(order), {"order_action": "change_order_status", "new_status": "Complete"}, follow=True
    )
    assert "Nothing of this order is on its way." in response.content.decode()

    response = staff_client.post(
        reverse("dashboard:order-list"),
        {"action": "change_order_statuses", "selected_order": [order.pk], "new_status": "Complete"},
        follow=True,
    )
    assert response.status_code == 200
    assert "Nothing of this order is on its way." in response.content.decode()
    order.refresh_from_db()
    assert order.status == "Pending"
