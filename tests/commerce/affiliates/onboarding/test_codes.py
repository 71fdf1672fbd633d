"""An approved affiliate chooses a readable referral code: free, well formed, not reserved,
compared without case; the old code stops being theirs."""

import pytest
from django.core.exceptions import ValidationError

from commerce.affiliates.models import Affiliate
from commerce.affiliates.services.onboarding import affiliate_code_choose
from tests.factories import AffiliateFactory

pytestmark = pytest.mark.django_db


def _code_error(affiliate, code) -> str:
    with pytest.raises(ValidationError) as caught:
        affiliate_code_choose(affiliate=affiliate, code=code)
    return " ".join(caught.value.message_dict["code"])


def test_a_free_code_replaces_the_old_one(approved):
    old = approved.code
    affiliate_code_choose(affiliate=approved, code="  Larder-Friends ")
    approved.refresh_from_db()
    assert approved.code == "larder-friends"
    assert not Affiliate.objects.filter(code=old).exists()


def test_a_taken_code_is_refused_whatever_its_case(approved):
    AffiliateFactory(code="larder-friends")
    assert "already uses this code" in _code_error(approved, "LARDER-friends")


@pytest.mark.parametrize("code", ["apply", "Admin", "support"])
def test_reserved_words_are_refused(approved, code):
    assert "reserved" in _code_error(approved, code)


@pytest.mark.parametrize("code", ["ab", "-larder", "larder friends", "lärder", "x" * 33])
def test_codes_outside_the_pattern_are_refused(approved, code):
    assert "lowercase letters, digits or hyphens" in _code_error(approved, code)


def test_choosing_the_same_code_again_changes_nothing(approved):
    affiliate_code_choose(affiliate=approved, code="larder-friends")
    assert affiliate_code_choose(affiliate=approved, code="larder-friends").code == "larder-friends"


@pytest.mark.parametrize("status", ["applied", "suspended", "rejected"])
def test_only_approved_affiliates_choose_a_code(status):
    affiliate = AffiliateFactory(status=status)
    with pytest.raises(ValidationError) as caught:
        affiliate_code_choose(affiliate=affiliate, code="larder-friends")
    assert "Only approved affiliates" in " ".join(caught.value.messages)
