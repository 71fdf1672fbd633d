"""The affiliate is emailed once when staff batch their payout and once when staff mark it paid,
after the decision commits; a refused or empty decision emails nobody."""

from decimal import Decimal as D

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from commerce.affiliates.models import AffiliatePayout
from commerce.affiliates.services.payouts import payout_mark_paid, payouts_batch
from commerce.order import services
from tests.factories import AffiliateFactory, StaffFactory, UserFactory

from .payables import approved_commission

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def rates(settings):
    settings.AFFILIATE_DEFAULT_RATE = D("10.00")
    settings.AFFILIATE_PAYOUT_MINIMUM = D("25.00")


@pytest.fixture
def affiliate(db):
    return AffiliateFactory(user=UserFactory(email="partner@example.com"))


@pytest.fixture
def staff(db):
    return StaffFactory()


def test_batching_emails_each_affiliate_once_after_it_commits(
    affiliate, staff, django_capture_on_commit_callbacks
):
    other = AffiliateFactory(user=UserFactory(email="other@example.com"))
    approved_commission(affiliate, price="200.00")
    approved_commission(affiliate, price="100.00")
    approved_commission(other, price="250.00")

    with django_capture_on_commit_callbacks(execute=True):
        payouts_batch(by=staff)
        assert mail.outbox == []  # nothing leaves before the payouts are committed

    sent = {message.to[0]: message for message in mail.outbox}
    assert len(mail.outbox) == 2 and set(sent) == {"partner@example.com", "other@example.com"}
    payout = AffiliatePayout.objects.get(affiliate=affiliate)
    message = sent["partner@example.com"]
    assert message.subject == "We are paying you £30.00 for your referrals"
    assert f"Your 2 approved commissions, £30.00 in all, are now in payout #{payout.pk}." in (
        message.body
    )
    assert "Your approved commission of £25.00" in sent["other@example.com"].body


def test_marking_paid_emails_the_affiliate_the_transfer_reference(
    affiliate, staff, django_capture_on_commit_callbacks
):
    approved_commission(affiliate, price="300.00")
    [payout] = payouts_batch(by=staff)

    with django_capture_on_commit_callbacks(execute=True):
        payout_mark_paid(payout=payout, by=staff, reference="BACS-123")

    [message] = mail.outbox
    assert message.to == ["partner@example.com"]
    assert message.subject == f"Your payout #{payout.pk} has been paid"
    assert f"Your payout #{payout.pk} of £30.00 has been transferred" in message.body
    assert "Transfer reference: BACS-123" in message.body


def test_a_refused_decision_emails_nobody(affiliate, staff, django_capture_on_commit_callbacks):
    approved_commission(affiliate, price="300.00")
    [payout] = payouts_batch(by=staff)
    payout_mark_paid(payout=payout, by=staff, reference="BACS-123")

    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(ValidationError):
            payout_mark_paid(payout=payout, by=staff, reference="  ")
        with pytest.raises(ValidationError):
            payout_mark_paid(payout=payout, by=staff, reference="BACS-124")
        assert payouts_batch(by=staff) == []  # a second run batches nothing

    assert mail.outbox == []


def test_a_batch_held_back_by_a_debt_emails_nobody(
    affiliate, staff, django_capture_on_commit_callbacks
):
    paid = approved_commission(affiliate, price="300.00")
    payouts_batch(by=staff)
    order = paid.referral.order
    services.order_refund(order=order, line_quantities={order.lines.get().pk: 1}, reason="Back")
    approved_commission(affiliate, price="250.00")

    with django_capture_on_commit_callbacks(execute=True):
        assert payouts_batch(by=staff) == []  # the payout was rolled back, and its email

    assert mail.outbox == []


def test_staff_batching_and_paying_in_the_dashboard_email_the_affiliate(
    client, affiliate, django_capture_on_commit_callbacks
):
    client.force_login(StaffFactory())
    approved_commission(affiliate, price="300.00")

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("affiliates_dashboard:affiliate-payouts-batch"))
    payout = AffiliatePayout.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("affiliates_dashboard:affiliate-payout-mark-paid", kwargs={"pk": payout.pk}),
            {"reference": "BACS-9"},
        )

    assert [m.to for m in mail.outbox] == [["partner@example.com"]] * 2
    assert "payout #" in mail.outbox[0].body and "BACS-9" in mail.outbox[1].body
