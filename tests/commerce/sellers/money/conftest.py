"""Helpers for the marketplace's money specs: sellers' offers, placed orders, and a check that
every balance is the sum of its ledger, counted independently of the code under test."""

from decimal import Decimal

import pytest

from commerce.sellers.models import CommissionRule
from commerce.sellers.selectors.earnings import seller_balance
from tests.commerce.order.conftest import changes, order_placed
from tests.factories import ProductFactory, SellerFactory, StockRecordFactory

__all__ = ["changes", "order_placed", "offered_by", "rule", "assert_balance_is_ledger_sum"]


def offered_by(seller, *, title: str, price: str, stock: int = 10, **product):
    """A product only `seller` offers, at `price`."""
    item = ProductFactory(title=title, price=None, **product)
    StockRecordFactory(
        product=item, partner=seller.partner, price=Decimal(price), num_in_stock=stock
    )
    return item


def rule(value: str, *, kind: str = "percentage", **dimensions) -> CommissionRule:
    """A commission rule (no dimensions: the shop default)."""
    return CommissionRule.objects.create(value=Decimal(value), kind=kind, **dimensions)


def ledger_sums(seller) -> tuple[Decimal, Decimal]:
    """(pending, available) added up entry by entry in Python, not by the ledger's SQL."""
    entries = list(seller.earnings.all())
    return (
        sum((e.pending for e in entries), Decimal("0.00")),
        sum((e.available for e in entries), Decimal("0.00")),
    )


def assert_balance_is_ledger_sum(*sellers) -> None:
    for seller in sellers:
        balance = seller_balance(seller=seller)
        assert (balance.pending, balance.available) == ledger_sums(seller), seller


@pytest.fixture
def seller1(db):
    return SellerFactory(name="Loom and Co")


@pytest.fixture
def seller2(db):
    return SellerFactory(name="Kiln Works")
