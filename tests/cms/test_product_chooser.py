"""The admin's product chooser lists what shoppers browse (standalone and parent products,
never variants one by one), each with its picture, price and stock."""

import re

import pytest
from django.urls import reverse
from oscar.test.factories import ProductImageFactory

from tests.factories import ParentProductFactory, ProductFactory

pytestmark = pytest.mark.django_db


def _results(client, **params) -> str:
    response = client.get(reverse("product_chooser:choose_results"), params)
    assert response.status_code == 200
    return response.content.decode()


def _rows(html: str) -> list[str]:
    return re.findall(r"<tr[^>]*>(.*?)</tr>", html, re.S)[1:]  # the first row is the header


@pytest.fixture
def shirt(db):
    return ParentProductFactory(
        title="Linen shirt",
        variants=[
            {"title": "Linen shirt (Red, M)", "upc": "SHIRT-RED-M", "price": "45.00", "stock": 3},
            {"title": "Linen shirt (Blue, M)", "upc": "SHIRT-BLUE-M", "price": "42.00"},
        ],
    )


def test_the_chooser_lists_a_parent_once_with_its_variant_count_not_its_variants(
    admin_client, shirt
):
    ProductFactory(title="Enamel mug", price="9.50", stock=12)

    rows = _rows(_results(admin_client))

    assert len(rows) == 2
    (shirt_row,) = [row for row in rows if "Linen shirt" in row]
    assert "(Red, M)" not in shirt_row and "(Blue, M)" not in shirt_row
    assert re.search(r"<td[^>]*>\s*2\s*</td>", shirt_row)  # its two variants
    assert reverse("product_chooser:chosen", args=(shirt.pk,)) in shirt_row


def test_each_row_shows_the_price_and_stock_a_shopper_sees(admin_client, shirt):
    ProductFactory(title="Enamel mug", price="9.50", stock=12)

    rows = _rows(_results(admin_client))
    (mug_row,) = [row for row in rows if "Enamel mug" in row]
    (shirt_row,) = [row for row in rows if "Linen shirt" in row]

    assert "£9.50" in mug_row and "In stock" in mug_row
    assert "from £42.00" in shirt_row


def test_each_row_shows_the_product_picture(admin_client):
    mug = ProductFactory(title="Enamel mug")
    ProductImageFactory(product=mug)

    (row,) = _rows(_results(admin_client))

    assert re.search(r'<img src="[^"]+" alt="" width="60" data-product-thumbnail>', row)


def test_searching_a_variant_code_finds_its_parent(admin_client, shirt):
    ProductFactory(title="Enamel mug")

    rows = _rows(_results(admin_client, q="shirt-red"))

    assert len(rows) == 1 and "Linen shirt" in rows[0]
