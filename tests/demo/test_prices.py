"""Prices that agree on the demo shop: the Brass Reading Lamp (£95, in the "10% off home and
kitchen" range) costs £85.50 wherever it is shown - listing card, home page blocks ("New in"
and the offer block), product page and the API - with £95 struck through and the offer named."""

import re

from django.utils.html import escape
from oscar.core.loading import get_model
from rest_framework.test import APIClient

from demo.offers import SITE_OFFER_NAME

Product = get_model("catalogue", "Product")

LAMP = "Brass Reading Lamp"
PRICE_BLOCK = re.compile(r'<p class="price[^"]*" data-price-block>.*?</p>', re.S)


def _lamp():
    return Product.objects.get(title=LAMP)


def _lamp_prices(html: str) -> list[str]:
    """The price blocks of the lamp's cards in `html`."""
    cards = re.findall(r'<article class="product-card.*?</article>', html, re.S)
    return [PRICE_BLOCK.search(card).group(0) for card in cards if LAMP in card]


def _says_offer_price(block: str) -> None:
    assert re.search(r"data-price>.*£85\.50", block, re.S), block
    assert re.search(r"<s [^>]*data-original-price>.*was.*£95\.00</s>", block, re.S), block
    assert escape(SITE_OFFER_NAME) in block


def test_the_lamps_listing_card_shows_the_offer_price(client):
    blocks = _lamp_prices(client.get("/shop/search/", {"q": "brass lamp"}).content.decode())

    assert blocks
    for block in blocks:
        _says_offer_price(block)


def test_every_lamp_card_on_the_home_page_shows_the_same_offer_price(client):
    html = client.get("/").content.decode()
    blocks = _lamp_prices(html)

    assert len(blocks) >= 2  # "New in" and the offer block
    for block in blocks:
        _says_offer_price(block)
    assert "£95.00</span>" not in html  # never as the price paid


def test_the_lamps_page_shows_the_offer_price_and_tells_search_engines_the_same(client):
    html = client.get(_lamp().get_absolute_url()).content.decode()

    _says_offer_price(PRICE_BLOCK.search(html).group(0))
    assert '"price": "85.50"' in html


def test_the_api_gives_the_lamps_offer_price_in_the_list_and_the_detail():
    api = APIClient()
    lamp = _lamp()
    listed = api.get("/api/v1/products/?page_size=100").json()["results"]
    detail = api.get(f"/api/v1/products/{lamp.pk}/").json()
    expected = {
        "currency": "GBP",
        "amount": "85.50",
        "was": "95.00",
        "offer_name": SITE_OFFER_NAME,
        "is_from": False,
    }

    assert next(p for p in listed if p["id"] == lamp.pk)["shown_price"] == expected
    assert detail["shown_price"] == expected
    assert [(o["price"], o["shown_price"]) for o in detail["offers"]] == [("85.50", expected)]
