"""Helpers for the affiliates' money specs: referred orders, and a check that every balance is
the sum of its ledger, counted independently of the code under test."""

from decimal import Decimal

import pytest

from commerce.affiliates.models import Referral, ReferralSource
from commerce.affiliates.selectors.earnings import affiliate_balance
from commerce.affiliates.services.commissions import commission_create
from commerce.order import services
from tests.commerce.order.conftest import changes, order_placed, stocked_product
from tests.factories import AffiliateFactory, CategoryFactory

__all__ = ["changes", "order_placed", "stocked_product", "referred", "assert_balance_is_ledger_sum"]


def referred(order, affiliate):
    """`order`'s Referral to `affiliate` (what tracking records at placement) and its
    commission, made the way placement makes it: the PLACED announcement, replayed."""
    referral = Referral.objects.create(order=order, affiliate=affiliate, source=ReferralSource.LINK)
    services.order_placed_announce(order=order)
    return commission_create(referral=referral)  # the one the listener made


def product_in(category, *, title: str, price: str):
    product = stocked_product(title=title, price=price)
    product.categories.add(category)
    return product


def ledger_sums(affiliate) -> tuple[Decimal, Decimal]:
    """(pending, available) added up entry by entry in Python, not by the ledger's SQL."""
    entries = list(affiliate.entries.all())
    return (
        sum((e.pending for e in entries), Decimal("0.00")),
        sum((e.available for e in entries), Decimal("0.00")),
    )


def balance(affiliate) -> tuple[Decimal, Decimal]:
    found = affiliate_balance(affiliate=affiliate)
    return found.pending, found.available


def assert_balance_is_ledger_sum(*affiliates) -> None:
    for affiliate in affiliates:
        assert balance(affiliate) == ledger_sums(affiliate), affiliate


@pytest.fixture
def affiliate(db):
    return AffiliateFactory()


@pytest.fixture
def crafts(db):
    return CategoryFactory(name="Crafts")
