"""A seller asks to be paid what is available; staff approve, reject or mark it paid."""

from decimal import Decimal as D

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from commerce.core.ledger import ledger_append
from commerce.sellers.models import EarningKind, PayoutStatus
from commerce.sellers.selectors.earnings import seller_balance
from commerce.sellers.services.payouts import (
    payout_approve,
    payout_mark_paid,
    payout_reject,
    payout_request,
)
from tests.factories import StaffFactory

from .conftest import assert_balance_is_ledger_sum

pytestmark = pytest.mark.django_db


def earned(seller, amount: str, key: str = "test:earned"):
    """Available money, as if a delivered line had been released."""
    ledger_append(
        owner=seller,
        entries=seller.earnings,
        key=key,
        kind=EarningKind.ADJUSTED,
        available=D(amount),
    )


@pytest.fixture
def staff(db):
    return StaffFactory()


def test_a_request_without_amount_asks_for_everything_available(seller1):
    earned(seller1, "48.20")
    payout = payout_request(seller=seller1)
    assert (payout.amount, payout.status) == (D("48.20"), PayoutStatus.REQUESTED)
    assert seller_balance(seller=seller1).available == D("0.00")
    assert_balance_is_ledger_sum(seller1)


def test_a_request_above_what_is_available_is_refused_and_writes_nothing(seller1):
    earned(seller1, "30.00")
    with pytest.raises(ValidationError) as refused:
        payout_request(seller=seller1, amount=D("30.01"))
    assert refused.value.message_dict == {
        "amount": ["You can ask for at most £30.00, what is available now."]
    }
    assert not seller1.payouts.exists()
    assert seller_balance(seller=seller1).available == D("30.00")


def test_a_request_below_the_minimum_is_refused(seller1, settings):
    settings.SELLER_PAYOUT_MINIMUM = D("20.00")
    earned(seller1, "19.99")
    with pytest.raises(ValidationError, match="at least £20.00"):
        payout_request(seller=seller1)
    assert not seller1.payouts.exists()


def test_rejecting_gives_the_money_back_and_tells_the_seller_why(
    seller1, staff, django_capture_on_commit_callbacks
):
    earned(seller1, "50.00")
    payout = payout_request(seller=seller1, amount=D("40.00"))
    with django_capture_on_commit_callbacks(execute=True):
        payout_reject(payout=payout, by=staff, reason="The bank details do not match.")
    payout.refresh_from_db()
    assert (payout.status, payout.decided_by) == (PayoutStatus.REJECTED, staff)
    assert seller_balance(seller=seller1).available == D("50.00")
    assert mail.outbox[-1].to == [seller1.contact_email]
    assert "The bank details do not match." in mail.outbox[-1].body
    assert_balance_is_ledger_sum(seller1)


def test_an_approved_payout_may_still_be_rejected_but_not_a_paid_one(seller1, staff):
    earned(seller1, "50.00")
    payout = payout_request(seller=seller1)
    payout_approve(payout=payout, by=staff)
    payout_mark_paid(payout=payout, by=staff, reference="BANK-1")
    with pytest.raises(ValidationError, match="is paid, so it cannot be rejected"):
        payout_reject(payout=payout, by=staff, reason="Oops")
    assert seller_balance(seller=seller1).available == D("0.00")


def test_the_state_machine_refuses_steps_out_of_order(seller1, staff):
    earned(seller1, "50.00")
    payout = payout_request(seller=seller1)
    with pytest.raises(ValidationError, match="is requested, so it cannot be marked paid"):
        payout_mark_paid(payout=payout, by=staff, reference="BANK-1")
    payout_approve(payout=payout, by=staff)
    with pytest.raises(ValidationError, match="is approved, so it cannot be approved"):
        payout_approve(payout=payout, by=staff)
    with pytest.raises(ValidationError, match="bank transfer's reference"):
        payout_mark_paid(payout=payout, by=staff, reference="  ")
    payout_reject(payout=payout, by=staff, reason="Account closed")
    with pytest.raises(ValidationError, match="is rejected, so it cannot be approved"):
        payout_approve(payout=payout, by=staff)
    assert seller_balance(seller=seller1).available == D("50.00")
    assert_balance_is_ledger_sum(seller1)
