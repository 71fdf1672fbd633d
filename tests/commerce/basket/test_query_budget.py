"""A basket costs the same number of queries with one line as with five: Oscar's offers are
loaded once with their ranges, and each range is asked about all the lines at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from oscar.apps.offer.applicator import Applicator as OscarApplicator
from oscar.core.loading import get_class, get_model

from commerce.basket.applicator import Applicator as BasketApplicator
from commerce.points.services.offer import points_offer_ensure
from tests.commerce.catalogue.site_offers import range_of, site_offer
from tests.factories import CategoryFactory, ProductFactory

Applicator = get_class("offer.applicator", "Applicator")
Basket = get_model("basket", "Basket")

pytestmark = pytest.mark.django_db

# Session, basket and its lines, the offers (site and voucher) with their ranges, each
# range's product queryset built once per applicator run, the delivery methods, the site's
# settings (a signed-in shopper: their account, points, addresses): none of them per line.
BASKET_BUDGET = 35


def _basket_page_queries(client) -> int:
    client.get(reverse("basket:summary"))
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("basket:summary"))
    assert response.status_code == 200
    return len(queries)


@pytest.fixture
def kitchen():
    kitchen = CategoryFactory(name="Kitchen")
    site_offer(range_=range_of(categories=[kitchen]), name="10% off the kitchen")
    site_offer(range_=range_of(everything=True), name="5% off everything", priority=-1)
    points_offer_ensure()
    return [
        ProductFactory(title=f"Pan {number}", price=10 + number, categories=[kitchen])
        for number in range(5)
    ]


def _add(client, product):
    client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 1})


@pytest.mark.parametrize("signed_in", [False, True], ids=["guest", "shopper"])
def test_the_basket_page_costs_the_same_with_one_line_as_with_five(
    request, client, kitchen, django_assert_max_num_queries, signed_in
):
    if signed_in:
        client.force_login(request.getfixturevalue("shopper"))
    _add(client, kitchen[0])
    one_line = _basket_page_queries(client)
    for product in kitchen[1:]:
        _add(client, product)

    with django_assert_max_num_queries(BASKET_BUDGET):
        page = client.get(reverse("basket:summary"))

    assert _basket_page_queries(client) == one_line
    assert page.content.decode().count("10% off the kitchen") >= 1


def test_offers_give_the_discounts_oscars_own_applicator_gives(client, kitchen):
    for product in kitchen:
        _add(client, product)

    basket = client.get(reverse("basket:summary")).wsgi_request.basket

    assert isinstance(Applicator(), BasketApplicator)
    oscars = Basket.objects.get(pk=basket.pk)
    oscars.strategy = basket.strategy
    OscarApplicator().apply(oscars)
    assert basket.total_excl_tax < basket.total_excl_tax_excl_discounts == 60
    assert basket.total_excl_tax == oscars.total_excl_tax
    assert {o.pk: d["discount"] for o, d in _applied(basket)} == {
        o.pk: d["discount"] for o, d in _applied(oscars)
    }


def _applied(basket):
    return [(d["offer"], d) for d in basket.offer_applications]
