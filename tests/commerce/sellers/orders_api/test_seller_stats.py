"""/api/v1/seller/stats/: a seller's figures and a zero-filled daily series for charts."""

import pytest
from django.utils import timezone

from tests.api.helpers import api_client_of
from tests.commerce.sellers.marketplace_orders import order_placed, placed_days_ago
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

STATS = "/api/v1/seller/stats/"


def test_stats_count_the_sellers_own_lines_without_shipping(shared_order, seller1, seller2):
    mine = api_client_of(seller1.user).get(STATS).json()
    theirs = api_client_of(seller2.user).get(STATS).json()

    assert mine["days"] == 30 and mine["currency"] == "GBP"
    assert [(p["days"], p["sales"], p["orders"]) for p in mine["periods"]] == [
        (1, "20.00", 1),
        (7, "20.00", 1),
        (30, "20.00", 1),
    ]
    assert theirs["periods"][-1]["sales"] == "15.00"
    assert mine["items_to_ship"] == 2
    assert mine["series"][-1] == {
        "date": timezone.localdate().isoformat(),
        "sales": "20.00",
        "orders": 1,
    }


def test_the_series_has_one_entry_per_day_zero_filled(seller1, mug):
    placed_days_ago(order_placed(items=[(mug, 2)]), 5)

    body = api_client_of(seller1.user).get(STATS, {"days": 7}).json()

    assert len(body["series"]) == 7
    assert [day["sales"] for day in body["series"]] == ["0.00", "20.00", *["0.00"] * 5]
    assert [p["days"] for p in body["periods"]] == [1, 7]
    assert body["periods"][-1]["sales"] == "20.00"


@pytest.mark.parametrize("days", ["0", "366", "many"])
def test_days_out_of_range_are_a_400(seller1, days):
    response = api_client_of(seller1.user).get(STATS, {"days": days})

    assert response.status_code == 400
    assert "days" in response.json()["error"]["fields"]


def test_a_shopper_gets_a_403(db):
    assert api_client_of(UserFactory()).get(STATS).status_code == 403


@pytest.mark.parametrize("orders", [5, 30])
def test_stats_read_in_a_fixed_number_of_queries(
    seller1, mug, teapot, orders, django_assert_max_num_queries
):
    for n in range(orders):
        placed_days_ago(order_placed(items=[(mug, 1), (teapot, 1)]), n % 20)
    client = api_client_of(seller1.user)

    with django_assert_max_num_queries(6):
        response = client.get(STATS)

    assert response.json()["periods"][-1]["orders"] == orders
