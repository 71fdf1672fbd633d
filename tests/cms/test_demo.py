"""Demo content shows real products on the home page and one landing page, idempotently."""

import pytest
from oscar.apps.catalogue.categories import create_from_breadcrumbs

from cms.core.demo import demo_content_build
from cms.pages.models import LandingPage

pytestmark = pytest.mark.django_db


def test_demo_content_fills_home_and_one_landing_page_with_real_products(
    client, home_page, product_factory
):
    create_from_breadcrumbs("Pantry")
    products = [product_factory(f"Demo jar {n}", f"{n + 1}.50") for n in range(8)]

    demo_content_build(home=home_page)
    demo_content_build(home=home_page)

    assert LandingPage.objects.filter(slug="seasonal-picks").count() == 1
    home_html = client.get("/").content.decode()
    landing_html = client.get("/seasonal-picks/").content.decode()
    assert "Goods worth keeping" in home_html
    assert 'href="/shop/catalogue/">Browse the shop</a>' in home_html
    assert "Demo jar 0" in home_html and "£1.50" in home_html
    assert "Pantry" in home_html
    assert "Seasonal picks" in landing_html
    assert products[2].title in landing_html
    assert 'href="/seasonal-picks/"' in home_html  # in the header menu
