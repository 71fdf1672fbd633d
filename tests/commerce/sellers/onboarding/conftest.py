"""Helpers for the onboarding tests: an applicant and a seller in each standing."""

import pytest

from commerce.sellers.services.onboarding import seller_apply
from tests.factories import SellerFactory, StaffFactory, UserFactory


def application(*, user=None, name: str = "Hedge & Loom", **extra):
    """A seller application made through the service, as the site's form makes it."""
    fields = {
        "description": "<p>Hand-woven <b>blankets</b>.</p>",
        "contact_email": "hello@hedge.example",
        "contact_phone": "01234 567890",
        **extra,
    }
    return seller_apply(user=user or UserFactory(), name=name, **fields)


@pytest.fixture
def staff(db):
    return StaffFactory()


@pytest.fixture
def applicant(db):
    return application()


@pytest.fixture
def seller(db):
    return SellerFactory(name="Approved Seller")


@pytest.fixture
def suspended(db):
    return SellerFactory(name="Suspended Seller", status="suspended")
