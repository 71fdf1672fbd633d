"""The seller's order screens read a fixed number of queries, however many orders and lines."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.commerce.order.conftest import order_placed

from .conftest import offered_product

pytestmark = pytest.mark.django_db


def _queries(client, url, **params) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url, params).status_code == 200
    return len(captured)


def _more_orders(shared, count: int):
    def plenty(seller, title, sku):
        return offered_product(seller=seller, title=title, sku=sku, price="9.00", in_stock=500)

    bowl = plenty(shared.seller1, "Stoneware bowl", "SAL-BOWL")
    mug = plenty(shared.seller1, "Stoneware mug", "SAL-MUG")
    rug = plenty(shared.seller2, "Wool rug", "SAM-RUG")
    for _ in range(count):
        order_placed(items=[(bowl, 1), (mug, 1), (rug, 1)])


@pytest.mark.parametrize("extra", [4, 49])
def test_the_order_list_and_its_csv_stay_flat(seller1_client, shared, extra):
    _more_orders(shared, extra)
    url = reverse("dashboard:order-list")
    # The same bound with 5 orders as with 50 (one page of 20 and a CSV of every line).
    assert _queries(seller1_client, url) <= 10
    assert _queries(seller1_client, url, response_format="csv") <= 6


def test_the_order_page_stays_flat_with_more_lines_and_shipments(seller1_client, shared):
    url = reverse("dashboard:order-detail", kwargs={"number": shared.order.number})
    few = _queries(seller1_client, url)
    mug = offered_product(seller=shared.seller1, title="Stoneware mug", sku="SAL-MUG", price="9.00")
    jug = offered_product(seller=shared.seller1, title="Milk jug", sku="SAL-JUG", price="14.00")
    bigger = order_placed(items=[(shared.line1.product, 1), (mug, 2), (jug, 1)])
    bigger.refresh_from_db()
    big_url = reverse("dashboard:order-detail", kwargs={"number": bigger.number})
    assert _queries(seller1_client, big_url) == few
