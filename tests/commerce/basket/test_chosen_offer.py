"""The shopper chooses an offer: the basket line is the stock record they picked, which must be
an offer on sale of that very product (or of the chosen variant), within its own stock."""

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from tests.commerce.partner.offers import offer
from tests.factories import ParentProductFactory, ProductFactory, SellerFactory, VariantFactory

Line = get_model("basket", "Line")

pytestmark = pytest.mark.django_db


def _add(client, product, **data):
    return client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 1, **data})


@pytest.fixture
def throw():
    product = ProductFactory(title="Linen throw", price=None)
    product.dear = offer(product, by=SellerFactory(name="Weavers"), price=40, stock=1)
    product.cheap = offer(product, by=SellerFactory(name="Loomers"), price=20, stock=5)
    return product


def test_the_main_button_adds_the_offer_the_page_shows(client, throw):
    html = client.get(throw.get_absolute_url()).content.decode()
    main_form = html[html.index('id="add_to_basket_form"') :].split("</form>")[0]

    assert f'name="stockrecord" value="{throw.cheap.pk}"' in main_form
    _add(client, throw, stockrecord=throw.cheap.pk)
    assert list(Line.objects.values_list("stockrecord_id", flat=True)) == [throw.cheap.pk]


def test_each_chosen_offer_is_its_own_basket_line(client, throw):
    _add(client, throw, stockrecord=throw.dear.pk)
    _add(client, throw, stockrecord=throw.cheap.pk)
    _add(client, throw, stockrecord=throw.cheap.pk)

    lines = dict(Line.objects.values_list("stockrecord_id", "quantity"))
    assert lines == {throw.dear.pk: 1, throw.cheap.pk: 2}


def test_another_products_offer_is_refused(client, throw):
    other = ProductFactory(title="Wool rug", price="90.00")

    response = _add(client, throw, stockrecord=other.stockrecords.get().pk)

    assert response.status_code == 302 and not Line.objects.exists()
    basket = client.get(reverse("basket:summary")).content.decode()
    assert "This offer is no longer on sale" in basket


def test_the_chosen_offers_own_stock_limits_the_quantity(client, throw):
    _add(client, throw, stockrecord=throw.dear.pk)
    _add(client, throw, stockrecord=throw.dear.pk)  # Weavers have one; Loomers' five don't count

    assert dict(Line.objects.values_list("stockrecord_id", "quantity")) == {throw.dear.pk: 1}


def test_a_variants_offers_are_chosen_the_same_way(client):
    parent = ParentProductFactory(title="Rugby top")
    small = VariantFactory(parent=parent, title="Rugby top, small", price=None)
    mine = offer(small, by=SellerFactory(name="Weavers"), price=30)
    offer(small, by=SellerFactory(name="Loomers"), price=25)

    page = client.get(small.get_absolute_url()).content.decode()
    assert "Sold by" in page and "Loomers" in page
    assert f'name="stockrecord" value="{mine.pk}"' in page[page.index("data-other-offers") :]
    _add(client, small, stockrecord=mine.pk)
    _add(client, parent, child_id=small.pk, stockrecord=mine.pk)  # from the parent's form

    assert dict(Line.objects.values_list("stockrecord_id", "quantity")) == {mine.pk: 2}
