"""When a shopper's points expire.

Every entry that makes points available (available > 0) is a lot; every entry that takes
available points away (redeemed, reversed, expired, a negative adjustment) is a debit. Debits
use up the lots in the order the ledger recorded them, each from the open lot that expires
first (the oldest, since every lot lives POINTS_EXPIRY_MONTHS): so a redemption spends the
points closest to expiring, and what is left of a lot is what expires at its `expires_at`.
A lot without `expires_at` never expires and is spent last."""

import calendar
from dataclasses import dataclass
from datetime import date, datetime

from django.conf import settings
from django.utils import timezone

from commerce.points.models import PointsAccount, PointsEntry


@dataclass
class Lot:
    """A lot of points (`entry`) and how many of them are not spent yet."""

    entry: PointsEntry
    remaining: int

    @property
    def expires_at(self) -> datetime | None:
        return self.entry.expires_at


@dataclass(frozen=True)
class Expiry:
    """Points expiring on one day."""

    date: date
    points: int


def points_expiry_for(*, at: datetime) -> datetime:
    """When points made available at `at` expire: POINTS_EXPIRY_MONTHS calendar months later
    (the last day of a shorter month)."""
    months = at.month - 1 + settings.POINTS_EXPIRY_MONTHS
    year, month = at.year + months // 12, months % 12 + 1
    day = min(at.day, calendar.monthrange(year, month)[1])
    return at.replace(year=year, month=month, day=day)


def _spending_order(lot: Lot) -> tuple:
    # Never-expiring lots last; among equal expiries, the older lot first.
    never = lot.expires_at is None
    return (never, lot.entry.created_at if never else lot.expires_at, lot.entry.pk)


def points_lots(*, account: PointsAccount) -> list[Lot]:
    """Every lot of `account` with what is left of it, oldest first (one query)."""
    lots: list[Lot] = []
    open_lots: list[Lot] = []
    debt = 0  # debits recorded before any lot could cover them: the next lots pay them
    for entry in account.entries.exclude(available=0).order_by("created_at", "pk"):
        points = int(entry.available)
        if points > 0:
            lot = Lot(entry=entry, remaining=points)
            taken = min(debt, points)
            lot.remaining -= taken
            debt -= taken
            lots.append(lot)
            if lot.remaining:
                open_lots.append(lot)
                open_lots.sort(key=_spending_order)
            continue
        to_take = -points
        for lot in open_lots:
            taken = min(lot.remaining, to_take)
            lot.remaining -= taken
            to_take -= taken
            if not to_take:
                break
        open_lots = [lot for lot in open_lots if lot.remaining]
        debt += to_take
    return lots


def points_expiring(*, account: PointsAccount | None, before: datetime | None = None):
    """The points of `account` still to expire (before `before`, if given), per day, soonest
    first: a list of Expiry(date, points)."""
    if account is None:
        return []
    per_day: dict[date, int] = {}
    for lot in points_lots(account=account):
        if not lot.remaining or lot.expires_at is None:
            continue
        if before is not None and lot.expires_at >= before:
            continue
        day = timezone.localdate(lot.expires_at)
        per_day[day] = per_day.get(day, 0) + lot.remaining
    return [Expiry(date=day, points=points) for day, points in sorted(per_day.items())]


def points_next_expiry(*, account: PointsAccount | None) -> Expiry | None:
    """The next day some of `account`'s points expire and how many, or None."""
    expiring = points_expiring(account=account)
    return expiring[0] if expiring else None


def points_due_lots(*, account: PointsAccount, now: datetime) -> list[Lot]:
    """The lots of `account` whose unspent points passed their expiry at `now`, soonest first."""
    due = [
        lot
        for lot in points_lots(account=account)
        if lot.remaining and lot.expires_at is not None and lot.expires_at <= now
    ]
    return sorted(due, key=_spending_order)
