"""Facets: every filter a shopper can narrow by shows how many products it would leave, the
filters sit in the URL and combine, and values the shop does not know are ignored."""

import pytest

from tests.commerce.search.helpers import facet_counts, facet_url, listed_titles, num_matching
from tests.factories import CategoryFactory, ClothingFactory, ClothingParentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def wardrobe(db):
    clothing = CategoryFactory(name="Clothing")
    shirts = CategoryFactory(name="Shirts", parent=clothing)
    home = CategoryFactory(name="Home")
    ClothingFactory(title="Blue shirt", price=20, colour="Blue", size="M", categories=[shirts])
    ClothingFactory(
        title="Red shirt", price=35, colour="Red", size="L", categories=[shirts], seller="Loom & Co"
    )
    ClothingParentFactory(
        title="Rugby top",
        categories=[clothing],
        variants=[
            {"colour": "Red", "size": "S", "price": 60, "stock": 0},
            {"colour": "Green", "size": "M", "price": 65, "stock": 2, "seller": "Loom & Co"},
        ],
    )
    ClothingFactory(title="Cushion", price=120, stock=0, categories=[home])
    return {"clothing": clothing, "shirts": shirts, "home": home}


def test_catalogue_shows_every_facet_with_counts(client, wardrobe):
    response = client.get("/shop/catalogue/")
    assert num_matching(response) == 4
    assert facet_counts(response, "category") == {"Clothing": 3, "Home": 1}
    assert facet_counts(response, "price") == {
        "Under £25": 1,
        "£25 to £50": 1,
        "£50 to £100": 1,
        "£100 and over": 1,
    }
    assert facet_counts(response, "availability") == {"In stock only": 3}
    assert facet_counts(response, "seller") == {"Acme Mills": 3, "Loom & Co": 2}
    assert facet_counts(response, "colour") == {"Blue": 1, "Green": 1, "Red": 2}
    assert facet_counts(response, "size") == {"L": 1, "M": 2, "S": 1}


def test_category_page_counts_its_subcategories(client, wardrobe):
    response = client.get(wardrobe["clothing"].get_absolute_url())
    assert facet_counts(response, "category") == {"Shirts": 2}
    assert num_matching(response) == 3


def test_a_colour_filter_narrows_the_listing_and_the_other_counts(client, wardrobe):
    response = client.get(facet_url(client.get("/shop/catalogue/"), "colour", "Red"))
    assert sorted(listed_titles(response)) == ["Red shirt", "Rugby top"]
    assert num_matching(response) == 2
    # Other colours still count against the rest of the filters, so a shopper can widen.
    assert facet_counts(response, "colour") == {"Blue": 1, "Green": 1, "Red": 2}
    assert facet_counts(response, "size") == {"L": 1, "S": 1}
    assert facet_counts(response, "price") == {"£25 to £50": 1, "£50 to £100": 1}


def test_colour_and_price_band_combine(client, wardrobe):
    response = client.get("/shop/catalogue/?attr_colour=Red&price=25-50")
    assert listed_titles(response) == ["Red shirt"]
    assert num_matching(response) == 1
    assert facet_counts(response, "colour") == {"Red": 1}
    assert facet_counts(response, "price") == {"£25 to £50": 1, "£50 to £100": 1}


def test_two_values_of_one_facet_widen_and_two_facets_narrow(client, wardrobe):
    either = client.get("/shop/catalogue/?attr_colour=Red&attr_colour=Blue")
    assert num_matching(either) == 3
    both = client.get("/shop/catalogue/?attr_colour=Red&attr_colour=Blue&attr_size=M")
    assert listed_titles(both) == ["Blue shirt"]


def test_in_stock_only_hides_what_cannot_be_bought(client, wardrobe):
    response = client.get("/shop/catalogue/?in_stock=1")
    assert sorted(listed_titles(response)) == ["Blue shirt", "Red shirt", "Rugby top"]


def test_seller_filter_includes_parents_with_a_variant_from_that_seller(client, wardrobe):
    response = client.get(facet_url(client.get("/shop/catalogue/"), "seller", "Loom & Co"))
    assert sorted(listed_titles(response)) == ["Red shirt", "Rugby top"]


def test_category_filter_inside_search_counts_subcategories(client, wardrobe):
    response = client.get(f"/shop/search/?q=shirt&category={wardrobe['clothing'].pk}")
    assert sorted(listed_titles(response)) == ["Blue shirt", "Red shirt"]
    assert facet_counts(response, "category") == {"Clothing": 2}


def test_selected_filters_are_links_that_remove_them(client, wardrobe):
    filtered = client.get("/shop/catalogue/?attr_colour=Red")
    unfiltered = client.get(facet_url(filtered, "colour", "Red"))
    assert num_matching(unfiltered) == 4
    assert 'rel="nofollow"' in filtered.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "attr_colour=Purple",
        "attr_flavour=Mint",
        "seller=nobody",
        "category=999999",
        "category=abc",
        "price=1-2",
        "sort=cheapest",
        "in_stock=maybe",
        "attr_colour=",
        "category=%C2%B2",
    ],
)
def test_unknown_filter_values_are_ignored(client, wardrobe, query):
    response = client.get(f"/shop/catalogue/?{query}")
    assert response.status_code == 200
    assert num_matching(response) == 4
