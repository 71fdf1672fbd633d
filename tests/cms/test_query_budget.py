"""A page of blocks costs the same number of queries with 3 products in its blocks as with 12:
each block loads its products, their offers and pictures at once, and the automatic offers'
ranges are asked about all of them together."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.pages.models import LandingPage
from tests.cms.conftest import grid_value
from tests.commerce.catalogue.site_offers import range_of, site_offer
from tests.factories import CategoryFactory, ParentProductFactory, ProductFactory

pytestmark = pytest.mark.django_db

# The site, the page and its chrome (cached), per block: the products, their pictures, offers
# and variants' offers; per running offer, its range's product queryset built once a page
# (Oscar asks 5 questions) and its members among each block's products.
PAGE_BUDGET = 42


def _products(count: int, category) -> list:
    products = []
    for number in range(count):
        if number % 3 == 0:
            product = ParentProductFactory(
                title=f"Throw {number}",
                categories=[category],
                variants=[{"price": 30 + number}, {"price": 31 + number}],
            )
        else:
            product = ProductFactory(title=f"Mug {number}", price=5 + number, categories=[category])
        products.append(product)
    return products


def _offer_block(offer, limit):
    return {"type": "offer", "value": {"heading": "", "offer": offer.pk, "limit": limit}}


def _queries(client, url) -> int:
    client.get(url)  # the session, the chrome and the site's offers are cached
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.fixture
def pages(home_page):
    made = {}
    for count in (3, 12):
        category = CategoryFactory(name=f"Home {count}")
        products = _products(count, category)
        offer = site_offer(range_=range_of(categories=[category]), name=f"Home week {count}")
        body = [*grid_value(products), _offer_block(offer, count)]
        page = home_page.add_child(
            instance=LandingPage(title=f"Picks {count}", slug=f"picks-{count}", body=body)
        )
        page.save_revision().publish()
        made[count] = page.url
    return made


def test_a_landing_page_costs_the_same_with_3_or_12_products_per_block(
    client, pages, django_assert_max_num_queries
):
    few = _queries(client, pages[3])

    with django_assert_max_num_queries(PAGE_BUDGET):
        html = client.get(pages[12]).content.decode()

    assert _queries(client, pages[12]) == few
    assert html.count('<article class="product-card') == 24
    assert "Home week 12" in html


def test_the_home_page_costs_the_same_with_3_or_12_products_in_a_block(
    client, home_page, django_assert_max_num_queries
):
    counts = {}
    for count in (3, 12):
        category = CategoryFactory(name=f"Kitchen {count}")
        home_page.body = grid_value(_products(count, category))
        home_page.save_revision().publish()
        counts[count] = _queries(client, "/")

    with django_assert_max_num_queries(PAGE_BUDGET):
        client.get("/")

    assert counts[12] == counts[3]
