"""GET /api/v1/points/ and /api/v1/points/entries/: the caller's own points only."""

from datetime import timedelta

import pytest
from django.utils import timezone
from oscar.test.factories import create_order

from commerce.points.services.accounts import points_account_for
from tests.api.helpers import api_client_of
from tests.factories import UserFactory

from ..history import lot_made, points_pending, points_spent

pytestmark = pytest.mark.django_db

NOW = timezone.now()


@pytest.fixture
def shopper():
    return UserFactory(email="api.shopper@example.com")


def test_signed_out_callers_get_401(api_client):
    assert api_client.get("/api/v1/points/").status_code == 401
    assert api_client.get("/api/v1/points/entries/").status_code == 401


def test_a_shopper_without_points_has_an_empty_balance(shopper):
    body = api_client_of(shopper).get("/api/v1/points/").json()
    assert body == {
        "available": 0,
        "pending": 0,
        "available_value": "0.00",
        "pending_value": "0.00",
        "currency": "GBP",
        "next_expiry": None,
    }
    assert api_client_of(shopper).get("/api/v1/points/entries/").json()["count"] == 0


def test_balance_value_and_next_expiry(shopper):
    account = points_account_for(user=shopper)
    old = lot_made(account, 500, at=NOW - timedelta(days=350))
    lot_made(account, 300, at=NOW - timedelta(days=10))
    points_spent(account, 200, at=NOW - timedelta(days=5))
    points_pending(account, 40, at=NOW)

    body = api_client_of(shopper).get("/api/v1/points/").json()
    assert body["available"] == 600 and body["available_value"] == "6.00"
    assert body["pending"] == 40 and body["pending_value"] == "0.40"
    assert body["next_expiry"] == {
        "date": timezone.localdate(old.expires_at).isoformat(),
        "points": 300,  # the redemption took the oldest points first
    }


def test_the_history_is_the_callers_own_newest_first_and_paginated(shopper):
    account = points_account_for(user=shopper)
    order = create_order(user=shopper)
    for day in range(25, 0, -1):
        lot_made(account, 10, at=NOW - timedelta(days=day))
    points_spent(account, 30, at=NOW, order=order)
    lot_made(points_account_for(user=UserFactory()), 999, at=NOW)

    client = api_client_of(shopper)
    first = client.get("/api/v1/points/entries/").json()
    assert first["count"] == 26
    assert len(first["results"]) == 20
    newest = first["results"][0]
    assert newest["kind"] == "redeemed" and newest["kind_label"] == "Redeemed"
    assert newest["available"] == -30 and newest["pending"] == 0
    assert newest["order"] == str(order.number)
    assert first["results"][1]["expires_at"] is not None
    second = client.get(first["next"]).json()
    assert len(second["results"]) == 6
    assert all(entry["available"] != 999 for entry in first["results"] + second["results"])
