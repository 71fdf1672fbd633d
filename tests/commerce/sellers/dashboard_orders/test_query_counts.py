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


class _MoreOrders:
    """Places orders holding two lines of seller1 and one of seller2."""

    def __init__(self, shared):
        def plenty(seller, title, sku):
            return offered_product(seller=seller, title=title, sku=sku, price="9.00", in_stock=500)

        self.items = [
            (plenty(shared.seller1, "Stoneware bowl", "SAL-BOWL"), 1),
            (plenty(shared.seller1, "Stoneware mug", "SAL-MUG"), 2),
            (plenty(shared.seller2, "Wool rug", "SAM-RUG"), 1),
        ]

    def place(self, count: int):
        return [order_placed(items=self.items) for _ in range(count)]


def test_the_order_list_and_its_csv_cost_the_same_with_5_and_50_orders(seller1_client, shared):
    url = reverse("dashboard:order-list")
    more = _MoreOrders(shared)
    more.place(4)
    _queries(seller1_client, url)  # warms the per-process caches (permissions, site)
    with_5 = (_queries(seller1_client, url), _queries(seller1_client, url, response_format="csv"))
    more.place(45)
    with_50 = (_queries(seller1_client, url), _queries(seller1_client, url, response_format="csv"))
    assert with_5 == with_50
    assert with_50[0] <= 16 and with_50[1] <= 12


def test_the_order_page_costs_the_same_with_more_lines_and_shipments(seller1_client, shared):
    def url(order):
        return reverse("dashboard:order-detail", kwargs={"number": order.number})

    _queries(seller1_client, url(shared.order))
    few = _queries(seller1_client, url(shared.order))
    bigger = _MoreOrders(shared).place(1)[0]
    bigger.refresh_from_db()
    seller1_client.post(
        url(bigger),
        {
            "line_action": "ship_lines",
            "selected_line": [
                line.pk for line in bigger.lines.filter(partner=shared.seller1.partner)
            ],
            "carrier": "DPD",
            "tracking_reference": "D9",
            **{f"selected_line_qty_{line.pk}": 1 for line in bigger.lines.all()},
        },
    )
    assert bigger.shipping_events.exists()
    assert _queries(seller1_client, url(bigger)) <= few + 2  # the shipments and their types
