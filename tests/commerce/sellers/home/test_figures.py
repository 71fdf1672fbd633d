"""A seller's figures count their own lines only: what shoppers paid for them, no shipping,
no other seller's lines, cancelled lines out, refunds taken off."""

from datetime import timedelta
from decimal import Decimal as D

import pytest
from django.utils import timezone

from commerce.order import services
from commerce.sellers.selectors.stats import (
    seller_daily_series,
    seller_figures,
    seller_low_stock_offers,
)
from tests.commerce.sellers.marketplace_orders import (
    offered_product,
    order_placed,
    placed_days_ago,
)

pytestmark = pytest.mark.django_db


def _period(figures, days):
    return next(period for period in figures.periods if period.days == days)


def test_each_seller_sees_only_their_own_sales_of_a_shared_order(shared_order, seller1, seller2):
    assert shared_order.total_incl_tax == D("40.00")

    mine, theirs = seller_figures(seller=seller1), seller_figures(seller=seller2)

    for days in (1, 7, 30):
        assert _period(mine, days).sales == D("20.00")
        assert _period(theirs, days).sales == D("15.00")
        assert _period(mine, days).orders == _period(theirs, days).orders == 1
    assert mine.items_to_ship == 2
    assert theirs.items_to_ship == 1


def test_sales_are_counted_after_the_shops_discounts(seller1, mug):
    order = order_placed(items=[(mug, 3)])
    # As if an offer had taken £6 off the three mugs (what Oscar stores on the line).
    order.lines.update(line_price_incl_tax=D("24.00"))

    assert _period(seller_figures(seller=seller1), 1).sales == D("24.00")


def test_cancelled_lines_count_neither_in_sales_nor_orders(shared_order, seller1, seller2):
    teapot_line = shared_order.lines.get(partner=seller2.partner)
    services.order_lines_cancel(order=shared_order, lines=[teapot_line])

    theirs = seller_figures(seller=seller2)
    assert (_period(theirs, 30).sales, _period(theirs, 30).orders) == (D("0.00"), 0)
    assert theirs.items_to_ship == 0
    assert _period(seller_figures(seller=seller1), 30).sales == D("20.00")


def test_refunds_are_taken_off_the_sales_of_the_refunded_line(shared_order, seller1):
    mug_line = shared_order.lines.get(partner=seller1.partner)
    services.order_lines_ship(
        order=shared_order, line_quantities={mug_line.pk: 2}, carrier="DPD", reference="T1"
    )
    services.order_refund(order=shared_order, line_quantities={mug_line.pk: 1}, reason="Broken")

    figures = seller_figures(seller=seller1)
    assert _period(figures, 30).sales == D("10.00")
    assert figures.items_to_ship == 0


def test_items_to_ship_counts_what_is_left_of_a_partly_shipped_line(shared_order, seller1):
    mug_line = shared_order.lines.get(partner=seller1.partner)
    services.order_lines_ship(
        order=shared_order, line_quantities={mug_line.pk: 1}, carrier="DPD", reference="T1"
    )

    assert seller_figures(seller=seller1).items_to_ship == 1


def test_periods_are_calendar_days(seller1, mug):
    placed_days_ago(order_placed(items=[(mug, 1)]), 0)
    placed_days_ago(order_placed(items=[(mug, 2)]), 3)
    placed_days_ago(order_placed(items=[(mug, 4)]), 20)
    placed_days_ago(order_placed(items=[(mug, 8)]), 40)

    figures = seller_figures(seller=seller1)

    assert [(p.days, p.sales, p.orders) for p in figures.periods] == [
        (1, D("10.00"), 1),
        (7, D("30.00"), 2),
        (30, D("70.00"), 3),
    ]
    assert figures.items_to_ship == 15  # waiting, however old


def test_the_daily_series_is_zero_filled_oldest_first(seller1, mug, teapot):
    placed_days_ago(order_placed(items=[(mug, 1)]), 2)
    placed_days_ago(order_placed(items=[(mug, 1), (teapot, 1)]), 2)
    placed_days_ago(order_placed(items=[(mug, 3)]), 0)

    series = seller_daily_series(seller=seller1, days=5)

    today = timezone.localdate()
    assert [day.day for day in series] == [today - timedelta(days=n) for n in range(4, -1, -1)]
    assert [(day.sales, day.orders) for day in series] == [
        (D("0.00"), 0),
        (D("0.00"), 0),
        (D("20.00"), 2),
        (D("0.00"), 0),
        (D("30.00"), 1),
    ]


def test_low_stock_offers_use_their_own_threshold_or_the_setting(seller1, seller2, settings):
    settings.SELLER_LOW_STOCK_THRESHOLD = 3
    at_setting = offered_product(seller=seller1, title="Three left", price="5.00", in_stock=3)
    offered_product(seller=seller1, title="Plenty", price="5.00", in_stock=4)
    own = offered_product(
        seller=seller1, title="Own threshold", price="5.00", in_stock=8, low_stock_threshold=10
    )
    offered_product(seller=seller2, title="Theirs", price="5.00", in_stock=0)

    low = seller_low_stock_offers(seller=seller1)

    assert {record.product for record in low} == {at_setting, own}
    assert seller_figures(seller=seller1).low_stock_offers == 2
