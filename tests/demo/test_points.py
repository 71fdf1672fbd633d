"""The demo shopper's bonus points: earned, redeemed, pending and soon-expiring entries."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from commerce.points.models import PointsEntry, PointsEntryKind
from commerce.points.selectors.account import points_overview
from commerce.points.selectors.balance import points_account_of
from demo.points import SHOPPER_EMAIL, demo_points_build


def _account():
    from django.contrib.auth import get_user_model

    return points_account_of(user=get_user_model().objects.get(email=SHOPPER_EMAIL))


def test_the_shopper_has_earned_redeemed_pending_and_soon_expiring_points():
    account = _account()
    kinds = set(account.entries.values_list("kind", flat=True))
    assert {PointsEntryKind.EARNED, PointsEntryKind.REDEEMED, PointsEntryKind.RELEASED} <= kinds
    overview = points_overview(account=account)
    assert overview.available > 0 and overview.pending > 0
    soon = timezone.localdate() + timedelta(days=settings.POINTS_EXPIRY_REMINDER_DAYS)
    assert overview.next_expiry is not None and overview.next_expiry.date <= soon
    # The redemption spent the oldest points first: part of the second lot is left to expire.
    assert overview.next_expiry.points == 200


def test_points_are_earned_on_the_shoppers_orders():
    assert PointsEntry.objects.filter(
        account=_account(), order__number="DEMO-1001", kind=PointsEntryKind.RELEASED
    ).exists()
    assert PointsEntry.objects.filter(
        account=_account(), order__number="DEMO-1004", kind=PointsEntryKind.EARNED
    ).exists()


def test_building_again_adds_nothing():
    before = PointsEntry.objects.count()
    demo_points_build()
    assert PointsEntry.objects.count() == before


def test_the_shopper_sees_their_points_page(client):
    assert client.login(username=SHOPPER_EMAIL, password=settings.DEMO_PASSWORD)
    html = client.get("/shop/accounts/points/").content.decode()
    assert "Welcome bonus for signing up" in html and "DEMO-1001" in html
