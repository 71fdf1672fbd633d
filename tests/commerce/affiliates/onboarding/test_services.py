"""Applying to be an affiliate and the staff's decisions: each allowed transition, its email,
and the transitions that make no sense refused with a sentence."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from commerce.affiliates.models import Affiliate, AffiliateStatus
from commerce.affiliates.models.affiliate import CODE_PATTERN
from commerce.affiliates.services.onboarding import (
    affiliate_apply,
    affiliate_approve,
    affiliate_rate_set,
    affiliate_reinstate,
    affiliate_reject,
    affiliate_suspend,
)
from tests.factories import AffiliateFactory, UserFactory

pytestmark = pytest.mark.django_db


def _messages(error: ValidationError) -> str:
    return " ".join(error.messages)


def test_applying_creates_an_applied_affiliate_with_an_unguessable_code(
    mailoutbox, django_capture_on_commit_callbacks
):
    user = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        affiliate = affiliate_apply(
            user=user, website="https://blog.example", promotion=" My newsletter "
        )
    affiliate.refresh_from_db()
    assert affiliate.status == AffiliateStatus.APPLIED
    assert affiliate.user == user
    assert affiliate.promotion == "My newsletter"
    assert affiliate.approved_at is None
    assert len(affiliate.code) == 12
    assert affiliate.code != affiliate_apply(user=UserFactory()).code
    assert mailoutbox == []  # staff decide first


def test_with_auto_approve_an_application_is_approved_at_once_and_emailed(
    settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.AFFILIATE_AUTO_APPROVE = True
    user = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        affiliate = affiliate_apply(user=user)
    assert affiliate.status == AffiliateStatus.APPROVED
    assert affiliate.approved_at is not None
    assert [m.to for m in mailoutbox] == [[user.email]]
    assert affiliate.code in mailoutbox[0].body


@pytest.mark.parametrize(
    ("status", "says"),
    [
        ("applied", "already applied"),
        ("approved", "already an approved affiliate"),
        ("suspended", "suspended"),
        ("rejected", "could not accept"),
    ],
)
def test_a_user_applies_only_once(status, says):
    affiliate = AffiliateFactory(status=status)
    with pytest.raises(ValidationError) as caught:
        affiliate_apply(user=affiliate.user)
    assert says in _messages(caught.value)
    assert Affiliate.objects.filter(user=affiliate.user).count() == 1


def test_a_website_that_is_not_an_address_is_a_field_error():
    with pytest.raises(ValidationError) as caught:
        affiliate_apply(user=UserFactory(), website="my blog")
    assert "website" in caught.value.message_dict


def test_approving_an_application_emails_the_affiliate_their_code(
    applied, staff, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        affiliate_approve(affiliate=applied, by=staff)
    applied.refresh_from_db()
    assert applied.status == AffiliateStatus.APPROVED
    assert applied.approved_at is not None
    assert [m.to for m in mailoutbox] == [[applied.user.email]]
    assert "affiliate" in mailoutbox[0].subject
    assert f"?ref={applied.code}" in mailoutbox[0].body


def test_refusing_needs_a_reason_and_emails_it(
    applied, staff, mailoutbox, django_capture_on_commit_callbacks
):
    with pytest.raises(ValidationError) as caught:
        affiliate_reject(affiliate=applied, by=staff, reason="  ")
    assert "reason" in caught.value.message_dict
    with django_capture_on_commit_callbacks(execute=True):
        affiliate_reject(affiliate=applied, by=staff, reason="Your site sells the same goods.")
    applied.refresh_from_db()
    assert applied.status == AffiliateStatus.REJECTED
    assert applied.status_reason == "Your site sells the same goods."
    assert "Your site sells the same goods." in mailoutbox[0].body


def test_staff_may_approve_a_refused_application(rejected, staff):
    affiliate_approve(affiliate=rejected, by=staff)
    assert rejected.status == AffiliateStatus.APPROVED
    assert rejected.status_reason == ""


def test_suspending_and_reinstating(
    approved, staff, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        affiliate_suspend(affiliate=approved, by=staff, reason="Spam in comment sections.")
    approved.refresh_from_db()
    assert approved.status == AffiliateStatus.SUSPENDED
    assert "suspended" in mailoutbox[0].subject
    assert "Spam in comment sections." in mailoutbox[0].body
    with django_capture_on_commit_callbacks(execute=True):
        affiliate_reinstate(affiliate=approved, by=staff)
    approved.refresh_from_db()
    assert approved.status == AffiliateStatus.APPROVED
    assert approved.status_reason == ""
    assert len(mailoutbox) == 1


def test_a_refused_decision_sends_no_email(
    approved, staff, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError):
        affiliate_approve(affiliate=approved, by=staff)
    assert mailoutbox == []


@pytest.mark.parametrize(
    ("status", "decide", "says"),
    [
        ("approved", lambda a, by: affiliate_approve(affiliate=a, by=by), "already approved"),
        ("suspended", lambda a, by: affiliate_approve(affiliate=a, by=by), "reinstate them"),
        ("approved", lambda a, by: affiliate_reject(affiliate=a, by=by, reason="x"), "suspend"),
        ("rejected", lambda a, by: affiliate_reject(affiliate=a, by=by, reason="x"), "already"),
        ("suspended", lambda a, by: affiliate_reject(affiliate=a, by=by, reason="x"), "already"),
        ("applied", lambda a, by: affiliate_suspend(affiliate=a, by=by, reason="x"), "refuse"),
        ("rejected", lambda a, by: affiliate_suspend(affiliate=a, by=by, reason="x"), "nothing"),
        ("suspended", lambda a, by: affiliate_suspend(affiliate=a, by=by, reason="x"), "already"),
        ("approved", lambda a, by: affiliate_reinstate(affiliate=a, by=by), "not suspended"),
        ("applied", lambda a, by: affiliate_reinstate(affiliate=a, by=by), "approve the"),
        ("rejected", lambda a, by: affiliate_reinstate(affiliate=a, by=by), "approve it"),
    ],
)
def test_transitions_that_make_no_sense_are_refused_with_a_sentence(status, decide, says, staff):
    affiliate = AffiliateFactory(status=status)
    with pytest.raises(ValidationError) as caught:
        decide(affiliate, staff)
    assert says in _messages(caught.value)
    affiliate.refresh_from_db()
    assert affiliate.status == status


def test_a_personal_rate_is_set_and_cleared(approved, staff):
    affiliate_rate_set(affiliate=approved, rate=Decimal("12.50"), by=staff)
    approved.refresh_from_db()
    assert approved.rate == Decimal("12.50")
    affiliate_rate_set(affiliate=approved, rate=None, by=staff)
    approved.refresh_from_db()
    assert approved.rate is None


@pytest.mark.parametrize("rate", [Decimal("-1"), Decimal("100.01")])
def test_a_rate_outside_0_to_100_is_refused(approved, staff, rate):
    with pytest.raises(ValidationError) as caught:
        affiliate_rate_set(affiliate=approved, rate=rate, by=staff)
    assert "between 0 and 100" in _messages(caught.value)


def test_the_unguessable_code_matches_the_readable_codes_pattern():
    import re

    assert re.fullmatch(CODE_PATTERN, affiliate_apply(user=UserFactory()).code)
