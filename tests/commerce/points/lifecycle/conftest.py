"""Helpers for the points specs that follow orders: placing an order from a basket the way
checkout does, shipping and delivering it, and the shopper's balance checked against their
ledger counted independently of the code under test."""

from decimal import Decimal as D

import pytest
from django.db import transaction
from oscar.apps.shipping.methods import FixedPrice
from oscar.test.factories import create_order

from commerce.order import services
from commerce.points.models import PointsAccount, PointsEntry
from commerce.points.selectors.balance import points_account_of, points_balance
from tests.commerce.order.conftest import changes, order_placed, stocked_product
from tests.factories import UserFactory

__all__ = [
    "assert_balance_is_ledger_sum",
    "balance",
    "changes",
    "delivered",
    "entries_of",
    "order_placed",
    "placed_from",
    "shipped",
    "stocked_product",
]


@pytest.fixture(autouse=True)
def points_rules(settings):
    """The rules every spec here counts with, whatever the shop's settings say: a point per
    pound spent, worth a penny, up to half the goods, and no first-order bonus unless a spec
    turns it on."""
    settings.POINTS_EARN_RATE = D("1")
    settings.POINTS_VALUE = D("0.01")
    settings.POINTS_MAX_SHARE = D("0.50")
    settings.POINTS_EXPIRY_MONTHS = 12
    settings.POINTS_FIRST_ORDER_BONUS = 0


@pytest.fixture
def shopper(db):
    return UserFactory()


def placed_from(basket, *, shipping: str = "5.00"):
    """An order placed from `basket` the way checkout places it: Oscar's OrderCreator and its
    order_placed signal (where the PLACED listeners run) inside one transaction, the checkout
    view's atomic block, so a refusal leaves nothing behind."""
    charge = D(shipping)
    with transaction.atomic():
        return create_order(
            basket=basket,
            user=basket.owner,
            shipping_method=FixedPrice(charge_excl_tax=charge, charge_incl_tax=charge),
        )


def shipped(order, lines=None):
    """Ship `lines` of `order` (all by default)."""
    return services.order_lines_ship(
        order=order, lines=lines, carrier="Royal Mail", reference="RM123"
    )


def delivered(order, lines=None):
    """Ship and deliver `lines` of `order` (all by default)."""
    shipped(order, lines)
    return services.order_lines_deliver(order=order, lines=lines)


def entries_of(user) -> list[PointsEntry]:
    account = PointsAccount.objects.filter(user=user).first()
    return list(account.entries.order_by("pk")) if account else []


def balance(user) -> tuple[D, D]:
    """(pending, available) points of `user`, as the shop shows them."""
    found = points_balance(account=points_account_of(user=user))
    return found.pending, found.available


def assert_balance_is_ledger_sum(user) -> None:
    """The shown balance is the sum of the entries, added up here in Python, and no bucket is
    below zero."""
    entries = entries_of(user)
    pending = sum((e.pending for e in entries), D("0"))
    available = sum((e.available for e in entries), D("0"))
    assert balance(user) == (pending, available)
    assert pending >= 0 and available >= 0, (pending, available)
