"""Calendar periods in the shop's time zone, shared by the sellers' and affiliates' figures:
"the last N days" is today and the N-1 days before, from local midnight; daily series list
every one of those days, days without activity as zeros."""

from collections.abc import Callable, Mapping
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar

from django.utils import timezone

T = TypeVar("T")


def period_first_day(days: int) -> date:
    """The first of the last `days` calendar days (1 = today)."""
    return timezone.localdate() - timedelta(days=days - 1)


def period_start(days: int) -> datetime:
    """Midnight (shop time) of the first of the last `days` calendar days."""
    return timezone.make_aware(datetime.combine(period_first_day(days), time.min))


def zero_filled(
    *, days: int, rows_by_day: Mapping[date, Any], make: Callable[[date, Any], T]
) -> list[T]:
    """One `make(day, row or None)` per calendar day of the last `days`, oldest first."""
    first = period_first_day(days)
    return [
        make(day, rows_by_day.get(day))
        for day in (first + timedelta(days=offset) for offset in range(days))
    ]
