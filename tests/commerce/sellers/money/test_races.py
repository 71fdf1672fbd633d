"""Sellers' money under concurrent requests, on PostgreSQL with real threads: two payout
requests for the same money (the seller's lock lets exactly one through), and two orders mixing
the same sellers (their locks are taken in one order, so neither deadlocks)."""

from decimal import Decimal as D

import pytest
from django.core.exceptions import ValidationError
from oscar.apps.shipping.methods import Free
from oscar.test.factories import create_basket, create_order

from commerce.sellers.models import Payout
from commerce.sellers.selectors.earnings import seller_balance
from commerce.sellers.services.payouts import payout_request
from tests.concurrency import run_together
from tests.factories import SellerFactory

from .conftest import assert_balance_is_ledger_sum, offered_by, rule
from .test_payouts import earned

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.race]


def test_two_concurrent_requests_for_the_same_money_pay_it_once():
    seller = SellerFactory(name="Loom and Co")
    earned(seller, "60.00")

    outcomes = run_together(
        lambda: payout_request(seller=seller, amount=D("50.00")),
        lambda: payout_request(seller=seller, amount=D("50.00")),
    )

    refused = [o for o in outcomes if isinstance(o, ValidationError)]
    assert len(refused) == 1, outcomes
    assert "at most £10.00" in str(refused[0])
    assert Payout.objects.filter(seller=seller).count() == 1
    assert seller_balance(seller=seller).available == D("10.00")
    assert_balance_is_ledger_sum(seller)


def test_orders_mixing_the_same_sellers_in_opposite_orders_are_placedrun_together():
    rule("10")
    loom, kiln = SellerFactory(name="Loom and Co"), SellerFactory(name="Kiln Works")
    scarf = offered_by(loom, title="Wool scarf", price="40.00")
    vase = offered_by(kiln, title="Stoneware vase", price="30.00")
    baskets = []
    for items in ((scarf, vase), (vase, scarf)):
        basket = create_basket(empty=True)
        for product in items:
            basket.add_product(product, 1)
        baskets.append(basket)

    outcomes = run_together(
        *(
            lambda basket=basket: create_order(
                basket=basket, shipping_method=Free(), guest_email="guest@example.com"
            )
            for basket in baskets
        )
    )

    assert not [o for o in outcomes if isinstance(o, Exception)], outcomes
    assert seller_balance(seller=loom).pending == D("72.00")
    assert seller_balance(seller=kiln).pending == D("54.00")
    assert_balance_is_ledger_sum(loom, kiln)
