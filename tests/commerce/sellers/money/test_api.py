"""/api/v1/seller/earnings/ and /api/v1/seller/payouts/: an approved seller's own money only."""

from decimal import Decimal as D

import pytest
from rest_framework.test import APIClient

from commerce.sellers.models import PayoutStatus
from commerce.sellers.services.payouts import payout_request
from tests.api.helpers import api_client_of
from tests.factories import SellerFactory, UserFactory

from .conftest import offered_by, order_placed, rule
from .test_payouts import earned

pytestmark = pytest.mark.django_db

EARNINGS = "/api/v1/seller/earnings/"
PAYOUTS = "/api/v1/seller/payouts/"


@pytest.fixture
def api(seller1):
    return api_client_of(seller1.user)


def test_earnings_show_the_balance_and_the_ledger_newest_first(api, seller1, seller2):
    rule("10")
    scarf = offered_by(seller1, title="Wool scarf", price="40.00")
    order = order_placed(items=[(scarf, 1)])
    earned(seller1, "5.00")
    earned(seller2, "99.00", key="test:other")

    body = api.get(EARNINGS).json()

    assert body["balance"] == {"pending": "36.00", "available": "5.00", "total": "41.00"}
    assert body["count"] == 2
    assert [e["kind"] for e in body["results"]] == ["adjusted", "earned"]
    assert body["results"][1]["order_number"] == str(order.number)
    assert body["results"][1]["pending"] == "36.00"


def test_earnings_are_paginated(api, seller1):
    for n in range(3):
        earned(seller1, "1.00", key=f"test:{n}")
    body = api.get(EARNINGS, {"page_size": 2}).json()
    assert (body["count"], len(body["results"]), body["balance"]["available"]) == (3, 2, "3.00")
    assert body["next"]


def test_a_seller_requests_a_payout_and_lists_only_their_own(api, seller1, seller2):
    earned(seller1, "40.00")
    earned(seller2, "60.00", key="test:other")
    payout_request(seller=seller2)

    created = api.post(PAYOUTS, {"amount": "25.00"})
    assert created.status_code == 201
    assert (created.json()["amount"], created.json()["status"]) == ("25.00", PayoutStatus.REQUESTED)

    listed = api.get(PAYOUTS).json()
    assert [p["id"] for p in listed["results"]] == [created.json()["id"]]
    assert api.get(EARNINGS).json()["balance"]["available"] == "15.00"


def test_a_request_without_amount_asks_for_everything(api, seller1):
    earned(seller1, "40.00")
    assert api.post(PAYOUTS, {}).json()["amount"] == "40.00"


def test_refused_requests_answer_the_one_error_body(api, seller1, settings):
    settings.SELLER_PAYOUT_MINIMUM = D("20.00")
    earned(seller1, "30.00")

    below = api.post(PAYOUTS, {"amount": "10.00"})
    above = api.post(PAYOUTS, {"amount": "31.00"})

    assert below.status_code == above.status_code == 400
    assert below.json()["error"]["fields"]["amount"] == [
        "A payout must be at least £20.00; wait until more is available."
    ]
    assert above.json()["error"]["code"] == "invalid"
    assert "at most £30.00" in above.json()["error"]["fields"]["amount"][0]
    assert not seller1.payouts.exists()


@pytest.mark.parametrize("path", [EARNINGS, PAYOUTS])
def test_who_is_not_an_approved_seller_gets_403(path):
    shopper = UserFactory()
    suspended = SellerFactory(name="Gone Quiet", status="suspended")
    for user in (shopper, suspended.user):
        response = api_client_of(user).get(path)
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "not_approved_seller"
    assert api_client_of(shopper).post(PAYOUTS, {}).status_code == 403


@pytest.mark.parametrize("path", [EARNINGS, PAYOUTS])
def test_anonymous_gets_401(path):
    assert APIClient().get(path).status_code == 401


@pytest.mark.parametrize("rows", [5, 50])
def test_the_ledger_and_payouts_read_in_a_flat_number_of_queries(
    api, seller1, rows, django_assert_max_num_queries
):
    rule("10")
    scarf = offered_by(seller1, title="Wool scarf", price="40.00", stock=rows)
    for _ in range(rows // 5):
        order_placed(items=[(scarf, 1)])
    for n in range(rows):
        earned(seller1, "30.00", key=f"test:{n}")
        payout_request(seller=seller1, amount=D("20.00"))

    entries = rows // 5 + rows * 2  # earned; adjusted and payout
    with django_assert_max_num_queries(12):
        assert len(api.get(EARNINGS, {"page_size": 100}).json()["results"]) == min(100, entries)
    with django_assert_max_num_queries(10):
        assert api.get(PAYOUTS).json()["count"] == rows
