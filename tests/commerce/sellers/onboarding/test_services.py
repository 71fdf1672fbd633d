"""Applying to sell and the staff's decisions: each allowed transition, its email, and the
transitions that make no sense refused with a sentence."""

import pytest
from django.core.exceptions import ValidationError
from oscar.core.loading import get_model

from commerce.partner.pricing import offer_is_on_sale
from commerce.sellers.models import Seller, SellerStatus
from commerce.sellers.services.onboarding import (
    seller_approve,
    seller_profile_update,
    seller_reinstate,
    seller_reject,
    seller_suspend,
)
from tests.factories import ProductFactory, SellerFactory, StockRecordFactory, UserFactory

from .conftest import application

StockRecord = get_model("partner", "StockRecord")


def _on_sale(record) -> bool:
    return offer_is_on_sale(StockRecord.objects.select_related("partner__seller").get(pk=record.pk))


pytestmark = pytest.mark.django_db


def _messages(error: ValidationError) -> str:
    return " ".join(error.messages)


def test_applying_creates_a_partner_and_an_applied_seller_with_a_unique_slug(
    mailoutbox, django_capture_on_commit_callbacks
):
    SellerFactory(name="Hedge Loom", slug="hedge-loom")
    user = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        seller = application(user=user, name="Hedge  Loom ")
    seller.refresh_from_db()
    assert seller.status == SellerStatus.APPLIED
    assert seller.user == user
    assert seller.partner.name == seller.name == "Hedge  Loom"
    assert seller.slug == "hedge-loom-2"
    assert seller.approved_at is None
    assert not user.has_perm("partner.dashboard_access")
    assert [m.to for m in mailoutbox] == [["hello@hedge.example"]]
    assert "received" in mailoutbox[0].subject


def test_the_description_is_sanitised_when_saved(db):
    seller = application(
        description='<p onclick="x()">Hi</p><script>alert(1)</script><img src=x onerror=alert(1)>'
        '<a href="javascript:alert(1)">link</a>'
    )
    assert "script" not in seller.description
    assert "onerror" not in seller.description
    assert "onclick" not in seller.description
    assert "javascript:" not in seller.description
    assert "<p>Hi</p>" in seller.description


def test_a_name_another_seller_uses_is_refused(db):
    SellerFactory(name="Hedge & Loom")
    with pytest.raises(ValidationError) as error:
        application(name="hedge & loom")
    assert "name" in error.value.message_dict
    assert Seller.objects.count() == 1


def test_invalid_contact_email_is_a_field_error(db):
    with pytest.raises(ValidationError) as error:
        application(contact_email="not-an-email")
    assert "contact_email" in error.value.message_dict


def test_a_user_applies_only_once(applicant):
    with pytest.raises(ValidationError) as error:
        application(user=applicant.user, name="Another Name")
    assert "already applied" in _messages(error.value)
    assert Seller.objects.filter(user=applicant.user).count() == 1


def test_an_approved_seller_cannot_apply_again(seller):
    with pytest.raises(ValidationError) as error:
        application(user=seller.user, name="Another Name")
    assert "already an approved seller" in _messages(error.value)


def test_a_suspended_seller_cannot_apply_their_way_back(suspended):
    with pytest.raises(ValidationError) as error:
        application(user=suspended.user, name="Another Name")
    assert "suspended" in _messages(error.value)


def test_a_refused_applicant_applies_again_by_updating_their_application(applicant, staff):
    seller_reject(seller=applicant, by=staff, reason="Photos missing.")
    again = application(user=applicant.user, name="Hedge and Loom", description="<p>Now</p>")
    assert again.pk == applicant.pk
    assert again.partner_id == applicant.partner_id
    again.refresh_from_db()
    assert again.status == SellerStatus.APPLIED
    assert again.status_reason == ""
    assert again.name == again.partner.name == "Hedge and Loom"


def test_approval_makes_the_user_a_partner_user_and_emails_them(
    applicant, staff, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        seller_approve(seller=applicant, by=staff)
    applicant.refresh_from_db()
    user = type(applicant.user).objects.get(pk=applicant.user_id)  # fresh permission cache
    assert applicant.status == SellerStatus.APPROVED
    assert applicant.approved_at is not None
    assert list(applicant.partner.users.all()) == [user]
    assert user.has_perm("partner.dashboard_access")
    assert "approved" in mailoutbox[-1].subject
    assert mailoutbox[-1].to == ["hello@hedge.example"]


def test_refusal_keeps_no_dashboard_access_and_emails_the_reason(
    applicant, staff, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        seller_reject(seller=applicant, by=staff, reason="We need photos of your work.")
    applicant.refresh_from_db()
    assert applicant.status == SellerStatus.REJECTED
    assert applicant.status_reason == "We need photos of your work."
    assert not applicant.partner.users.exists()
    assert "We need photos of your work." in mailoutbox[-1].body


def test_a_refusal_needs_a_reason(applicant, staff):
    with pytest.raises(ValidationError) as error:
        seller_reject(seller=applicant, by=staff, reason="  ")
    assert "reason" in error.value.message_dict


def test_suspension_stops_the_offers_at_once_and_keeps_dashboard_access(
    seller, staff, mailoutbox, django_capture_on_commit_callbacks
):
    record = StockRecordFactory(partner=seller.partner, product=ProductFactory())
    with django_capture_on_commit_callbacks(execute=True):
        seller_suspend(seller=seller, by=staff, reason="Late shipments.")
    seller.refresh_from_db()
    assert seller.status == SellerStatus.SUSPENDED
    assert not offer_is_on_sale(
        StockRecord.objects.select_related("partner__seller").get(pk=record.pk)
    )
    user = type(seller.user).objects.get(pk=seller.user_id)
    assert user.has_perm("partner.dashboard_access")
    assert seller.partner.users.filter(pk=user.pk).exists()
    assert "suspended" in mailoutbox[-1].subject
    assert "Late shipments." in mailoutbox[-1].body


def test_reinstating_puts_the_offers_back_on_sale(
    suspended, staff, mailoutbox, django_capture_on_commit_callbacks
):
    record = StockRecordFactory(partner=suspended.partner, product=ProductFactory())
    with django_capture_on_commit_callbacks(execute=True):
        seller_reinstate(seller=suspended, by=staff)
    assert suspended.status == SellerStatus.APPROVED
    assert _on_sale(record)
    assert "reinstated" in mailoutbox[-1].subject


@pytest.mark.parametrize(
    ("status", "transition", "says"),
    [
        ("suspended", "approve", "reinstate them instead"),
        ("approved", "approve", "already approved"),
        ("approved", "reject", "suspend them instead"),
        ("applied", "suspend", "refuse the application instead"),
        ("rejected", "suspend", "nothing to suspend"),
        ("applied", "reinstate", "approve the application instead"),
        ("approved", "reinstate", "not suspended"),
        ("suspended", "suspend", "already suspended"),
    ],
)
def test_impossible_transitions_are_refused_with_a_sentence(
    staff, mailoutbox, django_capture_on_commit_callbacks, status, transition, says
):
    seller = SellerFactory(status=status)
    calls = {
        "approve": lambda: seller_approve(seller=seller, by=staff),
        "reject": lambda: seller_reject(seller=seller, by=staff, reason="No."),
        "suspend": lambda: seller_suspend(seller=seller, by=staff, reason="No."),
        "reinstate": lambda: seller_reinstate(seller=seller, by=staff),
    }
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError) as error:
        calls[transition]()
    assert says in _messages(error.value)
    seller.refresh_from_db()
    assert seller.status == status
    assert mailoutbox == []


def test_a_refused_application_may_still_be_approved(applicant, staff):
    seller_reject(seller=applicant, by=staff, reason="Hmm.")
    seller_approve(seller=applicant, by=staff)
    assert applicant.status == SellerStatus.APPROVED


def test_the_profile_update_sanitises_keeps_the_slug_and_renames_the_partner(seller):
    slug = seller.slug
    updated = seller_profile_update(
        seller=seller,
        name="Renamed Seller",
        description='<p>New</p><img src=x onerror="alert(1)">',
        contact_phone="07000 000000",
    )
    updated.refresh_from_db()
    assert updated.slug == slug
    assert updated.name == updated.partner.name == "Renamed Seller"
    assert updated.description == "<p>New</p>"
    assert updated.contact_phone == "07000 000000"


def test_the_profile_update_refuses_a_taken_name_and_unknown_fields(seller):
    SellerFactory(name="Taken")
    with pytest.raises(ValidationError) as error:
        seller_profile_update(seller=seller, name="taken")
    assert "name" in error.value.message_dict
    with pytest.raises(ValueError):
        seller_profile_update(seller=seller, status="approved")
