"""A product page costs the same number of queries with 3 variants as with 9, with an
automatic offer running: the variants, their offers, option values and pictures are loaded
at once, and the offer's range is asked about all of them together."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.commerce.catalogue.shirts import camp_shirt
from tests.commerce.catalogue.site_offers import range_of, site_offer

pytestmark = pytest.mark.django_db

# The session and site (the chrome is cached), the product with its class, pictures and
# attributes, its variants with their offers, option values and pictures, reviews and
# recommendations, and the running offer's range (Oscar's 5 questions, then its members).
PRODUCT_PAGE_BUDGET = 34


def _queries(client, url) -> int:
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_a_parent_page_costs_the_same_with_3_or_9_variants(
    client, django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    # The pictures' sizes are prepared when they are stored, as in the shop.
    with django_capture_on_commit_callbacks(execute=True):
        few = camp_shirt(colours=("Red",), sizes=("S", "M", "L"))
        many = camp_shirt(colours=("Red", "Blue", "Green"), sizes=("S", "M", "L"))
    site_offer(range_=range_of(products=[few, many]), name="Shirt week")
    client.get(many.get_absolute_url())

    few_queries = _queries(client, few.get_absolute_url())

    with django_assert_max_num_queries(PRODUCT_PAGE_BUDGET):
        html = client.get(many.get_absolute_url()).content.decode()

    assert _queries(client, many.get_absolute_url()) == few_queries
    assert "Shirt week" in html
