"""Script a seller types comes out inert on every public page: the product page, the seller
page, the product cards, and the API's HTML fields (stored sanitised)."""

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from commerce.sellers.services.onboarding import seller_approve
from tests.factories import ProductFactory, SellerFactory, StaffFactory

from .conftest import application

pytestmark = pytest.mark.django_db

ATTACK = (
    "<p>Hand-made</p><img src=x onerror=alert(1)><script>alert(2)</script>"
    '<a href="javascript:alert(3)">click</a><b onmouseover="alert(4)">bold</b>'
)


def _assert_inert(html: str) -> None:
    assert "onerror" not in html
    assert "<script>alert" not in html
    assert "javascript:alert" not in html
    assert "onmouseover" not in html


def test_a_product_description_with_script_is_inert_on_the_product_page(client):
    seller = SellerFactory()
    product = ProductFactory(description=ATTACK, seller=seller.name)  # written before the rule
    html = client.get(product.get_absolute_url()).content.decode()
    _assert_inert(html)
    assert "<p>Hand-made</p>" in html
    assert "<b>bold</b>" in html


def test_a_seller_description_with_script_is_inert_on_the_seller_page_and_cards(client):
    seller = SellerFactory(description=ATTACK)  # stored unsanitised, as by an older path
    ProductFactory(title="Blanket", description=ATTACK, seller=seller.name)
    html = client.get(seller.get_absolute_url()).content.decode()
    _assert_inert(html)
    assert "<p>Hand-made</p>" in html
    assert "Blanket" in html
    catalogue = client.get(reverse("catalogue:index")).content.decode()
    assert "Blanket" in catalogue
    _assert_inert(catalogue)


def test_the_api_serves_the_description_as_stored_sanitised(db):
    seller = application(description=ATTACK)
    seller_approve(seller=seller, by=StaffFactory())
    body = APIClient().get(f"/api/v1/sellers/{seller.slug}/").json()
    _assert_inert(body["description"])
    assert body["description"].startswith("<p>Hand-made</p>")
