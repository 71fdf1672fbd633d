"""A shopper's points history written at chosen times, for the expiry, account and API specs."""

from datetime import datetime
from decimal import Decimal
from itertools import count

from commerce.core.ledger import ledger_append
from commerce.points.models import PointsEntryKind
from commerce.points.selectors.expiry import points_expiry_for

_keys = count(1)


def lot_made(account, points: int, *, at: datetime, expires_at: datetime | None = None):
    """`points` made available to `account` at `at` (a lot, expiring as configured)."""
    return ledger_append(
        owner=account,
        entries=account.entries,
        key=f"test:lot:{next(_keys)}",
        kind=PointsEntryKind.ADJUSTED,
        available=Decimal(points),
        reason="Points for the test",
        created_at=at,
        expires_at=expires_at or points_expiry_for(at=at),
    )


def points_spent(account, points: int, *, at: datetime, kind=PointsEntryKind.REDEEMED, **refs):
    """`points` taken from what `account` has available, at `at`."""
    return ledger_append(
        owner=account,
        entries=account.entries,
        key=f"test:spent:{next(_keys)}",
        kind=kind,
        available=-Decimal(points),
        reason="Spent in the test",
        created_at=at,
        **refs,
    )


def points_pending(account, points: int, *, at: datetime, **refs):
    """`points` earned on an order not delivered yet."""
    return ledger_append(
        owner=account,
        entries=account.entries,
        key=f"test:pending:{next(_keys)}",
        kind=PointsEntryKind.EARNED,
        pending=Decimal(points),
        reason="Earned on an order",
        created_at=at,
        **refs,
    )


def earning_off(settings) -> None:
    """Placing an order earns nothing, so the orders a hand-written history refers to add no
    entries of their own."""
    settings.POINTS_EARN_RATE = 0
    settings.POINTS_FIRST_ORDER_BONUS = 0
