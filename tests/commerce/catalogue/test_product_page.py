"""The product page tells a shopper what they care about: the product's details (material,
colour, size) instead of Oscar's "Product Information" table of UPC and tax rows, and every
offer's price the way prices read everywhere else (an automatic offer's old price struck
through and the offer named)."""

import re

import pytest

from tests.commerce.catalogue.site_offers import range_of, site_offer
from tests.commerce.partner.offers import offer
from tests.factories import ClothingFactory, ProductFactory, SellerFactory

pytestmark = pytest.mark.django_db


def _section(html: str, marker: str) -> str:
    start = html.index(marker)
    return html[start : html.index("</section>", start)]


def test_the_details_list_the_products_attributes_without_upc_or_tax(client):
    shirt = ClothingFactory(title="Blue shirt", colour="Blue", size="M", upc="UPC-0042")

    html = client.get(shirt.get_absolute_url()).content.decode()

    details = _section(html, "data-product-details")
    assert re.search(r"<dt>Colour</dt>\s*<dd>Blue</dd>", details)
    assert re.search(r"<dt>Size</dt>\s*<dd>M</dd>", details)
    # The UPC stays in the page's schema.org data for search engines, not in what people read.
    shown = re.sub(r"<script.*?</script>", "", html, flags=re.S)
    for row in ("Product Information", "UPC-0042", "Price (excl. tax)", "Tax", "Product Type"):
        assert row not in shown


def test_a_product_without_attributes_has_no_details_section(client):
    mug = ProductFactory(title="Enamel mug", price="9.50")

    html = client.get(mug.get_absolute_url()).content.decode()

    assert "data-product-details" not in html
    assert "Product Information" not in html


def test_other_offers_show_the_old_price_struck_through_and_the_offer_named(client):
    throw = ProductFactory(title="Linen throw", price=None)
    offer(throw, by=SellerFactory(name="Loomers"), price=20, stock=4)
    offer(throw, by=SellerFactory(name="Weavers"), price=40, stock=4)
    site_offer(range_=range_of(products=[throw]), name="10% off linen")

    html = client.get(throw.get_absolute_url()).content.decode()

    other = _section(html, "data-other-offers")
    assert "Weavers" in other
    assert re.search(r"<s class=\"price__was\" data-original-price>.*£40\.00.*</s>", other, re.S)
    assert re.search(r"data-price>.*£36\.00", other, re.S)
    assert "10% off linen" in other
