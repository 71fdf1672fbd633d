"""Points expire POINTS_EXPIRY_MONTHS after they became available: spending uses the oldest
points first, the scheduled command writes one EXPIRED entry per lot, and a shopper is emailed
once per lot beforehand."""

from datetime import UTC, datetime, timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from commerce.points.models import ExpiryReminder, PointsEntryKind
from commerce.points.selectors.balance import points_balance
from commerce.points.selectors.expiry import (
    Expiry,
    points_expiring,
    points_expiry_for,
    points_lots,
    points_next_expiry,
)
from commerce.points.services.accounts import points_account_for
from commerce.points.services.expiry import points_expire_due, points_expiry_remind
from tests.factories import UserFactory

from ..history import lot_made, points_pending, points_spent

pytestmark = pytest.mark.django_db

NOW = timezone.now()


@pytest.fixture
def account():
    return points_account_for(user=UserFactory(email="lotte@example.com"))


def ledger_sum(account) -> int:
    return int(sum(entry.available for entry in account.entries.all()))


def test_points_expire_the_configured_months_later_on_the_same_day(settings):
    settings.POINTS_EXPIRY_MONTHS = 12
    assert points_expiry_for(at=datetime(2026, 3, 15, 9, tzinfo=UTC)) == datetime(
        2027, 3, 15, 9, tzinfo=UTC
    )
    # No 29 February next year: the last day of the month instead.
    assert points_expiry_for(at=datetime(2028, 2, 29, tzinfo=UTC)) == datetime(
        2029, 2, 28, tzinfo=UTC
    )
    settings.POINTS_EXPIRY_MONTHS = 1
    assert points_expiry_for(at=datetime(2026, 12, 31, tzinfo=UTC)) == datetime(
        2027, 1, 31, tzinfo=UTC
    )


def test_a_redemption_spends_the_oldest_points_first(account):
    old = lot_made(account, 100, at=NOW - timedelta(days=300))
    new = lot_made(account, 50, at=NOW - timedelta(days=10))
    points_spent(account, 80, at=NOW - timedelta(days=5))

    remaining = {lot.entry.pk: lot.remaining for lot in points_lots(account=account)}
    assert remaining == {old.pk: 20, new.pk: 50}
    assert points_expiring(account=account) == [
        Expiry(date=timezone.localdate(old.expires_at), points=20),
        Expiry(date=timezone.localdate(new.expires_at), points=50),
    ]
    assert points_next_expiry(account=account) == Expiry(
        date=timezone.localdate(old.expires_at), points=20
    )


def test_a_debit_larger_than_the_oldest_lot_continues_into_the_next(account):
    lot_made(account, 30, at=NOW - timedelta(days=30))
    second = lot_made(account, 50, at=NOW - timedelta(days=20))
    points_spent(account, 40, at=NOW - timedelta(days=1), kind=PointsEntryKind.ADJUSTED)

    assert [lot.remaining for lot in points_lots(account=account)] == [0, 40]
    assert points_next_expiry(account=account).date == timezone.localdate(second.expires_at)


def test_pending_points_never_expire_and_are_not_counted(account):
    points_pending(account, 70, at=NOW - timedelta(days=400))
    assert points_expiring(account=account) == []
    assert points_next_expiry(account=account) is None
    assert points_expire_due() == 0


def test_upcoming_expiries_before_a_date(account):
    soon = lot_made(account, 10, at=NOW - timedelta(days=350))
    lot_made(account, 20, at=NOW - timedelta(days=10))
    assert points_expiring(account=account, before=NOW + timedelta(days=30)) == [
        Expiry(date=timezone.localdate(soon.expires_at), points=10)
    ]


def test_unspent_points_of_a_lot_expire_once(account):
    old = lot_made(account, 100, at=NOW - timedelta(days=400))
    newer = lot_made(account, 50, at=NOW - timedelta(days=10))
    points_spent(account, 60, at=NOW - timedelta(days=100))

    assert points_expire_due(now=NOW) == 1
    expired = account.entries.get(kind=PointsEntryKind.EXPIRED)
    assert expired.available == -40
    assert expired.key == f"lot:{old.pk}:expired"
    assert points_balance(account=account).available == 50 == ledger_sum(account)

    assert points_expire_due(now=NOW) == 0
    assert points_expire_due(now=NOW + timedelta(minutes=1)) == 0
    assert account.entries.filter(kind=PointsEntryKind.EXPIRED).count() == 1
    assert points_expiring(account=account) == [
        Expiry(date=timezone.localdate(newer.expires_at), points=50)
    ]


def test_a_lot_spent_in_full_expires_nothing(account):
    lot_made(account, 100, at=NOW - timedelta(days=400))
    points_spent(account, 100, at=NOW - timedelta(days=200))
    assert points_expire_due(now=NOW) == 0
    assert not account.entries.filter(kind=PointsEntryKind.EXPIRED).exists()


def test_lots_not_yet_expired_are_kept(account):
    lot_made(account, 100, at=NOW - timedelta(days=100))
    assert points_expire_due(now=NOW) == 0
    assert points_balance(account=account).available == 100


def test_later_spending_after_an_expiry_uses_the_next_lot(account):
    lot_made(account, 100, at=NOW - timedelta(days=400))
    newer = lot_made(account, 50, at=NOW - timedelta(days=10))
    points_expire_due(now=NOW)
    points_spent(account, 20, at=NOW + timedelta(seconds=1))
    assert points_expiring(account=account) == [
        Expiry(date=timezone.localdate(newer.expires_at), points=30)
    ]


def test_a_shopper_is_reminded_once_per_lot(
    account, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.POINTS_EXPIRY_REMINDER_DAYS = 30
    soon = lot_made(account, 40, at=NOW - timedelta(days=350))
    lot_made(account, 60, at=NOW - timedelta(days=10))  # expires in about 355 days: not yet

    with django_capture_on_commit_callbacks(execute=True):
        assert points_expiry_remind(now=NOW) == 1
    assert len(mailoutbox) == 1
    email = mailoutbox[0]
    assert email.to == ["lotte@example.com"]
    assert "40 of your bonus points" in email.subject
    assert "40 points on" in email.body
    assert "0.40" in email.body  # what they are worth
    assert ExpiryReminder.objects.get().lot == soon

    with django_capture_on_commit_callbacks(execute=True):
        assert points_expiry_remind(now=NOW + timedelta(days=1)) == 0
    assert len(mailoutbox) == 1


def test_no_reminder_for_points_already_spent(
    account, mailoutbox, django_capture_on_commit_callbacks
):
    lot_made(account, 40, at=NOW - timedelta(days=350))
    points_spent(account, 40, at=NOW - timedelta(days=1))
    with django_capture_on_commit_callbacks(execute=True):
        assert points_expiry_remind(now=NOW) == 0
    assert mailoutbox == []


def test_the_scheduled_command_expires_and_reminds(
    account, mailoutbox, django_capture_on_commit_callbacks
):
    lot_made(account, 10, at=NOW - timedelta(days=400))
    lot_made(account, 20, at=NOW - timedelta(days=350))
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("expire_points", stdout=out)
    assert "1 lots expired, 1 shoppers reminded." in out.getvalue()
    assert points_balance(account=account).available == 20
    assert len(mailoutbox) == 1
