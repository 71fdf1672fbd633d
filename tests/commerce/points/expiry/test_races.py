"""Expiry under concurrent runs, on PostgreSQL with real threads: the account's lock lets one
run through and the lot's key makes the other write nothing; a redemption racing an expiry
never takes the balance below zero."""

from datetime import timedelta

import pytest
from django.utils import timezone

from commerce.core.ledger import LedgerOverdrawn
from commerce.points.models import ExpiryReminder, PointsEntryKind
from commerce.points.selectors.balance import points_balance
from commerce.points.services.accounts import points_account_for
from commerce.points.services.expiry import points_expire_due, points_expiry_remind
from tests.concurrency import run_together
from tests.factories import UserFactory

from ..history import lot_made, points_spent

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.race]

NOW = timezone.now()


def test_two_concurrent_expiry_runs_expire_a_lot_once():
    account = points_account_for(user=UserFactory())
    lot_made(account, 100, at=NOW - timedelta(days=400))

    outcomes = run_together(lambda: points_expire_due(now=NOW), lambda: points_expire_due(now=NOW))

    assert sorted(outcomes) == [0, 1]
    assert account.entries.filter(kind=PointsEntryKind.EXPIRED).count() == 1
    assert points_balance(account=account).available == 0


def test_a_redemption_racing_the_expiry_never_overdraws():
    account = points_account_for(user=UserFactory())
    lot_made(account, 100, at=NOW - timedelta(days=400))

    outcomes = run_together(
        lambda: points_expire_due(now=NOW),
        lambda: points_spent(account, 60, at=NOW),
    )

    balance = points_balance(account=account)
    assert balance.available == 0
    expired = account.entries.get(kind=PointsEntryKind.EXPIRED).available
    if isinstance(outcomes[1], LedgerOverdrawn):  # the expiry went first
        assert expired == -100
    else:
        assert expired == -40


def test_two_concurrent_reminder_runs_send_one_email(mailoutbox):
    account = points_account_for(user=UserFactory())
    lot_made(account, 100, at=NOW - timedelta(days=350))

    outcomes = run_together(
        lambda: points_expiry_remind(now=NOW), lambda: points_expiry_remind(now=NOW)
    )

    assert sorted(outcomes) == [0, 1]
    assert ExpiryReminder.objects.count() == 1
    assert len(mailoutbox) == 1
