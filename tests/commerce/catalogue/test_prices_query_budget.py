"""With an automatic offer running, a listing still costs the same number of queries with 5
or 50 products: the offer's range is asked about the whole page at once."""

import pytest

from tests.commerce.catalogue.site_offers import range_of, site_offer
from tests.commerce.search.helpers import LISTING_BUDGET
from tests.factories import CategoryFactory, ParentProductFactory, ProductFactory

pytestmark = pytest.mark.django_db

# The site's offers come from the cache; per offer, Oscar's range queryset asks whether the
# range has included categories, classes, parents and exclusions (5), then the page's members
# of the range are read at once (1).
ONE_OFFER = 6


@pytest.mark.parametrize("count", [5, 50])
def test_a_listing_with_a_site_offer_does_not_grow_with_its_products(
    client, django_assert_max_num_queries, count
):
    home = CategoryFactory(name="Home")
    for number in range(count):
        if number % 5 == 0:
            ParentProductFactory(
                title=f"Throw {number}", categories=[home], variants=[{"price": 30 + number}]
            )
        else:
            ProductFactory(title=f"Lamp {number}", price=10 + number, categories=[home])
    site_offer(range_=range_of(categories=[home]), name="10% off home")
    client.get("/shop/catalogue/")

    with django_assert_max_num_queries(LISTING_BUDGET + ONE_OFFER):
        response = client.get("/shop/catalogue/")

    assert response.status_code == 200
    assert response.content.decode().count("10% off home") == min(count, 20)
