"""/api/v1/seller/orders/: a seller reads and ships their own lines of an order, nothing else."""

import pytest
from oscar.core.loading import get_model
from rest_framework.test import APIClient

from tests.api.helpers import api_client_of
from tests.commerce.sellers.marketplace_orders import order_placed
from tests.factories import SellerFactory, UserFactory

ShippingEvent = get_model("order", "ShippingEvent")

pytestmark = pytest.mark.django_db

ORDERS = "/api/v1/seller/orders/"


def _ship(client, order, lines, **extra):
    body = {"lines": lines, "carrier": "DPD", "reference": "TRACK-1", **extra}
    return client.post(f"{ORDERS}{order.number}/ship/", body, format="json")


def test_a_seller_reads_only_their_own_lines_of_a_shared_order(shared_order, seller1):
    response = api_client_of(seller1.user).get(ORDERS)

    assert response.status_code == 200
    assert response.json()["count"] == 1
    order = response.json()["results"][0]
    assert order["number"] == str(shared_order.number)
    assert [(line["title"], line["quantity"]) for line in order["lines"]] == [("Mug", 2)]
    line = order["lines"][0]
    assert line["line_price_incl_tax"] == "20.00"
    assert line["sku"].startswith(seller1.slug)
    assert line["status"] == "Pending"
    assert order["shipping_address"]["name"] == "Ada Lovelace"
    assert order["shipping_address"]["phone_number"] == "+12125555555"
    assert not {"total_incl_tax", "total_excl_tax", "shipping_incl_tax", "payment_events"} & set(
        order
    )


def test_an_order_without_the_sellers_lines_is_a_404(seller1, teapot):
    theirs = order_placed(items=[(teapot, 1)])
    client = api_client_of(seller1.user)

    assert client.get(f"{ORDERS}{theirs.number}/").status_code == 404
    assert client.get(ORDERS).json()["count"] == 0
    assert _ship(client, theirs, [{"id": theirs.lines.get().pk, "quantity": 1}]).status_code == 404
    assert not ShippingEvent.objects.filter(order=theirs).exists()


def test_the_order_page_shows_the_other_seller_their_line_only(shared_order, seller2):
    response = api_client_of(seller2.user).get(f"{ORDERS}{shared_order.number}/")

    assert response.status_code == 200
    assert [line["title"] for line in response.json()["lines"]] == ["Teapot"]


def test_orders_filter_by_the_status_of_the_sellers_lines(shared_order, seller1, mug):
    other = order_placed(items=[(mug, 1)])
    client = api_client_of(seller1.user)
    _ship(client, other, [{"id": other.lines.get().pk, "quantity": 1}])

    shipped = client.get(ORDERS, {"status": "Shipped"}).json()
    pending = client.get(ORDERS, {"status": "Pending"}).json()

    assert [o["number"] for o in shipped["results"]] == [str(other.number)]
    assert [o["number"] for o in pending["results"]] == [str(shared_order.number)]
    error = client.get(ORDERS, {"status": "Lost"}).json()["error"]
    assert error["code"] == "invalid" and "status" in error["fields"]


def test_a_seller_ships_their_line_and_the_lifecycle_moves(shared_order, seller1, seller2):
    mug_line = shared_order.lines.get(partner=seller1.partner)

    response = _ship(
        api_client_of(seller1.user), shared_order, [{"id": mug_line.pk, "quantity": 2}]
    )

    assert response.status_code == 200
    assert response.json()["lines"][0]["status"] == "Shipped"
    assert response.json()["lines"][0]["shipped_quantity"] == 2
    mug_line.refresh_from_db()
    shared_order.refresh_from_db()
    assert mug_line.status == "Shipped"
    assert shared_order.status == "Being processed"
    # seller2's teapot is theirs to move: it stays as it was (no order status cascades).
    teapot = api_client_of(seller2.user).get(f"{ORDERS}{shared_order.number}/").json()["lines"][0]
    assert (teapot["status"], teapot["shipped_quantity"]) == ("Pending", 0)
    event = ShippingEvent.objects.get(order=shared_order)
    assert list(event.lines.all()) == [mug_line]


def test_naming_another_sellers_line_is_refused_and_nothing_ships(shared_order, seller1, seller2):
    mug_line = shared_order.lines.get(partner=seller1.partner)
    teapot_line = shared_order.lines.get(partner=seller2.partner)

    response = _ship(
        api_client_of(seller1.user),
        shared_order,
        [{"id": mug_line.pk, "quantity": 2}, {"id": teapot_line.pk, "quantity": 1}],
    )

    assert response.status_code == 400
    assert "lines" in response.json()["error"]["fields"]
    assert not ShippingEvent.objects.filter(order=shared_order).exists()
    assert set(shared_order.lines.values_list("status", flat=True)) == {"Pending"}


def test_shipping_more_than_is_left_is_the_lifecycles_409(shared_order, seller1):
    mug_line = shared_order.lines.get(partner=seller1.partner)
    client = api_client_of(seller1.user)
    assert _ship(client, shared_order, [{"id": mug_line.pk, "quantity": 1}]).status_code == 200

    response = _ship(client, shared_order, [{"id": mug_line.pk, "quantity": 2}])

    assert response.status_code == 409
    error = response.json()["error"]
    assert error["code"] == "not_shippable"
    assert "1 of it left to ship" in error["message"]


def test_a_ship_request_needs_lines_a_carrier_and_a_reference(shared_order, seller1):
    response = api_client_of(seller1.user).post(
        f"{ORDERS}{shared_order.number}/ship/", {"lines": []}, format="json"
    )

    assert response.status_code == 400
    assert set(response.json()["error"]["fields"]) == {"lines", "carrier", "reference"}


@pytest.mark.parametrize("status", ["applied", "suspended", "rejected"])
def test_a_seller_who_is_not_approved_gets_a_403(shared_order, status):
    seller = SellerFactory(status=status)

    response = api_client_of(seller.user).get(ORDERS)

    assert response.status_code == 403
    assert response.json()["error"]["code"] == "not_approved_seller"
    assert "approved sellers" in response.json()["error"]["message"]


def test_a_shopper_gets_a_403_and_an_anonymous_caller_a_401(shared_order):
    shopper = api_client_of(UserFactory())
    assert shopper.get(ORDERS).status_code == 403
    assert shopper.get(f"{ORDERS}{shared_order.number}/").status_code == 403
    assert _ship(shopper, shared_order, [{"id": 1, "quantity": 1}]).status_code == 403
    assert APIClient().get(ORDERS).status_code == 401


@pytest.mark.parametrize("orders", [5, 30])
def test_the_order_list_reads_in_a_fixed_number_of_queries(
    seller1, mug, teapot, orders, django_assert_max_num_queries
):
    for _ in range(orders):
        order_placed(items=[(mug, 1), (teapot, 1)])
    client = api_client_of(seller1.user)

    with django_assert_max_num_queries(8):
        response = client.get(ORDERS)

    assert response.json()["count"] == orders
