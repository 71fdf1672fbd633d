"""Staff find a shopper by email, see their points and history, and adjust them with a
reason that is recorded with who made the change; a balance never goes below zero."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from commerce.points.models import PointsEntry, PointsEntryKind
from commerce.points.selectors.balance import points_balance
from commerce.points.services.accounts import points_account_for
from commerce.points.services.adjustments import points_adjust
from tests.factories import StaffFactory, UserFactory

from ..history import lot_made

pytestmark = pytest.mark.django_db

LIST = "/shop/dashboard/points/"


def detail_url(user) -> str:
    return f"/shop/dashboard/points/shoppers/{user.pk}/"


@pytest.fixture
def staff():
    return StaffFactory(email="stella@example.com")


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


@pytest.fixture
def shopper():
    return UserFactory(email="sam.shopper@example.com")


def test_staff_find_a_shopper_by_email(staff_client, shopper):
    UserFactory(email="someone.else@example.com")
    response = staff_client.get(LIST, {"email": "sam.shop"})
    assert list(response.context["shoppers"]) == [shopper]
    assert f'href="{detail_url(shopper)}"' in response.content.decode()


def test_the_list_shows_shoppers_with_points_when_nobody_is_searched(staff_client, shopper):
    UserFactory(email="no.points@example.com")
    points_account_for(user=shopper)
    response = staff_client.get(LIST)
    assert list(response.context["shoppers"]) == [shopper]


def test_staff_see_a_shoppers_balance_and_history(staff_client, shopper):
    lot_made(points_account_for(user=shopper), 250, at=timezone.now() - timedelta(days=3))
    response = staff_client.get(detail_url(shopper))
    html = response.content.decode()
    assert 'data-available="250"' in html and "£2.50" in html
    assert [entry.available for entry in response.context["entries"]] == [250]


def test_staff_give_points_with_a_reason_recorded_with_their_name(staff_client, staff, shopper):
    form = staff_client.get(detail_url(shopper)).context["form"]
    response = staff_client.post(
        detail_url(shopper),
        {"points": "120", "reason": "Sorry for the late parcel", "key": form["key"].initial},
    )
    assert response.status_code == 302
    entry = PointsEntry.objects.get(account__user=shopper)
    assert (entry.kind, entry.available, entry.reason) == (
        PointsEntryKind.ADJUSTED,
        120,
        "Sorry for the late parcel",
    )
    assert entry.created_by == staff
    assert entry.expires_at is not None  # given points are a lot: they expire
    # The same form submitted twice is one adjustment.
    staff_client.post(
        detail_url(shopper),
        {"points": "120", "reason": "Sorry for the late parcel", "key": form["key"].initial},
    )
    assert PointsEntry.objects.filter(account__user=shopper).count() == 1


def test_a_reason_is_required(staff_client, shopper):
    response = staff_client.post(detail_url(shopper), {"points": "10", "reason": " ", "key": "a1"})
    assert response.status_code == 200
    assert "reason" in response.context["form"].errors
    assert not PointsEntry.objects.exists()


def test_zero_points_are_refused(staff_client, shopper):
    response = staff_client.post(
        detail_url(shopper), {"points": "0", "reason": "Nothing", "key": "a2"}
    )
    assert "Enter a number of points other than zero." in response.content.decode()


def test_taking_more_points_than_available_is_refused_with_a_clear_error(staff_client, shopper):
    lot_made(points_account_for(user=shopper), 30, at=timezone.now())
    response = staff_client.post(
        detail_url(shopper), {"points": "-50", "reason": "Fraudulent review", "key": "a3"}
    )
    assert response.status_code == 200
    assert "Only 30 points are available: take away at most 30" in response.content.decode()
    assert points_balance(account=points_account_for(user=shopper)).available == 30


def test_taking_points_away(shopper, staff):
    account = points_account_for(user=shopper)
    lot_made(account, 30, at=timezone.now())
    entry = points_adjust(account=account, points=-20, reason="Fraudulent review", by=staff)
    assert entry.available == -20 and entry.expires_at is None
    assert points_balance(account=account).available == 10


def test_the_service_refuses_without_a_reason(shopper, staff):
    with pytest.raises(ValidationError):
        points_adjust(account=points_account_for(user=shopper), points=5, reason="", by=staff)


def test_shoppers_and_partners_cannot_open_the_points_dashboard(client, shopper):
    client.force_login(shopper)
    assert client.get(LIST).status_code in (302, 403)
    assert client.get(detail_url(shopper)).status_code in (302, 403)


def test_the_menu_and_the_customer_page_link_the_points(client, shopper):
    client.force_login(StaffFactory(is_superuser=True))  # Oscar's customer pages need more
    assert f'href="{LIST}"' in client.get("/shop/dashboard/").content.decode()
    customer_page = client.get(f"/shop/dashboard/users/{shopper.pk}/").content.decode()
    assert f'href="{detail_url(shopper)}"' in customer_page
