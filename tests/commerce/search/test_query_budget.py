"""Query budgets: a listing page costs the same number of queries with 5 or 50 products in
the catalogue (20 on the page), and a parent's product page does not grow with its 20 variants.
Each budget is measured on a warm page (the second request), the state a live shop is in:
the first render of a thumbnail also writes sorl-thumbnail's key-value store, and its facet
counts are kept until the next write (commerce.search.facet_cache). The last tests measure the
page both counting its facets and reading them kept, with 3 and with 30 products."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from oscar.core.loading import get_model

from tests.commerce.search.helpers import (
    LISTING_BUDGET,
    SITE_CHROME,
    catalogue_settled,
    listed_titles,
)
from tests.factories import CategoryFactory, ClothingFactory, ClothingParentFactory

pytestmark = pytest.mark.django_db

Category = get_model("catalogue", "Category")

COLOURS = ["Blue", "Red", "Green"]
SIZES = ["S", "M", "L"]


def _fill(count: int, *, clothing=None):
    if clothing is None:
        clothing = CategoryFactory(name="Clothing")
        CategoryFactory(name="Shirts", parent=clothing)
    shirts = Category.objects.get(name="Shirts")
    for number in range(count):
        if number % 5 == 0:
            ClothingParentFactory(
                title=f"Jumper {number}",
                categories=[clothing],
                variants=[
                    {"colour": COLOURS[v % 3], "size": SIZES[v % 3], "price": 30 + v}
                    for v in range(3)
                ],
            )
        else:
            ClothingFactory(
                title=f"Shirt {number}",
                price=5 + number * 3,
                stock=number % 4,
                colour=COLOURS[number % 3],
                size=SIZES[number % 3],
                categories=[shirts],
                seller=["Acme Mills", "Loom & Co"][number % 2],
            )
    return clothing


def _assert_budget(client, django_assert_max_num_queries, url, budget):
    catalogue_settled()  # a live shop's facet counts are kept between writes
    client.get(url)  # warm: thumbnails, the catalogue's words for a search, the facet counts
    with django_assert_max_num_queries(budget):
        response = client.get(url)
    assert response.status_code == 200
    return response


@pytest.mark.parametrize("count", [5, 50])
def test_catalogue_page_stays_within_budget(client, django_assert_max_num_queries, count):
    _fill(count)
    response = _assert_budget(
        client, django_assert_max_num_queries, "/shop/catalogue/", LISTING_BUDGET
    )
    assert len(listed_titles(response)) == min(count, 20)


@pytest.mark.parametrize("count", [5, 50])
def test_category_page_stays_within_budget(client, django_assert_max_num_queries, count):
    clothing = _fill(count)
    _assert_budget(
        client, django_assert_max_num_queries, clothing.get_absolute_url(), LISTING_BUDGET + 1
    )


@pytest.mark.parametrize("count", [5, 50])
def test_search_page_stays_within_budget(client, django_assert_max_num_queries, count):
    _fill(count)
    response = _assert_budget(
        client, django_assert_max_num_queries, "/shop/search/?q=shirt", LISTING_BUDGET + 2
    )
    assert listed_titles(response)


@pytest.mark.parametrize("count", [5, 50])
def test_words_search_page_stays_within_budget(
    client, django_assert_max_num_queries, settings, count
):
    # The search SQLite uses: stems and spellings come from the cached vocabulary, no queries.
    settings.SEARCH_FULL_TEXT = False
    _fill(count)
    url = "/shop/search/?q=shrits"
    response = _assert_budget(client, django_assert_max_num_queries, url, LISTING_BUDGET + 2)
    assert len(listed_titles(response)) == min(count - count // 5, 20)


@pytest.mark.parametrize("full_text", [True, False], ids=["full text", "words"])
@pytest.mark.parametrize("count", [5, 50])
def test_search_that_finds_nothing_stays_within_budget(
    client, django_assert_max_num_queries, settings, full_text, count
):
    # The suggestions ("jumper" and "shirt" each find products) cost one query.
    settings.SEARCH_FULL_TEXT = full_text
    _fill(count)
    url = "/shop/search/?q=jumpers+shirt"
    response = _assert_budget(client, django_assert_max_num_queries, url, LISTING_BUDGET + 2)
    assert not listed_titles(response)
    assert 'href="/shop/search/?q=jumpers"' in response.content.decode()


@pytest.mark.parametrize("count", [5, 50])
def test_filtered_listing_stays_within_budget(client, django_assert_max_num_queries, count):
    _fill(count)
    url = "/shop/catalogue/?attr_colour=Red&price=0-25&price=25-50&in_stock=1&sort=price-asc"
    _assert_budget(client, django_assert_max_num_queries, url, LISTING_BUDGET + 2)


def test_parent_with_twenty_variants_product_page_loads_them_once(
    client, django_assert_max_num_queries
):
    variants = [
        {"colour": COLOURS[v % 3], "size": SIZES[v % 3], "price": 20 + v} for v in range(20)
    ]
    parent = ClothingParentFactory(title="Big jumper", variants=variants)
    _assert_budget(
        client, django_assert_max_num_queries, parent.get_absolute_url(), SITE_CHROME + 18
    )


def _queries(client, url) -> tuple[int, int]:
    """Queries of `url` with its facets counted afresh (a new catalogue version, settled) and
    with them read from the cache (the next request)."""
    client.get(url)  # warm: thumbnails, and the catalogue's words for a search
    catalogue_settled()
    with CaptureQueriesContext(connection) as counted:
        assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as cached:
        assert client.get(url).status_code == 200
    return len(counted), len(cached)


FLAT_PAGES = {
    "catalogue": lambda clothing: "/shop/catalogue/",
    "category": lambda clothing: clothing.get_absolute_url(),
    "filtered category": lambda clothing: (
        f"{clothing.get_absolute_url()}?attr_colour=Red&attr_size=M&price=0-25&in_stock=1"
        "&sort=price-asc"
    ),
    "search": lambda clothing: "/shop/search/?q=shirt",
    "search with a seller": lambda clothing: "/shop/search/?q=shirt&seller=acme-mills",
}


@pytest.mark.parametrize("page", FLAT_PAGES)
def test_a_listing_costs_as_many_queries_with_30_products_as_with_3(client, page):
    clothing = _fill(3)
    url = FLAT_PAGES[page](clothing)
    with_3 = _queries(client, url)
    _fill(27, clothing=clothing)

    with_30 = _queries(client, url)

    assert with_30 == with_3
    assert with_3[0] <= LISTING_BUDGET + 6  # validating filters, counting each facet
    assert with_3[1] < with_3[0]  # the cached counts save queries
