"""A suspended seller's offers stop being sold at once, everywhere: listings, facets, the API,
the product page, baskets and checkout; reinstating the seller brings them back."""

import pytest
from django.urls import reverse
from oscar.test.factories import CountryFactory

from tests.commerce.checkout.steps import delivery_methods_ready
from tests.commerce.partner.offers import offer
from tests.commerce.search.helpers import facet_counts, listed_titles
from tests.factories import ProductFactory, SellerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def throw():
    product = ProductFactory(title="Linen throw", price=None)
    product.weavers, product.loomers = SellerFactory(name="Weavers"), SellerFactory(name="Loomers")
    product.dear = offer(product, by=product.weavers, price=40)
    product.cheap = offer(product, by=product.loomers, price=20)
    return product


def _set_status(seller, status):
    seller.status = status
    seller.save(update_fields=["status"])


def _api_item(api_client, product):
    return api_client.get(f"/api/v1/products/{product.pk}/").json()


def test_a_suspended_sellers_offer_leaves_listings_facets_and_the_api(client, api_client, throw):
    _set_status(throw.loomers, "suspended")

    catalogue = client.get("/shop/catalogue/")
    html = catalogue.content.decode()
    assert "£40.00" in html and "£20.00" not in html and "Loomers" not in html
    assert facet_counts(catalogue, "seller") == {"Weavers": 1}
    assert listed_titles(client.get("/shop/catalogue/?price=0-25")) == []
    body = _api_item(api_client, throw)
    assert body["price"]["excl_tax"] == "40.00"
    assert [o["sold_by"]["name"] for o in body["offers"]] == ["Weavers"]
    loomers = api_client.get(f"/api/v1/products/?seller={throw.loomers.partner_id}").json()
    assert loomers["results"] == []


def test_the_product_page_falls_back_to_the_next_best_offer(client, throw):
    _set_status(throw.loomers, "suspended")

    html = client.get(throw.get_absolute_url()).content.decode()

    assert "£40.00" in html and "Weavers" in html
    assert "Loomers" not in html and "data-other-offers" not in html


def test_with_every_seller_suspended_the_product_is_unavailable(client, throw):
    _set_status(throw.loomers, "suspended")
    _set_status(throw.weavers, "suspended")

    html = client.get(throw.get_absolute_url()).content.decode()

    assert "Unavailable" in html and "£" not in html.split("product_main")[1].split("<hr")[0]
    assert reverse("basket:add", kwargs={"pk": throw.pk}) not in html


def test_a_suspended_sellers_offer_cannot_be_added_to_the_basket(client, throw):
    _set_status(throw.loomers, "suspended")

    client.post(
        reverse("basket:add", kwargs={"pk": throw.pk}),
        {"quantity": 1, "stockrecord": throw.cheap.pk},
    )

    assert "Linen throw" not in client.get(reverse("basket:summary")).content.decode()


def test_a_basket_line_of_a_suspended_seller_is_unavailable_and_checkout_refuses_it(
    client, shopper, throw
):
    CountryFactory(iso_3166_1_a2="GB", printable_name="United Kingdom", is_shipping_country=True)
    delivery_methods_ready()
    client.force_login(shopper)
    client.post(
        reverse("basket:add", kwargs={"pk": throw.pk}),
        {"quantity": 1, "stockrecord": throw.cheap.pk},
    )
    _set_status(throw.loomers, "suspended")

    basket = client.get(reverse("basket:summary")).content.decode()
    assert "&#x27;Linen throw&#x27; is no longer available" in basket
    assert "No longer sold by this seller" in basket
    refused = client.get(reverse("checkout:index"), follow=True)
    assert refused.redirect_chain[-1][0] == reverse("basket:summary")
    assert "its seller is not selling at the moment" in refused.content.decode()

    _set_status(throw.loomers, "approved")

    basket = client.get(reverse("basket:summary")).content.decode()
    assert "no longer available" not in basket and "£20.00" in basket
    resumed = client.get(reverse("checkout:index"))
    assert resumed.url == reverse("checkout:shipping-address")


def test_reinstating_a_seller_brings_their_offer_back_everywhere(client, api_client, throw):
    _set_status(throw.loomers, "suspended")
    assert listed_titles(client.get("/shop/catalogue/?price=0-25")) == []

    _set_status(throw.loomers, "approved")

    assert listed_titles(client.get("/shop/catalogue/?price=0-25")) == ["Linen throw"]
    assert facet_counts(client.get("/shop/catalogue/"), "seller") == {"Loomers": 1, "Weavers": 1}
    assert _api_item(api_client, throw)["price"]["excl_tax"] == "20.00"
    page = client.get(throw.get_absolute_url()).content.decode()
    assert 'Sold by <a href="/sellers/loomers/">Loomers' in page and "data-other-offers" in page
