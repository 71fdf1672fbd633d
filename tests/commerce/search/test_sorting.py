"""Sorting: newest, price both ways, top rated; relevance while searching."""

from datetime import timedelta

import pytest
from django.utils import timezone
from oscar.core.loading import get_model

from tests.commerce.search.helpers import listed_titles
from tests.factories import ClothingFactory, ClothingParentFactory

Product = get_model("catalogue", "Product")
pytestmark = pytest.mark.django_db


@pytest.fixture
def shelf(db):
    cheap = ClothingFactory(title="Cheap socks", price=5, rating=2.0)
    dear = ClothingFactory(title="Dear coat", price=200, rating=4.5)
    mid = ClothingParentFactory(
        title="Mid jumper", variants=[{"price": 70}, {"price": 40}], rating=None
    )
    now = timezone.now()
    for age, product in enumerate([mid, dear, cheap]):
        Product.objects.filter(pk=product.pk).update(date_created=now - timedelta(days=age))


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("", ["Mid jumper", "Dear coat", "Cheap socks"]),
        ("newest", ["Mid jumper", "Dear coat", "Cheap socks"]),
        ("price-asc", ["Cheap socks", "Mid jumper", "Dear coat"]),
        ("price-desc", ["Dear coat", "Mid jumper", "Cheap socks"]),
        ("rating", ["Dear coat", "Cheap socks", "Mid jumper"]),
    ],
)
def test_catalogue_sorts_as_asked(client, shelf, sort, expected):
    assert listed_titles(client.get(f"/shop/catalogue/?sort={sort}")) == expected


def test_a_parent_is_priced_from_its_cheapest_variant(client, shelf):
    html = client.get("/shop/catalogue/?price=25-50").content.decode()
    assert "Mid jumper" in html


def test_search_ranks_title_matches_above_description_matches(client):
    ClothingFactory(title="Gardening gloves", description="Tough enough for a shirt pocket")
    ClothingFactory(title="Flannel shirt", description="Warm")
    assert listed_titles(client.get("/shop/search/?q=shirt")) == [
        "Flannel shirt",
        "Gardening gloves",
    ]


def test_sort_links_keep_the_filters(client, shelf):
    html = client.get("/shop/catalogue/?price=0-25").content.decode()
    assert "?price=0-25&amp;sort=price-asc" in html
