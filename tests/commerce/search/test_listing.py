"""Browsing: the catalogue and category pages list the right products with prices from
Oscar's strategy, and never what a shopper must not see."""

import re

import pytest

from tests.commerce.search.helpers import listed_titles, num_matching
from tests.factories import CategoryFactory, ClothingFactory, ClothingParentFactory

pytestmark = pytest.mark.django_db


def test_catalogue_lists_public_standalone_and_parent_products_newest_first(client):
    ClothingFactory(title="Linen shirt", price=30)
    ClothingParentFactory(
        title="Wool jumper", variants=[{"colour": "Red", "size": "M", "price": 55}]
    )
    response = client.get("/shop/catalogue/")
    assert response.status_code == 200
    assert listed_titles(response) == ["Wool jumper", "Linen shirt"]
    assert num_matching(response) == 2


def test_hidden_products_and_variants_are_never_listed(client):
    ClothingFactory(title="Secret sample", is_public=False)
    ClothingParentFactory(title="Rain coat", variants=[{"colour": "Blue", "price": 80}])
    shelf = CategoryFactory(name="Coats")
    ClothingFactory(title="Draft coat", is_public=False, categories=[shelf])
    for url in ["/shop/catalogue/", shelf.get_absolute_url(), "/shop/search/?q=secret"]:
        titles = listed_titles(client.get(url))
        assert "Secret sample" not in titles and "Draft coat" not in titles
    assert listed_titles(client.get("/shop/catalogue/")) == ["Rain coat"]


def test_card_shows_the_strategy_price_and_availability(client):
    ClothingFactory(title="Canvas tote", price="12.50", stock=3)
    ClothingFactory(title="Sold-out cap", price=9, stock=0)
    html = client.get("/shop/catalogue/").content.decode()
    assert "£12.50" in html
    assert "In stock" in html
    assert "Sold out" in html


def test_category_page_lists_products_of_the_category_and_its_subcategories(client):
    clothing = CategoryFactory(name="Clothing")
    shirts = CategoryFactory(name="Shirts", parent=clothing)
    kitchen = CategoryFactory(name="Kitchen")
    ClothingFactory(title="Oxford shirt", categories=[shirts])
    ClothingFactory(title="Scarf", categories=[clothing])
    ClothingFactory(title="Teapot", categories=[kitchen])
    assert sorted(listed_titles(client.get(clothing.get_absolute_url()))) == [
        "Oxford shirt",
        "Scarf",
    ]
    assert listed_titles(client.get(shirts.get_absolute_url())) == ["Oxford shirt"]


def test_a_renamed_category_redirects_to_its_current_address(client):
    shelf = CategoryFactory(name="Hats")
    response = client.get(f"/shop/catalogue/category/old-name_{shelf.pk}/")
    assert response.status_code == 301
    assert response["Location"] == shelf.get_absolute_url()


def test_a_hidden_category_is_not_found(client):
    shelf = CategoryFactory(name="Backroom", is_public=False)
    assert client.get(shelf.get_absolute_url()).status_code == 404


def test_a_parent_is_listed_from_its_cheapest_variant_with_a_link_to_choose_options(client):
    ClothingParentFactory(
        title="Wool jumper",
        variants=[{"colour": "Red", "price": 60}, {"colour": "Blue", "price": 55}],
    )
    html = client.get("/shop/catalogue/").content.decode()
    assert re.search(r"from\s+<span[^>]*data-price>£55.00</span>", html)
    assert "Choose options" in html
    assert "/shop/basket/add/" not in html
