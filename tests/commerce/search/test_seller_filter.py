"""Filtering the catalogue by seller means "has an offer on sale from this seller": the facet
counts each seller's offered products, and a suspended seller is neither counted nor listed."""

import pytest

from tests.commerce.partner.offers import offer
from tests.commerce.search.helpers import facet_counts, listed_titles
from tests.factories import ProductFactory, SellerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def sellers():
    weavers, loomers = SellerFactory(name="Weavers"), SellerFactory(name="Loomers")
    throw = ProductFactory(title="Linen throw", price=None)
    offer(throw, by=weavers, price=40)
    offer(throw, by=loomers, price=20)  # the offer shoppers see first
    offer(ProductFactory(title="Wool rug", price=None), by=loomers, price=90)
    ProductFactory(title="Tea towel", price="8.00", seller="Larder & Loom")
    return weavers, loomers


def test_filtering_by_a_seller_lists_every_product_it_offers(client, sellers):
    weavers, loomers = sellers

    by_weavers = client.get(f"/shop/catalogue/?seller={weavers.partner.code}")
    by_loomers = client.get(f"/shop/catalogue/?seller={loomers.partner.code}")

    assert listed_titles(by_weavers) == ["Linen throw"]  # even though Loomers' offer is shown
    assert sorted(listed_titles(by_loomers)) == ["Linen throw", "Wool rug"]


def test_the_seller_facet_counts_products_offered_by_each_seller_and_the_shop(client, sellers):
    counts = facet_counts(client.get("/shop/catalogue/"), "seller")

    assert counts == {"Larder & Loom": 1, "Loomers": 2, "Weavers": 1}


def test_a_suspended_seller_is_not_in_the_facet_and_their_link_narrows_nothing(client, sellers):
    weavers, loomers = sellers
    loomers.status = "suspended"
    loomers.save(update_fields=["status"])

    assert facet_counts(client.get("/shop/catalogue/"), "seller") == {
        "Larder & Loom": 1,
        "Weavers": 1,
    }
    # A stale link to a suspended seller is dropped like any unknown filter value.
    stale = client.get(f"/shop/catalogue/?seller={loomers.partner.code}")
    assert sorted(listed_titles(stale)) == ["Linen throw", "Tea towel", "Wool rug"]
