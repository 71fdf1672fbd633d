"""The daily SVG bar chart (sellers' home, affiliate area): bars scaled to the best day on an
axis of round steps."""

from datetime import date, timedelta
from decimal import Decimal as D

from commerce.core.charts import HEIGHT, WIDTH, daily_bar_chart
from commerce.sellers.selectors.stats import DayFigures


def _series(*sales):
    first = date(2026, 11, 1)
    return [
        DayFigures(day=first + timedelta(days=n), sales=D(amount), orders=1)
        for n, amount in enumerate(sales)
    ]


def test_the_axis_climbs_in_round_steps_above_the_best_day():
    chart = daily_bar_chart(series=_series("0.00", "89.50", "40.00"))

    assert [tick.value for tick in chart.ticks] == [0, 25, 50, 75, 100]
    assert chart.best.day == date(2026, 11, 2)
    assert chart.total == D("129.50")


def test_bars_stay_inside_the_drawing():
    chart = daily_bar_chart(series=_series(*["12.00"] * 30))

    for bar in chart.bars:
        assert bar.x > 0 and bar.x + bar.width < WIDTH
        assert 0 <= bar.y <= chart.baseline <= HEIGHT
    assert chart.bars[0].height == chart.bars[-1].height > 0


def test_an_empty_month_draws_flat_with_no_best_day():
    chart = daily_bar_chart(series=_series(*["0.00"] * 30))

    assert chart.best is None
    assert {bar.height for bar in chart.bars} == {0}


def test_bars_measure_the_value_asked_for():
    chart = daily_bar_chart(series=_series("10.00", "20.00"), value=lambda day: D(day.orders))

    assert [bar.value for bar in chart.bars] == [1, 1]
    assert chart.bars[0].figures.sales == D("10.00")
