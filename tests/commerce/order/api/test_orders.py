import pytest
from oscar.test.factories import create_order

pytestmark = pytest.mark.django_db


def test_shopper_sees_only_their_own_orders(signed_in_client, shopper, make_user):
    mine = create_order(user=shopper)
    create_order(user=make_user(email="someone@example.com"))

    response = signed_in_client.get("/api/v1/orders/")
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 1
    order = body["results"][0]
    assert order["number"] == str(mine.number)
    assert order["currency"] == "GBP"
    assert order["total_incl_tax"] == f"{mine.total_incl_tax:.2f}"
    assert len(order["lines"]) == mine.lines.count()
    assert order["lines"][0]["quantity"] >= 1


def test_shopper_reads_one_of_their_orders_by_number(signed_in_client, shopper):
    order = create_order(user=shopper)
    response = signed_in_client.get(f"/api/v1/orders/{order.number}/")
    assert response.status_code == 200
    assert response.json()["number"] == str(order.number)
    assert response.json()["status"] == order.status


def test_another_users_order_number_is_a_404(signed_in_client, make_user):
    theirs = create_order(user=make_user(email="someone@example.com"))
    response = signed_in_client.get(f"/api/v1/orders/{theirs.number}/")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_orders_need_sign_in(api_client, shopper):
    order = create_order(user=shopper)
    assert api_client.get("/api/v1/orders/").status_code == 401
    assert api_client.get(f"/api/v1/orders/{order.number}/").status_code == 401


@pytest.mark.parametrize("count", [2, 20])
def test_order_list_query_count_does_not_grow_with_orders(
    signed_in_client, shopper, django_assert_max_num_queries, count
):
    for _ in range(count):
        create_order(user=shopper)
    with django_assert_max_num_queries(5):
        response = signed_in_client.get("/api/v1/orders/?page_size=50")
    assert response.json()["count"] == count
