"""/api/v1/affiliate/...: an approved affiliate's own summary, links, clicks, commissions and
payouts; anybody else gets 401 or 403."""

import pytest

from tests.api.helpers import api_client_of
from tests.factories import AffiliateFactory, UserFactory

from .conftest import clicks_made, commission_made

pytestmark = pytest.mark.django_db

ENDPOINTS = [
    "/api/v1/affiliate/",
    "/api/v1/affiliate/links/",
    "/api/v1/affiliate/clicks/",
    "/api/v1/affiliate/commissions/",
    "/api/v1/affiliate/payouts/",
]


def test_the_summary_gives_figures_balance_and_a_zero_filled_series(affiliate, mug):
    clicks_made(affiliate, count=4)
    commission_made(affiliate, product=mug, amount="2.00", status="approved")

    body = api_client_of(affiliate.user).get("/api/v1/affiliate/", {"days": 7}).json()

    assert body["code"] == "ann-reviews" and body["link"] == "http://testserver/?ref=ann-reviews"
    all_time, week = body["periods"]
    assert all_time["days"] is None and week["days"] == 7
    assert (week["clicks"], week["orders"], week["conversion_rate"]) == (4, 1, "0.2500")
    assert (week["pending"], week["approved"], week["paid"]) == ("0.00", "2.00", "0.00")
    assert body["balance"] == {"pending": "0.00", "available": "2.00"}
    assert len(body["series"]) == 7
    assert body["series"][-1] == {
        "day": body["series"][-1]["day"],
        "clicks": 4,
        "orders": 1,
        "earnings": "2.00",
    }
    assert [day["clicks"] for day in body["series"][:-1]] == [0] * 6


def test_the_summary_refuses_a_series_too_long(affiliate):
    response = api_client_of(affiliate.user).get("/api/v1/affiliate/", {"days": 400})

    assert response.status_code == 400


def test_links_are_made_for_pages_of_the_shop_only(affiliate):
    client = api_client_of(affiliate.user)

    made = client.get("/api/v1/affiliate/links/", {"url": "/catalogue/"})
    refused = client.get("/api/v1/affiliate/links/", {"url": "https://evil.example.net/"})

    assert made.status_code == 200
    assert made.json()["url"] == "http://testserver/catalogue/?ref=ann-reviews"
    assert made.json()["link"] == "http://testserver/?ref=ann-reviews"
    assert refused.status_code == 400 and "url" in str(refused.json())


def test_lists_show_only_the_callers_own_rows(affiliate, other_affiliate, mug):
    clicks_made(affiliate, count=2, path="/mine/")
    clicks_made(other_affiliate, count=3, path="/theirs/")
    mine = commission_made(affiliate, product=mug, amount="2.00", status="paid")
    commission_made(other_affiliate, product=mug, amount="9.00", status="paid")
    client = api_client_of(affiliate.user)

    clicks = client.get("/api/v1/affiliate/clicks/").json()
    commissions = client.get("/api/v1/affiliate/commissions/").json()
    payouts = client.get("/api/v1/affiliate/payouts/").json()

    assert clicks["count"] == 2 and {c["landing_path"] for c in clicks["results"]} == {"/mine/"}
    (commission,) = commissions["results"]
    assert commission["order_number"] == str(mine.referral.order.number)
    assert (commission["base"], commission["amount"], commission["status"]) == (
        "20.00",
        "2.00",
        "paid",
    )
    assert not {"email", "name", "user", "shopper"} & set(commission)
    assert [p["amount"] for p in payouts["results"]] == ["2.00"]


@pytest.mark.parametrize("url", ENDPOINTS)
def test_non_affiliates_get_403(url):
    for user in (UserFactory(), AffiliateFactory(status="applied").user):
        response = api_client_of(user).get(url)

        assert response.status_code == 403, url


@pytest.mark.parametrize("url", ENDPOINTS)
def test_anonymous_callers_get_401(client, url):
    assert client.get(url).status_code == 401


def test_commissions_take_as_many_queries_for_50_as_for_5(
    affiliate, mug, django_assert_max_num_queries
):
    client = api_client_of(affiliate.user)
    for _ in range(5):
        commission_made(affiliate, product=mug, amount="1.00")
    with django_assert_max_num_queries(10) as few:
        assert client.get("/api/v1/affiliate/commissions/").json()["count"] == 5
    for _ in range(45):
        commission_made(affiliate, product=mug, amount="1.00")
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get("/api/v1/affiliate/commissions/").json()["count"] == 50
    with django_assert_max_num_queries(len(few.captured_queries) + 8):
        assert client.get("/api/v1/affiliate/").status_code == 200
