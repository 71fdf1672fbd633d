"""The one ledger pattern (commerce.core.ledger), through its first ledger: sellers' earnings."""

from decimal import Decimal as D

import pytest

from commerce.core.ledger import LedgerOverdrawn, ledger_append, ledger_balance
from commerce.sellers.models import EarningEntry, EarningKind
from tests.concurrency import run_together
from tests.factories import SellerFactory

pytestmark = pytest.mark.django_db


def _append(seller, key, **amounts):
    return ledger_append(
        owner=seller, entries=seller.earnings, key=key, kind=EarningKind.ADJUSTED, **amounts
    )


def test_the_balance_is_the_sum_of_the_entries_in_each_bucket():
    seller = SellerFactory()
    _append(seller, "a", pending=D("30.00"))
    _append(seller, "b", pending=D("-10.00"), available=D("10.00"))
    _append(seller, "c", available=D("-4.50"))

    balance = ledger_balance(entries=seller.earnings.all())

    assert (balance.pending, balance.available, balance.total) == (
        D("20.00"),
        D("5.50"),
        D("25.50"),
    )


def test_an_empty_ledger_balances_at_zero():
    balance = ledger_balance(entries=SellerFactory().earnings.all())

    assert (balance.pending, balance.available) == (D("0.00"), D("0.00"))


def test_replaying_an_event_has_one_effect():
    seller = SellerFactory()

    first = _append(seller, "line:1:earned", pending=D("12.00"))
    again = _append(seller, "line:1:earned", pending=D("12.00"))

    assert again.pk == first.pk
    assert ledger_balance(entries=seller.earnings.all()).pending == D("12.00")


def test_no_bucket_may_go_below_zero_and_a_refusal_writes_nothing():
    seller = SellerFactory()
    _append(seller, "earned", available=D("10.00"))

    with pytest.raises(LedgerOverdrawn, match="Only 10.00 is available"):
        _append(seller, "too-much", available=D("-10.01"))

    assert seller.earnings.count() == 1


def test_ledgers_of_two_owners_are_apart():
    one, two = SellerFactory(), SellerFactory()
    _append(one, "one", available=D("8.00"))

    with pytest.raises(LedgerOverdrawn):
        _append(two, "two", available=D("-1.00"))
    assert ledger_balance(entries=two.earnings.all()).available == D("0.00")


def test_entries_are_append_only():
    entry = _append(SellerFactory(), "earned", pending=D("5.00"))

    entry.reason = "rewritten"
    with pytest.raises(ValueError, match="append-only"):
        entry.save()
    with pytest.raises(ValueError, match="append-only"):
        entry.delete()
    assert EarningEntry.objects.get(pk=entry.pk).reason == ""


@pytest.mark.django_db(transaction=True)
@pytest.mark.race
def test_two_concurrent_withdrawals_of_the_same_money_succeed_once():
    seller = SellerFactory()
    _append(seller, "earned", available=D("50.00"))

    outcomes = run_together(
        lambda: _append(seller, "withdraw:1", available=D("-40.00")),
        lambda: _append(seller, "withdraw:2", available=D("-40.00")),
    )

    assert sum(isinstance(o, LedgerOverdrawn) for o in outcomes) == 1, outcomes
    assert ledger_balance(entries=seller.earnings.all()).available == D("10.00")
