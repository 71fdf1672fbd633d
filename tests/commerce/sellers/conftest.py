"""Two approved sellers, the cast of most marketplace specs: each must never see the other's
business."""

import pytest

from tests.factories import SellerFactory


@pytest.fixture
def seller1(db):
    return SellerFactory(name="Seller One")


@pytest.fixture
def seller2(db):
    return SellerFactory(name="Seller Two")
