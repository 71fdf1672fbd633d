"""An affiliate's figures: clicks, orders, conversion and earnings from their own rows only."""

from datetime import timedelta
from decimal import Decimal as D

import pytest
from django.utils import timezone

from commerce.affiliates.selectors.area import (
    affiliate_commissions,
    affiliate_daily_series,
    affiliate_summary,
)

from .conftest import clicks_made, commission_made

pytestmark = pytest.mark.django_db


def test_figures_count_clicks_orders_and_earnings_by_status(affiliate, mug):
    clicks_made(affiliate, count=30)
    clicks_made(affiliate, count=10, days_ago=40)
    commission_made(affiliate, product=mug, amount="2.00", status="pending")
    commission_made(affiliate, product=mug, amount="3.00", status="approved")
    commission_made(affiliate, product=mug, amount="4.00", status="paid", days_ago=45)
    commission_made(affiliate, product=mug, amount="5.00", status="rejected")

    summary = affiliate_summary(affiliate=affiliate)

    all_time, month = summary.periods
    assert (all_time.days, all_time.clicks, all_time.orders) == (None, 40, 4)
    assert all_time.conversion_rate == D("0.1000") and all_time.conversion_percent == D("10.0")
    assert (all_time.pending, all_time.approved, all_time.paid) == (D("2.00"), D("3.00"), D("4.00"))
    assert (month.days, month.clicks, month.orders) == (30, 30, 3)
    assert month.conversion_rate == D("0.1000")
    assert (month.pending, month.approved, month.paid) == (D("2.00"), D("3.00"), D("0.00"))
    assert summary.balance.pending == D("2.00") and summary.balance.available == D("3.00")
    assert summary.paid_out == D("4.00") and summary.in_payment == D("0.00")


def test_without_clicks_there_is_no_conversion_rate(affiliate):
    (all_time, _) = affiliate_summary(affiliate=affiliate).periods

    assert all_time.clicks == 0 and all_time.conversion_rate is None


def test_another_affiliates_activity_never_counts(affiliate, other_affiliate, mug):
    clicks_made(other_affiliate, count=5)
    commission_made(other_affiliate, product=mug, amount="9.00", status="approved")

    summary = affiliate_summary(affiliate=affiliate)

    assert summary.periods[0].clicks == summary.periods[0].orders == 0
    assert summary.balance.total == 0
    assert not affiliate_commissions(affiliate=affiliate).exists()
    assert sum(day.clicks for day in affiliate_daily_series(affiliate=affiliate)) == 0


def test_the_daily_series_lists_every_day_quiet_ones_as_zeros(affiliate, mug):
    clicks_made(affiliate, count=3, days_ago=2)
    commission_made(affiliate, product=mug, amount="2.50", days_ago=2)
    commission_made(affiliate, product=mug, amount="9.00", status="rejected", days_ago=2)

    series = affiliate_daily_series(affiliate=affiliate, days=7)

    today = timezone.localdate()
    assert [day.day for day in series] == [today - timedelta(days=n) for n in range(6, -1, -1)]
    busy = series[4]
    assert (busy.clicks, busy.orders, busy.earnings) == (3, 2, D("2.50"))
    assert {(d.clicks, d.orders, d.earnings) for d in series[:4] + series[5:]} == {(0, 0, 0)}


def test_commissions_carry_the_order_number_and_date_never_the_shopper(affiliate, mug):
    made = commission_made(affiliate, product=mug, amount="2.00")

    (commission,) = affiliate_commissions(affiliate=affiliate)

    assert commission.order_number == str(made.referral.order.number)
    assert commission.order_placed == made.referral.order.date_placed
