"""A seller's order list in Oscar's dashboard shows the orders holding their lines, with the
figures of their own lines only; search and CSV never reach another seller's business."""

import csv
import io

import pytest
from django.urls import reverse

from tests.commerce.order.conftest import order_placed

from .conftest import offered_product, seller2_marks

pytestmark = pytest.mark.django_db

LIST = "dashboard:order-list"


def _seller2_order(shared):
    stool = offered_product(
        seller=shared.seller2, title="Oak stool", sku="SAM-STOOL", price="40.00"
    )
    order = order_placed(items=[(stool, 1)])
    order.refresh_from_db()
    return order


def _csv(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_seller_sees_the_shared_order_with_their_lines_total_only(seller1_client, shared):
    page = seller1_client.get(reverse(LIST)).content.decode()

    assert shared.order.number in page
    assert "£24.00" in page  # 2 × £12 tea towels; the order's total is £116.65
    assert "116.65" not in page
    for mark in seller2_marks(shared):
        assert mark not in page
    assert "ada.shopper@example.com" not in page
    assert "change_order_statuses" not in page


def test_seller_does_not_see_an_order_of_another_seller_only(seller1_client, shared):
    other = _seller2_order(shared)
    page = seller1_client.get(reverse(LIST)).content.decode()
    assert other.number not in page
    assert "Oak stool" not in page

    # An exact order number opens only the seller's own orders.
    response = seller1_client.get(reverse(LIST), {"order_number": other.number})
    assert response.status_code == 200 and "No orders found." in response.content.decode()
    response = seller1_client.get(reverse(LIST), {"order_number": shared.order.number})
    assert response.url == reverse("dashboard:order-detail", kwargs={"number": shared.order.number})


@pytest.mark.parametrize(
    "search",
    [
        {"product_title": "Brass lamp"},
        {"partner_sku": "SAM-LAMP-77"},
        {"line_status": "Shipped"},
    ],
)
def test_a_search_on_another_sellers_goods_finds_nothing(seller1_client, shared, search):
    page = seller1_client.get(reverse(LIST), search).content.decode()
    assert shared.order.number not in page
    assert "No orders found." in page


def test_a_search_on_the_sellers_own_goods_and_ship_to_name_finds_the_order(seller1_client, shared):
    for search in ({"product_title": "Linen"}, {"partner_sku": "SAL-TOWEL"}, {"name": "Lovelace"}):
        page = seller1_client.get(reverse(LIST), search).content.decode()
        assert shared.order.number in page, search


def test_the_csv_holds_the_sellers_lines_only_without_shopper_emails(seller1_client, shared):
    response = seller1_client.get(reverse(LIST), {"response_format": "csv"})

    rows = _csv(response)
    assert rows[0] == [
        "Order number",
        "Date of purchase",
        "Product",
        "SKU",
        "Quantity",
        "Line price incl. tax",
        "Line status",
        "Ship to name",
        "Ship to city",
    ]
    assert [row[:1] + row[2:] for row in rows[1:]] == [
        [
            shared.order.number,
            "Linen tea towel",
            "SAL-TOWEL",
            "2",
            "24.00",
            "Pending",
            "Ada Lovelace",
            "Halifax",
        ]
    ]
    body = response.content.decode()
    assert "ada.shopper@example.com" not in body
    for mark in seller2_marks(shared):
        assert mark not in body


def test_the_bulk_download_ignores_orders_that_are_not_the_sellers(seller1_client, shared):
    other = _seller2_order(shared)
    response = seller1_client.post(
        reverse(LIST),
        {"action": "download_selected_orders", "selected_order": [shared.order.pk, other.pk]},
    )
    rows = _csv(response)
    assert [row[0] for row in rows[1:]] == [shared.order.number]
    assert "Oak stool" not in response.content.decode()


def test_the_bulk_status_change_is_refused_to_a_seller(seller1_client, shared):
    response = seller1_client.post(
        reverse(LIST),
        {
            "action": "change_order_statuses",
            "selected_order": [shared.order.pk],
            "new_status": "Cancelled",
        },
    )
    assert response.status_code == 302  # Oscar's "Invalid action" message
    shared.order.refresh_from_db()
    assert shared.order.status == "Pending"
    assert set(shared.order.lines.values_list("status", flat=True)) == {"Pending"}


def test_staff_keep_oscars_whole_order_list(staff_client, shared):
    page = staff_client.get(reverse(LIST)).content.decode()
    assert "£116.65" in page and "ada.shopper@example.com" in page
    assert "change_order_statuses" in page
