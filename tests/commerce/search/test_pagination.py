"""Pagination: 20 products a page; page numbers out of range show the last page."""

import pytest

from tests.commerce.search.helpers import listed_titles, num_matching
from tests.factories import ClothingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def shelf(db):
    for number in range(25):
        ClothingFactory(title=f"Notebook {number:02d}", price=5)


def test_a_listing_shows_twenty_products_a_page(client, shelf):
    first = client.get("/shop/catalogue/")
    second = client.get("/shop/catalogue/?page=2")
    assert len(listed_titles(first)) == 20
    assert len(listed_titles(second)) == 5
    assert num_matching(second) == 25
    assert not set(listed_titles(first)) & set(listed_titles(second))


@pytest.mark.parametrize("page", ["3", "99", "999999999999999999999", "-1", "0", "last"])
def test_out_of_range_pages_show_the_last_page(client, shelf, page):
    response = client.get(f"/shop/catalogue/?page={page}")
    assert response.status_code == 200
    assert listed_titles(response) == listed_titles(client.get("/shop/catalogue/?page=2"))


@pytest.mark.parametrize("page", ["abc", "", "1.5", "%00"])
def test_malformed_page_numbers_show_the_first_page(client, shelf, page):
    response = client.get(f"/shop/catalogue/?page={page}")
    assert response.status_code == 200
    assert len(listed_titles(response)) == 20


def test_filters_survive_paging(client, shelf):
    html = client.get("/shop/catalogue/?price=0-25").content.decode()
    assert "?price=0-25&amp;page=2" in html or "price=0-25&amp;page=2" in html
