"""The shopper's Bonus points page: balance with its value, upcoming expiry, history."""

from datetime import timedelta

import pytest
from django.utils import timezone
from oscar.test.factories import create_order

from commerce.points.models import PointsEntryKind
from commerce.points.services.accounts import points_account_for
from tests.factories import PASSWORD, UserFactory

from ..history import lot_made, points_pending, points_spent

pytestmark = pytest.mark.django_db

URL = "/shop/accounts/points/"
NOW = timezone.now()


@pytest.fixture
def shopper():
    return UserFactory(email="paula@example.com")


@pytest.fixture
def shopper_client(client, shopper):
    assert client.login(username=shopper.email, password=PASSWORD)
    return client


def test_signed_out_visitors_are_sent_to_sign_in(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/shop/accounts/login/" in response["Location"]


def test_a_shopper_without_points_sees_an_empty_account(shopper_client):
    response = shopper_client.get(URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-available="0"' in html
    assert "You have no points yet" in html
    assert "None of your points is due to expire." in html


def test_balance_with_its_value_expiry_and_history(shopper_client, shopper):
    account = points_account_for(user=shopper)
    order = create_order(user=shopper)
    lot_made(account, 1500, at=NOW - timedelta(days=350))
    points_spent(account, 300, at=NOW - timedelta(days=20), order=order)
    points_pending(account, 120, at=NOW - timedelta(days=1), order=order)

    response = shopper_client.get(URL)
    html = response.content.decode()
    assert 'data-available="1200"' in html
    assert "1200 points, worth £12.00" in html
    assert 'data-pending="120"' in html and "worth £1.20" in html
    expiring = response.context["expiring"]
    assert [(expiry.points, str(value)) for expiry, value in expiring] == [(1200, "12.00")]
    assert [entry.kind for entry in response.context["entries"]] == [
        PointsEntryKind.EARNED,
        PointsEntryKind.REDEEMED,
        PointsEntryKind.ADJUSTED,
    ]
    assert "-300" in html and "+120" in html and "+1500" in html
    assert f'href="/shop/accounts/orders/{order.number}/"' in html


def test_the_history_is_paginated(shopper_client, shopper):
    account = points_account_for(user=shopper)
    for day in range(25):
        lot_made(account, 1, at=NOW - timedelta(days=day))
    first = shopper_client.get(URL)
    assert len(first.context["entries"]) == 20
    assert len(shopper_client.get(URL + "?page=2").context["entries"]) == 5


def test_a_shopper_sees_only_their_own_points(shopper_client):
    other = points_account_for(user=UserFactory())
    lot_made(other, 999, at=NOW)
    html = shopper_client.get(URL).content.decode()
    assert "999" not in html


def test_the_account_navigation_links_the_page(shopper_client):
    html = shopper_client.get("/shop/accounts/profile/").content.decode()
    assert f'href="{URL}"' in html and "Bonus points" in html
    points_page = shopper_client.get(URL).content.decode()
    assert 'aria-current="page"' in points_page
    assert "<main" in points_page
    assert 'aria-labelledby="points-history-heading"' in points_page


def test_the_page_keeps_its_query_count_as_the_history_grows(
    shopper_client, shopper, django_assert_max_num_queries
):
    account = points_account_for(user=shopper)
    order = create_order(user=shopper)
    for day in range(5):
        lot_made(account, 10, at=NOW - timedelta(days=day))
        points_spent(account, 1, at=NOW - timedelta(days=day), order=order)
    with django_assert_max_num_queries(40) as five:
        shopper_client.get(URL)
    for day in range(45):
        lot_made(account, 10, at=NOW - timedelta(days=day))
        points_spent(account, 1, at=NOW - timedelta(days=day), order=order)
    with django_assert_max_num_queries(len(five.captured_queries)):
        shopper_client.get(URL)
