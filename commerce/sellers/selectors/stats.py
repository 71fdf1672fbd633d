"""A seller's figures: sales, orders, items to ship and low-stock offers, for the seller home
and /api/v1/seller/stats/. Every figure is aggregated in SQL over the seller's own order lines
(commerce.sellers.selectors.access), in a fixed number of queries however many orders there are.

The rules, the same everywhere the figures show:

- **Sales** of a period are what shoppers paid for the seller's lines of the orders placed in
  that period: each line's `line_price_incl_tax` (after the shop's offers and vouchers, never
  shipping), minus what was refunded on it since, counted the way the lifecycle refunds
  (commerce.order.selectors.line_units_amount: n refunded units of a line paid P are
  round(P * n / quantity) in all). Cancelled lines count nothing.
- **Orders** of a period are the orders placed in it that hold a line of the seller's that is
  not cancelled.
- **Items to ship** are the units of the seller's lines not cancelled, refunded or shipped yet
  (partly shipped lines count what is left).
- **Low-stock offers** are the seller's stock records whose stock net of allocations is at or
  below their own `low_stock_threshold`, or SELLER_LOW_STOCK_THRESHOLD when they have none.

Periods are calendar days in the shop's time zone: "today" since midnight, "7 days" today and
the six days before, and so on; the daily series is zero-filled.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.conf import settings
from django.db.models import (
    Case,
    Count,
    DecimalField,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Round, TruncDate
from django.utils import timezone
from oscar.core.loading import get_model

from commerce.core.periods import period_start, zero_filled
from commerce.order.statuses import (
    CLOSED_LINE_STATUSES,
    REFUND_EVENT,
    SHIPPED_EVENT,
    SHIPPED_LINE_STATUSES,
    LineStatus,
)

from .access import seller_lines, seller_stockrecords

PaymentEventQuantity = get_model("order", "PaymentEventQuantity")
ShippingEventQuantity = get_model("order", "ShippingEventQuantity")

#: The periods of the seller home, in days ("today" is one day).
HOME_PERIODS = (1, 7, 30)
#: The longest daily series the stats API answers.
MAX_SERIES_DAYS = 365

_MONEY = DecimalField(max_digits=12, decimal_places=2)
_ZERO = Decimal("0.00")


@dataclass(frozen=True)
class PeriodFigures:
    """A seller's figures over the last `days` calendar days (today included)."""

    days: int
    sales: Decimal
    orders: int
    items_to_ship: int


@dataclass(frozen=True)
class DayFigures:
    """A seller's sales and orders of one calendar day."""

    day: date
    sales: Decimal
    orders: int


@dataclass(frozen=True)
class SellerFigures:
    """What the seller home shows: figures per period, and what waits now."""

    periods: tuple[PeriodFigures, ...]
    items_to_ship: int
    low_stock_offers: int


def line_event_units(*, event_name: str, quantities=ShippingEventQuantity) -> Coalesce:
    """An expression: units of the outer order line recorded by events named `event_name`."""
    units = (
        quantities.objects.filter(line=OuterRef("pk"), event__event_type__name=event_name)
        .values("line")
        .annotate(n=Sum("quantity"))
    )
    return Coalesce(Subquery(units.values("n"), output_field=IntegerField()), Value(0))


def seller_counted_lines(*, seller) -> QuerySet:
    """`seller`'s lines that count in their figures (not cancelled), annotated with `net_sales`
    (paid minus refunded) and `units_to_ship` (0 once shipped, refunded or closed)."""
    refunded = line_event_units(event_name=REFUND_EVENT, quantities=PaymentEventQuantity)
    shipped = line_event_units(event_name=SHIPPED_EVENT)
    waiting = ~Q(status__in=SHIPPED_LINE_STATUSES | CLOSED_LINE_STATUSES)
    return (
        seller_lines(seller=seller)
        .exclude(status=LineStatus.CANCELLED)
        .annotate(
            net_sales=ExpressionWrapper(
                F("line_price_incl_tax")
                - Round(F("line_price_incl_tax") * refunded / F("quantity"), 2),
                output_field=_MONEY,
            ),
            units_to_ship=Case(
                When(waiting, then=F("quantity") - shipped),
                default=Value(0),
                output_field=IntegerField(),
            ),
        )
    )


def seller_figures(*, seller, periods: tuple[int, ...] = HOME_PERIODS) -> SellerFigures:
    """`seller`'s sales, orders and items to ship for each period, with what waits to ship and
    their low-stock offers now: two queries."""
    aggregates = {}
    for days in periods:
        placed = Q(order__date_placed__gte=period_start(days))
        aggregates[f"sales_{days}"] = Sum("net_sales", filter=placed)
        aggregates[f"orders_{days}"] = Count("order_id", filter=placed, distinct=True)
        aggregates[f"ship_{days}"] = Sum("units_to_ship", filter=placed)
    aggregates["ship_all"] = Sum("units_to_ship")
    row = seller_counted_lines(seller=seller).aggregate(**aggregates)
    return SellerFigures(
        periods=tuple(
            PeriodFigures(
                days=days,
                sales=row[f"sales_{days}"] or _ZERO,
                orders=row[f"orders_{days}"],
                items_to_ship=row[f"ship_{days}"] or 0,
            )
            for days in periods
        ),
        items_to_ship=row["ship_all"] or 0,
        low_stock_offers=seller_low_stock_offers(seller=seller).count(),
    )


def seller_low_stock_offers(*, seller) -> QuerySet:
    """`seller`'s stock-tracked offers at or below their low-stock threshold (see the module)."""
    threshold = Coalesce(F("low_stock_threshold"), Value(settings.SELLER_LOW_STOCK_THRESHOLD))
    return (
        seller_stockrecords(seller=seller)
        .filter(num_in_stock__isnull=False)
        .alias(net=F("num_in_stock") - Coalesce(F("num_allocated"), Value(0)), limit=threshold)
        .filter(net__lte=F("limit"))
    )


def seller_daily_series(*, seller, days: int = 30) -> list[DayFigures]:
    """`seller`'s sales and orders per calendar day over the last `days` days, oldest first,
    days without sales included as zeros: one query."""
    rows = (
        seller_counted_lines(seller=seller)
        .filter(order__date_placed__gte=period_start(days))
        .annotate(day=TruncDate("order__date_placed", tzinfo=timezone.get_current_timezone()))
        .values("day")
        .annotate(sales=Sum("net_sales"), orders=Count("order_id", distinct=True))
        .order_by()
    )
    return zero_filled(
        days=days,
        rows_by_day={row["day"]: row for row in rows},
        make=lambda day, row: DayFigures(
            day=day,
            sales=row["sales"] if row else _ZERO,
            orders=row["orders"] if row else 0,
        ),
    )
