"""Opening a shopper's points account (the owner row their ledger locks)."""

from commerce.points.models import PointsAccount


def points_account_for(*, user) -> PointsAccount:
    """The shopper's points account, opened on first use."""
    account, _created = PointsAccount.objects.get_or_create(user=user)
    return account
