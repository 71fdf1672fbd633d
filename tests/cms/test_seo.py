"""Search engines and link previews: sitemap, robots.txt, canonical, Open Graph and JSON-LD."""

import json
import re
from xml.etree import ElementTree

import pytest
from oscar.apps.catalogue.categories import create_from_breadcrumbs

from cms.pages.models import ContentPage

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def _ld_json(html: str) -> list[dict]:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def _of_type(html: str, kind: str) -> list[dict]:
    return [data for data in _ld_json(html) if data.get("@type") == kind]


def test_sitemap_lists_live_pages_browsable_products_and_categories(
    client, home_page, product_factory
):
    about = home_page.add_child(instance=ContentPage(title="About", slug="about"))
    draft = home_page.add_child(instance=ContentPage(title="Draft", slug="draft", live=False))
    shown = product_factory("Sitemap Soap", "3.00")
    hidden = product_factory("Secret Soap", "3.00", is_public=False)
    category = create_from_breadcrumbs("Bath")

    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    locations = [loc.text for loc in root.findall("sm:url/sm:loc", SITEMAP_NS)]
    assert any(loc.endswith(about.url) for loc in locations)
    assert not any(loc.endswith(draft.url or "/draft/") for loc in locations)
    assert "http://testserver" + shown.get_absolute_url() in locations
    assert not any(loc.endswith(hidden.get_absolute_url()) for loc in locations)
    assert "http://testserver" + category.get_absolute_url() in locations


def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_admin(client):
    response = client.get("/robots.txt")

    body = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /cms/" in body and "Disallow: /shop/checkout/" in body


def test_product_page_carries_valid_product_json_ld_with_price_and_stock(client, product_factory):
    product = product_factory('Tin "Special" <Tea>', "12.40", stock=3)
    sold_out = product_factory("Gone Tea", "5.00", stock=0)

    html = client.get(product.get_absolute_url()).content.decode()
    sold_out_html = client.get(sold_out.get_absolute_url()).content.decode()

    (data,) = _of_type(html, "Product")
    assert data["@context"] == "https://schema.org"
    assert data["name"] == 'Tin "Special" <Tea>'
    assert data["url"] == "http://testserver" + product.get_absolute_url()
    assert data["offers"]["@type"] == "Offer"
    assert data["offers"]["price"] == "12.40"
    assert data["offers"]["priceCurrency"] == "GBP"
    assert data["offers"]["availability"] == "https://schema.org/InStock"
    assert "<Tea></script>" not in html
    (sold_out_data,) = _of_type(sold_out_html, "Product")
    assert sold_out_data["offers"]["availability"] == "https://schema.org/OutOfStock"


def test_product_page_has_breadcrumbs_through_its_category(client, product_factory):
    product = product_factory("Rose Jam", "4.00")
    category = create_from_breadcrumbs("Pantry > Jams")
    product.productcategory_set.create(category=category)

    html = client.get(product.get_absolute_url()).content.decode()

    (crumbs,) = _of_type(html, "BreadcrumbList")
    names = [item["name"] for item in crumbs["itemListElement"]]
    assert names == ["Home", "Pantry", "Jams", "Rose Jam"]
    assert [item["position"] for item in crumbs["itemListElement"]] == [1, 2, 3, 4]


def test_wagtail_page_has_canonical_open_graph_and_organization(client, home_page):
    page = home_page.add_child(
        instance=ContentPage(
            title="Shipping", slug="shipping", search_description="How we send parcels"
        )
    )

    html = client.get("/shipping/").content.decode()

    assert f'<link rel="canonical" href="{page.full_url}">' in html
    assert '<meta property="og:title" content="Shipping">' in html
    assert '<meta property="og:description" content="How we send parcels">' in html
    (organization,) = _of_type(html, "Organization")
    assert organization["name"]
    (crumbs,) = _of_type(html, "BreadcrumbList")
    assert [item["name"] for item in crumbs["itemListElement"]] == [home_page.title, "Shipping"]


def test_oscar_pages_have_canonical_and_organization_too(client, home_page):
    html = client.get("/shop/catalogue/?page=1").content.decode()

    assert '<link rel="canonical" href="http://testserver/shop/catalogue/">' in html
    assert len(_of_type(html, "Organization")) == 1


def test_product_page_shares_as_a_product_with_its_title(client, product_factory):
    product = product_factory("Walnut Board", "30.00")

    html = client.get(product.get_absolute_url()).content.decode()

    assert '<meta property="og:type" content="product">' in html
    assert '<meta property="og:title" content="Walnut Board">' in html
    assert f'<link rel="canonical" href="http://testserver{product.get_absolute_url()}">' in html
