"""The bench's checkout driver for real: concurrent guest shoppers, each with its own session,
go through every checkout step over HTTP until the product is sold out, and the database shows
exactly the stock sold, nothing oversold."""

import pytest
from oscar.core.loading import get_model

from bench.checkout import checkout_load, checkout_result, stock_after
from tests.commerce.checkout.steps import shop_ready

Order = get_model("order", "Order")

pytestmark = pytest.mark.django_db(transaction=True)


def test_two_shoppers_buy_the_last_three_units_and_none_is_oversold(live_server, home_page):
    product = shop_ready(title="Last three jars of honey", in_stock=3)

    run = checkout_load(base=live_server.url, product_pk=product.pk, shoppers=2, timeout=60)
    result = checkout_result(
        run=run, stock=3, sold=stock_after(product_pk=product.pk, stock=3, lines_before=0)
    )

    assert result.errors == 0, result.error_samples
    assert result.orders == 3 and Order.objects.count() == 3
    assert (result.units_ordered, result.units_allocated, result.oversold) == (3, 3, 0)
    assert result.refused == 2  # both shoppers end told it is sold out
    assert result.requests_per_order >= 12  # every step, redirect by redirect
    assert 0 < result.place_order_p50_ms <= result.place_order_p95_ms
    assert result.orders_per_second > 0
