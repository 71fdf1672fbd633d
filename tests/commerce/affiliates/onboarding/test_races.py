"""Onboarding under concurrent requests, on PostgreSQL with real threads: a double-clicked
application makes one affiliate, and two affiliates racing for one code leave it to one."""

import pytest
from django.core.exceptions import ValidationError

from commerce.affiliates.models import Affiliate
from commerce.affiliates.services.onboarding import affiliate_apply, affiliate_code_choose
from tests.concurrency import run_together
from tests.factories import AffiliateFactory, UserFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.race]


def test_two_concurrent_applications_of_one_user_make_one_affiliate():
    user = UserFactory()
    outcomes = run_together(lambda: affiliate_apply(user=user), lambda: affiliate_apply(user=user))
    refusals = [o for o in outcomes if isinstance(o, ValidationError)]
    assert len(refusals) == 1, outcomes
    assert "already applied" in " ".join(refusals[0].messages)
    assert Affiliate.objects.filter(user=user).count() == 1


def test_two_affiliates_racing_for_one_code_leave_it_to_one():
    first, second = AffiliateFactory(), AffiliateFactory()
    outcomes = run_together(
        lambda: affiliate_code_choose(affiliate=first, code="larder-friends"),
        lambda: affiliate_code_choose(affiliate=second, code="larder-friends"),
    )
    refusals = [o for o in outcomes if isinstance(o, ValidationError)]
    assert len(refusals) == 1, outcomes
    assert "already uses this code" in " ".join(refusals[0].message_dict["code"])
    assert Affiliate.objects.filter(code="larder-friends").count() == 1
