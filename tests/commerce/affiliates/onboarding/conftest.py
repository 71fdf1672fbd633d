"""Helpers for the affiliate onboarding tests: a staff member and an affiliate in each standing."""

import pytest

from tests.factories import AffiliateFactory, StaffFactory


@pytest.fixture
def staff(db):
    return StaffFactory()


@pytest.fixture
def applied(db):
    return AffiliateFactory(status="applied")


@pytest.fixture
def approved(db):
    return AffiliateFactory()


@pytest.fixture
def suspended(db):
    return AffiliateFactory(status="suspended")


@pytest.fixture
def rejected(db):
    return AffiliateFactory(status="rejected")
