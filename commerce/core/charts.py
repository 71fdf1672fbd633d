"""A daily bar chart as plain numbers for an inline SVG (no JavaScript, no CDN): one bar per
day, scaled to the best day, with a few labelled steps on the value axis. The sellers' home
(sales) and the affiliate area (earnings) draw it with templates/includes/daily_bar_chart.html."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from operator import attrgetter
from typing import Any

WIDTH, HEIGHT = 720, 240
LEFT, RIGHT, BOTTOM, TOP = 64, 24, 28, 12  # room for value labels, day labels, the top tick
STEPS = 4
NICE_STEPS = (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5), Decimal(10))


@dataclass(frozen=True)
class Bar:
    """One day's bar; `x`, `y`, `width`, `height` in SVG units; `figures` is the day's item of
    the series (for the template's tooltips and table)."""

    day: date
    value: Decimal
    figures: Any
    x: float
    y: float
    width: float
    height: float
    labelled: bool  # whether the day is written under the bar (one in five, and the last)


@dataclass(frozen=True)
class Tick:
    """A labelled step of the value axis at height `y`."""

    value: Decimal
    y: float


@dataclass(frozen=True)
class BarChart:
    """Everything the SVG template draws."""

    width: int
    height: int
    left: int
    baseline: float
    bars: tuple[Bar, ...]
    ticks: tuple[Tick, ...]
    total: Decimal
    best: Bar | None


def _ceiling(value: Decimal) -> Decimal:
    """The axis top: the smallest STEPS round steps (1, 2, 2.5 or 5 times a power of ten)
    that reach `value`."""
    if value <= 0:
        return Decimal(STEPS)
    step = value / STEPS
    magnitude = Decimal(10) ** step.adjusted()
    nice = next(n for n in NICE_STEPS if n * magnitude >= step)
    return nice * magnitude * STEPS


def daily_bar_chart(
    *, series: Sequence, value: Callable[[Any], Decimal] = attrgetter("sales")
) -> BarChart:
    """Bars and axis ticks for a daily series (items with a `day`), each bar `value(item)` high."""
    baseline = HEIGHT - BOTTOM
    plot_height = baseline - TOP
    values = [value(item) for item in series]
    top = _ceiling(max(values, default=Decimal(0)))
    slot = (WIDTH - LEFT - RIGHT) / max(len(series), 1)
    bars = []
    for index, (item, amount) in enumerate(zip(series, values, strict=True)):
        height = float(amount / top) * plot_height
        bars.append(
            Bar(
                day=item.day,
                value=amount,
                figures=item,
                x=round(LEFT + index * slot + slot * 0.15, 2),
                y=round(baseline - height, 2),
                width=round(slot * 0.7, 2),
                height=round(height, 2),
                labelled=index % 5 == 0 or index == len(series) - 1,
            )
        )
    ticks = tuple(
        Tick(value=top * step / STEPS, y=round(baseline - plot_height * step / STEPS, 2))
        for step in range(STEPS + 1)
    )
    best = max(bars, key=lambda bar: bar.value) if bars else None
    return BarChart(
        width=WIDTH,
        height=HEIGHT,
        left=LEFT,
        baseline=baseline,
        bars=tuple(bars),
        ticks=ticks,
        total=sum(values, Decimal("0.00")),
        best=best if best is not None and best.value > 0 else None,
    )
