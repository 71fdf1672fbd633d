"""Every dashboard order URL a seller can reach, tried by seller1 on seller2's objects: an order
of seller2 alone and seller2's line and notes in a shared order. Reading is a 404 (or shows
nothing of seller2's); writing is refused and changes nothing."""

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from tests.commerce.order.conftest import order_placed
from tests.factories import StaffFactory

from .conftest import line_states, lines_post, offered_product, seller2_marks

pytestmark = pytest.mark.django_db

OrderNote = get_model("order", "OrderNote")
ShippingAddress = get_model("order", "ShippingAddress")


@pytest.fixture
def seller2_order(shared):
    stool = offered_product(
        seller=shared.seller2, title="Oak stool", sku="SAM-STOOL", price="40.00"
    )
    order = order_placed(items=[(stool, 1)])
    order.refresh_from_db()
    return order


@pytest.fixture
def seller2_note(shared):
    return shared.order.notes.create(user=shared.seller2.user, message="Sam: lamp wrapped twice")


def _urls(order, line, note):
    number = order.number
    return {
        "detail": reverse("dashboard:order-detail", kwargs={"number": number}),
        "note": reverse(
            "dashboard:order-detail-note", kwargs={"number": number, "note_id": note.pk}
        ),
        "line": reverse(
            "dashboard:order-line-detail", kwargs={"number": number, "line_id": line.pk}
        ),
        "address": reverse("dashboard:order-shipping-address", kwargs={"number": number}),
    }


def test_every_order_url_of_an_order_of_seller2_alone_is_closed_to_seller1(
    seller1_client, shared, seller2_order
):
    line = seller2_order.lines.get()
    note = seller2_order.notes.create(user=shared.seller2.user, message="Sam's own order")
    urls = _urls(seller2_order, line, note)
    expected = {"detail": 404, "note": 404, "line": 404, "address": 403}
    for name, url in urls.items():
        assert seller1_client.get(url).status_code == expected[name], name

    before = line_states(seller2_order)
    posts = [
        {"order_action": "save_note", "message": "sneaky"},
        {"order_action": "delete_note", "note_id": note.pk},
        {"order_action": "change_order_status", "new_status": "Cancelled"},
        {"order_action": "cancel_order", "reason": "x"},
        {"line_action": "ship_lines", "selected_line": line.pk, f"selected_line_qty_{line.pk}": 1},
        {
            "line_action": "cancel_lines",
            "selected_line": line.pk,
            f"selected_line_qty_{line.pk}": 1,
            "reason": "x",
        },
    ]
    for data in posts:
        for url in (urls["detail"], urls["note"]):
            assert seller1_client.post(url, data).status_code == 404, (url, data)
    assert seller1_client.post(urls["address"], {"first_name": "Mallory"}).status_code == 403
    assert line_states(seller2_order) == before
    seller2_order.refresh_from_db()
    assert seller2_order.status == "Pending"
    assert list(seller2_order.notes.values_list("message", flat=True)) == ["Sam's own order"]


def test_seller2s_line_in_the_shared_order_cannot_be_opened_by_seller1(seller1_client, shared):
    def line_url(line):
        return reverse(
            "dashboard:order-line-detail",
            kwargs={"number": shared.order.number, "line_id": line.pk},
        )

    assert seller1_client.get(line_url(shared.line2)).status_code == 404
    response = seller1_client.get(line_url(shared.line1))
    assert response.status_code == 302
    assert response.url.endswith(f"#line_{shared.line1.pk}")


def test_seller2s_tracking_on_the_shared_order_stays_hidden_from_seller1(
    seller1_client, staff_client, shared
):
    url = reverse("dashboard:order-detail", kwargs={"number": shared.order.number})
    lines_post(
        staff_client,
        url,
        "ship_lines",
        [shared.line2],
        carrier="Parcelforce",
        tracking_reference="PF-SAM-9",
    )
    page = seller1_client.get(url).content.decode()
    assert "PF-SAM-9" not in page and "Parcelforce" not in page
    for mark in seller2_marks(shared):
        assert mark not in page


def test_nobody_but_staff_edits_the_shipping_address(seller1_client, shared):
    url = reverse("dashboard:order-shipping-address", kwargs={"number": shared.order.number})
    assert seller1_client.get(url).status_code == 403
    response = seller1_client.post(
        url, {"first_name": "Mallory", "last_name": "X", "line1": "Elsewhere", "line4": "Leeds"}
    )
    assert response.status_code == 403
    address = ShippingAddress.objects.get(pk=shared.order.shipping_address_id)
    assert (address.first_name, address.line1) == ("Ada", "1 Mill Lane")


def test_a_sellers_notes_are_seen_by_them_and_staff_only(
    seller1_client, seller2_client, staff_client, shared
):
    url = reverse("dashboard:order-detail", kwargs={"number": shared.order.number})
    shared.order.notes.create(user=StaffFactory(), message="Staff: check the payment")
    shared.order.notes.create(user=shared.seller2.user, message="Sam: lamp wrapped twice")

    response = seller1_client.post(
        url, {"order_action": "save_note", "message": "Sally: gift wrap"}
    )
    assert response.status_code == 302
    seller1_page = seller1_client.get(url).content.decode()
    assert "Sally: gift wrap" in seller1_page
    assert "Staff: check the payment" not in seller1_page
    assert "Sam: lamp wrapped twice" not in seller1_page

    staff_page = staff_client.get(url).content.decode()
    assert "Sally: gift wrap" in staff_page and "Sam: lamp wrapped twice" in staff_page

    seller2_page = seller2_client.get(url).content.decode()
    assert "Sally: gift wrap" not in seller2_page and "Sam: lamp wrapped twice" in seller2_page


def test_seller1_can_neither_edit_nor_delete_seller2s_note(seller1_client, shared, seller2_note):
    edit_url = reverse(
        "dashboard:order-detail-note",
        kwargs={"number": shared.order.number, "note_id": seller2_note.pk},
    )
    detail_url = reverse("dashboard:order-detail", kwargs={"number": shared.order.number})
    assert seller1_client.get(edit_url).status_code == 404
    assert (
        seller1_client.post(
            edit_url, {"order_action": "save_note", "message": "edited"}
        ).status_code
        == 404
    )
    assert (
        seller1_client.post(
            detail_url, {"order_action": "delete_note", "note_id": seller2_note.pk}
        ).status_code
        == 404
    )
    assert (
        seller1_client.post(detail_url, {"order_action": "delete_note", "note_id": "x"}).status_code
        == 404
    )
    seller2_note.refresh_from_db()
    assert seller2_note.message == "Sam: lamp wrapped twice"


def test_seller_edits_and_deletes_their_own_recent_note(seller1_client, shared):
    note = shared.order.notes.create(user=shared.seller1.user, message="first draft")
    edit_url = reverse(
        "dashboard:order-detail-note", kwargs={"number": shared.order.number, "note_id": note.pk}
    )
    seller1_client.post(edit_url, {"order_action": "save_note", "message": "second draft"})
    note.refresh_from_db()
    assert note.message == "second draft"

    detail_url = reverse("dashboard:order-detail", kwargs={"number": shared.order.number})
    seller1_client.post(detail_url, {"order_action": "delete_note", "note_id": note.pk})
    assert not OrderNote.objects.filter(pk=note.pk).exists()


def test_a_partner_user_without_a_seller_profile_is_refused(client, shared):
    from django.contrib.auth.models import Permission

    from tests.factories import UserFactory

    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="dashboard_access"))
    shared.seller1.partner.users.add(user)  # a partner user Oscar alone would let in
    client.force_login(user)
    assert client.get(reverse("dashboard:order-list")).status_code == 403
    url = reverse("dashboard:order-detail", kwargs={"number": shared.order.number})
    assert client.get(url).status_code == 403
