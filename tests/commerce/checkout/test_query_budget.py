"""The order preview costs the same number of queries with one line as with five, with an
automatic offer running: the basket's offers are asked about all its lines at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.commerce.catalogue.site_offers import range_of, site_offer
from tests.commerce.checkout.steps import (
    add_to_basket,
    checkout_to_preview,
    choose_payment,
    shop_ready,
)
from tests.factories import ProductFactory

pytestmark = pytest.mark.django_db

# Session, basket, lines and offers (as on the basket page), the checkout session's address
# and delivery method, the payment methods: none of them per line.
PREVIEW_BUDGET = 45


def _preview_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = choose_payment(client, "cash-on-delivery")
    assert response.status_code == 200
    return len(queries)


def test_the_order_preview_costs_the_same_with_one_line_as_with_five(
    client, django_assert_max_num_queries
):
    product = shop_ready(price="12.00", in_stock=20)
    others = [ProductFactory(title=f"Towel {n}", price=8 + n, stock=20) for n in range(4)]
    site_offer(range_=range_of(everything=True), name="Summer sale")
    checkout_to_preview(
        client,
        product=product,
        email="ada@example.com",
        shipping="standard",
        payment="cash-on-delivery",
    )
    one_line = _preview_queries(client)
    for other in others:
        add_to_basket(client, other)

    with django_assert_max_num_queries(PREVIEW_BUDGET):
        preview = choose_payment(client, "cash-on-delivery")

    assert _preview_queries(client) == one_line
    assert preview.content.decode().count("Summer sale") >= 1
