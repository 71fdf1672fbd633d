"""What an affiliate sees of their own activity, on the site (/affiliate/) and through the API
(/api/v1/affiliate/...): their figures, a daily series for the chart, their clicks,
commissions and payouts. Every figure is aggregated in SQL, in a fixed number of queries
however many rows there are; nothing here names the shoppers they referred.

The rules, the same everywhere the figures show:

- **Clicks** of a period are the de-duplicated visits (one per visitor a day) on its days.
- **Orders** of a period are the orders attributed to the affiliate (Referral) placed in it.
- **Conversion rate** is orders / clicks (None without clicks).
- **Earnings** of a period are the commissions on its orders, by status: `pending` (the order
  may still be cancelled or returned), `approved` and `paid`; rejected ones count nothing and
  reduced ones count what is left.
- **Balance** is the affiliate's ledger (commerce.core.ledger): pending, and available
  (approved, not yet batched into a payout); `paid_out` is what payouts paid, `in_payment`
  what is batched to be paid.

Periods are calendar days in the shop's time zone (commerce.core.periods).
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import Count, F, Q, QuerySet, Sum
from django.db.models.functions import TruncDate
from django.utils import timezone

from commerce.affiliates.models import (
    Affiliate,
    AffiliatePayoutStatus,
    Click,
    Commission,
    Referral,
)
from commerce.core.ledger import Balance, ledger_balance
from commerce.core.periods import period_first_day, period_start, zero_filled

#: The periods of the summary: all time (None) and the last 30 days.
SUMMARY_PERIODS: tuple[int | None, ...] = (None, 30)
#: The longest daily series the area draws or the API answers.
MAX_SERIES_DAYS = 365

_ZERO = Decimal("0.00")
_COUNTED = ~Q(status=Commission.Status.REJECTED)


@dataclass(frozen=True)
class PeriodFigures:
    """An affiliate's figures over the last `days` calendar days (None: since they joined)."""

    days: int | None
    clicks: int
    orders: int
    conversion_rate: Decimal | None
    pending: Decimal
    approved: Decimal
    paid: Decimal

    @property
    def conversion_percent(self) -> Decimal | None:
        """The conversion rate as a percentage with one decimal (2.5 for 0.0250)."""
        if self.conversion_rate is None:
            return None
        return (self.conversion_rate * 100).quantize(Decimal("0.1"))


@dataclass(frozen=True)
class AffiliateSummary:
    """What the top of the affiliate area shows."""

    periods: tuple[PeriodFigures, ...]
    balance: Balance
    paid_out: Decimal
    in_payment: Decimal


@dataclass(frozen=True)
class DayFigures:
    """An affiliate's clicks, orders and earnings (commissions not rejected) of one day."""

    day: date
    clicks: int
    orders: int
    earnings: Decimal


def conversion_rate(*, orders: int, clicks: int) -> Decimal | None:
    """Orders per click as a fraction rounded to 4 places (0.0250 = 2.5 %), None without clicks."""
    if not clicks:
        return None
    return (Decimal(orders) / Decimal(clicks)).quantize(Decimal("0.0001"))


def _period_key(days: int | None) -> str:
    return "all" if days is None else str(days)


def affiliate_summary(
    *, affiliate: Affiliate, periods: tuple[int | None, ...] = SUMMARY_PERIODS
) -> AffiliateSummary:
    """`affiliate`'s clicks, orders, conversion and earnings per period, their ledger balance
    and payouts: five queries."""
    clicks, orders, money = {}, {}, {}
    for days in periods:
        key = _period_key(days)
        since_day = Q() if days is None else Q(day__gte=period_first_day(days))
        since = Q() if days is None else Q(created_at__gte=period_start(days))
        clicks[key] = Count("pk", filter=since_day)
        orders[key] = Count("pk", filter=since)
        for status in ("pending", "approved", "paid"):
            money[f"{status}_{key}"] = Sum("amount", filter=since & Q(status=status))
    click_row = Click.objects.filter(affiliate=affiliate).aggregate(**clicks)
    order_row = Referral.objects.filter(affiliate=affiliate).aggregate(**orders)
    money_row = Commission.objects.filter(affiliate=affiliate).aggregate(**money)
    payouts = affiliate.payouts.aggregate(
        paid=Sum("amount", filter=Q(status=AffiliatePayoutStatus.PAID)),
        batched=Sum("amount", filter=Q(status=AffiliatePayoutStatus.BATCHED)),
    )
    figures = []
    for days in periods:
        key = _period_key(days)
        figures.append(
            PeriodFigures(
                days=days,
                clicks=click_row[key],
                orders=order_row[key],
                conversion_rate=conversion_rate(orders=order_row[key], clicks=click_row[key]),
                pending=money_row[f"pending_{key}"] or _ZERO,
                approved=money_row[f"approved_{key}"] or _ZERO,
                paid=money_row[f"paid_{key}"] or _ZERO,
            )
        )
    return AffiliateSummary(
        periods=tuple(figures),
        balance=ledger_balance(entries=affiliate.entries.all()),
        paid_out=payouts["paid"] or _ZERO,
        in_payment=payouts["batched"] or _ZERO,
    )


def affiliate_daily_series(*, affiliate: Affiliate, days: int = 30) -> list[DayFigures]:
    """`affiliate`'s clicks, orders and earnings per calendar day over the last `days` days,
    oldest first, quiet days as zeros: three queries."""
    local = timezone.get_current_timezone()
    clicks = (
        Click.objects.filter(affiliate=affiliate, day__gte=period_first_day(days))
        .values("day")
        .annotate(n=Count("pk"))
        .order_by()
    )
    orders = (
        Referral.objects.filter(affiliate=affiliate, created_at__gte=period_start(days))
        .annotate(day=TruncDate("created_at", tzinfo=local))
        .values("day")
        .annotate(n=Count("pk"))
        .order_by()
    )
    earnings = (
        Commission.objects.filter(_COUNTED, affiliate=affiliate)
        .filter(created_at__gte=period_start(days))
        .annotate(day=TruncDate("created_at", tzinfo=local))
        .values("day")
        .annotate(amount=Sum("amount"))
        .order_by()
    )
    rows: dict[date, dict] = {}
    for name, query, field in (
        ("clicks", clicks, "n"),
        ("orders", orders, "n"),
        ("earnings", earnings, "amount"),
    ):
        for row in query:
            rows.setdefault(row["day"], {})[name] = row[field]
    return zero_filled(
        days=days,
        rows_by_day=rows,
        make=lambda day, row: DayFigures(
            day=day,
            clicks=(row or {}).get("clicks", 0),
            orders=(row or {}).get("orders", 0),
            earnings=(row or {}).get("earnings", _ZERO),
        ),
    )


def affiliate_clicks(*, affiliate: Affiliate) -> QuerySet:
    """`affiliate`'s clicks, newest first."""
    return Click.objects.filter(affiliate=affiliate).order_by("-created_at", "-pk")


def affiliate_commissions(*, affiliate: Affiliate) -> QuerySet:
    """`affiliate`'s commissions, newest first, annotated with `order_number` and
    `order_placed` (never who the shopper is)."""
    return (
        Commission.objects.filter(affiliate=affiliate)
        .annotate(
            order_number=F("referral__order__number"),
            order_placed=F("referral__order__date_placed"),
        )
        .order_by("-created_at", "-pk")
    )


def affiliate_payouts(*, affiliate: Affiliate) -> QuerySet:
    """`affiliate`'s payouts, newest first."""
    return affiliate.payouts.order_by("-created_at", "-pk")
