"""Affiliates' payouts under concurrent runs, on PostgreSQL with real threads: two batch runs
at once pay each affiliate once (the affiliate's lock lets one through, the other finds
nothing left to pay)."""

from decimal import Decimal as D

import pytest

from commerce.affiliates.models import AffiliatePayout
from commerce.affiliates.services.payouts import payouts_batch
from tests.concurrency import run_together
from tests.factories import AffiliateFactory, StaffFactory

from .conftest import assert_balance_is_ledger_sum, balance
from .payables import approved_commission

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.race]


def test_two_concurrent_batch_runs_pay_once(settings):
    settings.AFFILIATE_DEFAULT_RATE = D("10.00")
    settings.AFFILIATE_PAYOUT_MINIMUM = D("25.00")
    affiliate, staff = AffiliateFactory(), StaffFactory()
    approved_commission(affiliate, price="300.00")

    outcomes = run_together(
        lambda: payouts_batch(by=staff),
        lambda: payouts_batch(by=staff),
    )

    assert not [o for o in outcomes if isinstance(o, Exception)], outcomes
    assert sorted(len(o) for o in outcomes) == [0, 1]
    assert AffiliatePayout.objects.get().amount == D("30.00")
    assert balance(affiliate) == (D("0.00"), D("0.00"))
    assert_balance_is_ledger_sum(affiliate)
