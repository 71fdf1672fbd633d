"""A shopper's order history costs the same number of queries with one order as with five,
each of several lines."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.commerce.order.conftest import order_placed, stocked_product

pytestmark = pytest.mark.django_db

# Session and shopper, the orders page with its lines, statuses and the chrome.
HISTORY_BUDGET = 25


def _history_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("customer:order-list"))
    assert response.status_code == 200
    return len(queries)


def test_the_order_history_costs_the_same_with_one_order_as_with_five(
    client, shopper, django_assert_max_num_queries
):
    products = [stocked_product(title=f"Jar {n}", price=f"{5 + n}.00") for n in range(3)]
    client.force_login(shopper)
    orders = [order_placed(items=[(product, 1) for product in products], user=shopper)]
    client.get(reverse("customer:order-list"))
    one_order = _history_queries(client)
    for _ in range(4):
        orders.append(order_placed(items=[(product, 2) for product in products], user=shopper))

    with django_assert_max_num_queries(HISTORY_BUDGET):
        page = client.get(reverse("customer:order-list"))

    assert _history_queries(client) == one_order
    html = page.content.decode()
    assert all(str(order.number) in html for order in orders)
