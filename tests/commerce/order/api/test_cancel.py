import pytest
from oscar.core.loading import get_model
from oscar.test.factories import create_order

from commerce.order import services

StockRecord = get_model("partner", "StockRecord")

pytestmark = pytest.mark.django_db


def _allocated(order) -> int:
    return StockRecord.objects.get(pk=order.lines.get().stockrecord_id).num_allocated or 0


def test_shopper_cancels_a_pending_order_and_its_stock_comes_back(signed_in_client, shopper):
    order = create_order(user=shopper)
    assert _allocated(order) == 1

    response = signed_in_client.post(f"/api/v1/orders/{order.number}/cancel/")

    assert response.status_code == 200
    assert response.json()["status"] == "Cancelled"
    assert response.json()["lines"][0]["status"] == "Cancelled"
    assert _allocated(order) == 0


def test_cancelling_a_shipped_order_is_a_409_that_says_why(signed_in_client, shopper):
    order = create_order(user=shopper)
    services.order_lines_ship(order=order, carrier="DPD", reference="T1")

    response = signed_in_client.post(f"/api/v1/orders/{order.number}/cancel/")

    assert response.status_code == 409
    error = response.json()["error"]
    assert error["code"] == "already_shipped"
    assert "already been shipped" in error["message"]


def test_cancelling_twice_is_a_409(signed_in_client, shopper):
    order = create_order(user=shopper)
    assert signed_in_client.post(f"/api/v1/orders/{order.number}/cancel/").status_code == 200
    response = signed_in_client.post(f"/api/v1/orders/{order.number}/cancel/")
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "already_cancelled"


def test_another_users_order_cannot_be_cancelled(signed_in_client, make_user):
    theirs = create_order(user=make_user(email="someone@example.com"))
    assert signed_in_client.post(f"/api/v1/orders/{theirs.number}/cancel/").status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == "Pending"
