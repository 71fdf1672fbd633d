"""What a shopper (or staff, about a shopper) sees of their points: an overview and the
history of their ledger."""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import QuerySet

from commerce.points.models import PointsAccount, PointsEntry
from commerce.points.selectors.balance import points_balance, points_value
from commerce.points.selectors.expiry import Expiry, points_next_expiry


@dataclass(frozen=True)
class PointsOverview:
    """Available and pending points, what they are worth, and the next expiry."""

    available: int
    pending: int
    available_value: Decimal
    pending_value: Decimal
    next_expiry: Expiry | None


def points_overview(*, account: PointsAccount | None) -> PointsOverview:
    """The balance of `account` (nothing if None) with its value in money and next expiry."""
    balance = points_balance(account=account)
    available, pending = int(balance.available), int(balance.pending)
    return PointsOverview(
        available=available,
        pending=pending,
        available_value=points_value(points=available),
        pending_value=points_value(points=pending),
        next_expiry=points_next_expiry(account=account),
    )


def points_history(*, account: PointsAccount | None) -> QuerySet[PointsEntry]:
    """Every entry of `account`, newest first, with its order and author (none if None)."""
    if account is None:
        return PointsEntry.objects.none()
    return account.entries.select_related("order", "created_by").order_by("-created_at", "-pk")
