"""Staff batch approved commissions into payouts (above a minimum) and mark them paid."""

from decimal import Decimal as D

import pytest
from django.core.exceptions import ValidationError

from commerce.affiliates.models import AffiliateEntryKind, AffiliatePayout, Commission
from commerce.affiliates.services.payouts import payout_mark_paid, payouts_batch
from commerce.order import services
from tests.factories import AffiliateFactory, StaffFactory

from .conftest import (
    assert_balance_is_ledger_sum,
    balance,
    order_placed,
    referred,
    stocked_product,
)
from .payables import approved_commission

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def rates(settings):
    settings.AFFILIATE_DEFAULT_RATE = D("10.00")
    settings.AFFILIATE_RETURN_WINDOW_DAYS = 14
    settings.AFFILIATE_PAYOUT_MINIMUM = D("25.00")


@pytest.fixture
def staff(db):
    return StaffFactory()


def test_approved_commissions_above_the_minimum_are_batched_into_one_payout(affiliate, staff):
    first = approved_commission(affiliate, price="200.00")
    second = approved_commission(affiliate, price="100.00")

    [payout] = payouts_batch(by=staff)

    assert payout.affiliate == affiliate
    assert payout.amount == D("30.00")
    assert payout.status == "batched"
    assert set(payout.commissions.all()) == {first, second}
    assert set(Commission.objects.values_list("status", flat=True)) == {"paid"}
    assert balance(affiliate) == (D("0.00"), D("0.00"))
    entry = affiliate.entries.get(kind=AffiliateEntryKind.PAID)
    assert (entry.available, entry.payout, entry.created_by) == (D("-30.00"), payout, staff)
    assert_balance_is_ledger_sum(affiliate)


def test_below_the_minimum_nothing_is_batched(affiliate, staff):
    commission = approved_commission(affiliate, price="200.00")  # 20.00 < 25.00

    assert payouts_batch(by=staff) == []

    commission.refresh_from_db()
    assert commission.status == Commission.Status.APPROVED
    assert balance(affiliate) == (D("0.00"), D("20.00"))
    assert not AffiliatePayout.objects.exists()


def test_a_lower_minimum_may_be_given(affiliate, staff):
    approved_commission(affiliate, price="200.00")

    [payout] = payouts_batch(by=staff, minimum=D("10.00"))

    assert payout.amount == D("20.00")


def test_pending_commissions_wait_and_each_affiliate_gets_their_own_payout(affiliate, staff):
    other = AffiliateFactory()
    approved_commission(affiliate, price="300.00")
    approved_commission(other, price="250.00")
    pending = stocked_product(title="Pending", price="500.00")
    referred(order_placed(items=[(pending, 1)]), affiliate)

    payouts = payouts_batch(by=staff)

    assert {(p.affiliate, p.amount) for p in payouts} == {
        (affiliate, D("30.00")),
        (other, D("25.00")),
    }
    assert balance(affiliate) == (D("50.00"), D("0.00"))
    assert_balance_is_ledger_sum(affiliate, other)


def test_a_second_batch_run_pays_nothing_again(affiliate, staff):
    approved_commission(affiliate, price="300.00")
    payouts_batch(by=staff)

    assert payouts_batch(by=staff) == []
    assert AffiliatePayout.objects.count() == 1
    assert_balance_is_ledger_sum(affiliate)


def test_staff_mark_a_batched_payout_paid_once_with_its_reference(affiliate, staff):
    approved_commission(affiliate, price="300.00")
    [payout] = payouts_batch(by=staff)

    with pytest.raises(ValidationError, match="reference"):
        payout_mark_paid(payout=payout, by=staff, reference="  ")
    paid = payout_mark_paid(payout=payout, by=staff, reference="BACS-123")
    with pytest.raises(ValidationError, match="paid already"):
        payout_mark_paid(payout=payout, by=staff, reference="BACS-124")

    assert (paid.status, paid.reference) == ("paid", "BACS-123")
    assert paid.paid_at is not None
    assert balance(affiliate) == (D("0.00"), D("0.00"))


def test_a_refund_after_a_payout_leaves_a_debt_the_next_batch_covers_first(affiliate, staff):
    paid = approved_commission(affiliate, price="300.00")
    payouts_batch(by=staff)
    order = paid.referral.order
    services.order_refund(order=order, line_quantities={order.lines.get().pk: 1}, reason="Back")
    assert balance(affiliate) == (D("0.00"), D("-30.00"))

    approved_commission(affiliate, price="250.00")
    assert payouts_batch(by=staff) == []  # 25.00 would leave the debt unpaid

    paid.refresh_from_db()
    assert paid.status == Commission.Status.PAID  # its history is in the ledger
    assert balance(affiliate) == (D("0.00"), D("-5.00"))
    assert_balance_is_ledger_sum(affiliate)
