import io
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from oscar.apps.catalogue.categories import create_from_breadcrumbs
from oscar.core.loading import get_model
from oscar.test.factories import create_product, create_product_image
from PIL import Image

pytestmark = pytest.mark.django_db

Partner = get_model("partner", "Partner")


def png(name="photo.png"):
    buffer = io.BytesIO()
    Image.new("RGB", (2, 2), "teal").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def titles(response):
    return sorted(product["title"] for product in response.json()["results"])


def test_product_list_is_public_paginated_and_priced_by_oscars_strategy(api_client):
    create_product(title="Linen apron", price=Decimal("24.00"), num_in_stock=3, partner_name="Loom")
    create_product(title="Hidden", price=Decimal("1.00"), num_in_stock=1, is_public=False)

    response = api_client.get("/api/v1/products/")
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 1
    assert set(body) == {"count", "next", "previous", "results"}
    apron = body["results"][0]
    assert apron["title"] == "Linen apron"
    assert apron["price"] == {
        "exists": True,
        "currency": "GBP",
        "excl_tax": "24.00",
        "incl_tax": "24.00",
    }
    assert apron["availability"]["is_available_to_buy"] is True
    assert apron["availability"]["num_available"] == 3
    assert apron["seller"]["name"] == "Loom"


def test_out_of_stock_product_is_listed_as_not_available(api_client):
    create_product(title="Sold out", price=Decimal("5.00"), num_in_stock=0)
    availability = api_client.get("/api/v1/products/").json()["results"][0]["availability"]
    assert availability["is_available_to_buy"] is False
    assert availability["code"] == "outofstock"


def test_pages_have_counts_and_links(api_client):
    for i in range(5):
        create_product(title=f"Jar {i}", price=Decimal("3.00"), num_in_stock=1)
    first = api_client.get("/api/v1/products/?page_size=2").json()
    assert first["count"] == 5
    assert len(first["results"]) == 2
    assert "page=2" in first["next"]
    last = api_client.get("/api/v1/products/?page_size=2&page=3").json()
    assert len(last["results"]) == 1
    assert last["next"] is None


def test_a_page_past_the_end_is_a_404_saying_so(api_client):
    response = api_client.get("/api/v1/products/?page=9")
    assert response.status_code == 404
    assert "There is no page 9" in response.json()["error"]["message"]


def test_filter_by_category_includes_subcategories(api_client):
    kitchen = create_from_breadcrumbs("Home > Kitchen")
    garden = create_from_breadcrumbs("Garden")
    pan = create_product(title="Pan", price=Decimal("30.00"), num_in_stock=1)
    pan.categories.add(kitchen)
    create_product(title="Spade", price=Decimal("20.00"), num_in_stock=1).categories.add(garden)
    home = kitchen.get_parent()

    assert titles(api_client.get(f"/api/v1/products/?category={home.pk}")) == ["Pan"]
    assert titles(api_client.get(f"/api/v1/products/?category={garden.pk}")) == ["Spade"]


def test_filter_by_price_range(api_client):
    for title, price in [("Cheap", "2.00"), ("Middle", "10.00"), ("Dear", "50.00")]:
        create_product(title=title, price=Decimal(price), num_in_stock=1)
    response = api_client.get("/api/v1/products/?min_price=5&max_price=20")
    assert titles(response) == ["Middle"]
    assert titles(api_client.get("/api/v1/products/?min_price=10")) == ["Dear", "Middle"]
    assert titles(api_client.get("/api/v1/products/?max_price=10")) == ["Cheap", "Middle"]


def test_filter_by_seller(api_client):
    create_product(title="Loom towel", price=Decimal("9.00"), num_in_stock=1, partner_name="Loom")
    create_product(title="Larder jam", price=Decimal("4.00"), num_in_stock=1, partner_name="Larder")
    loom = Partner.objects.get(name="Loom")
    assert titles(api_client.get(f"/api/v1/products/?seller={loom.pk}")) == ["Loom towel"]


def test_filter_by_availability(api_client):
    create_product(title="In stock", price=Decimal("9.00"), num_in_stock=2)
    create_product(title="Sold out", price=Decimal("9.00"), num_in_stock=0)
    assert titles(api_client.get("/api/v1/products/?available=true")) == ["In stock"]
    assert titles(api_client.get("/api/v1/products/?available=false")) == ["Sold out"]


def test_search_matches_every_word(api_client):
    create_product(title="Blue linen apron", price=Decimal("9.00"), num_in_stock=1)
    create_product(title="Blue mug", price=Decimal("9.00"), num_in_stock=1)
    assert titles(api_client.get("/api/v1/products/?search=linen blue")) == ["Blue linen apron"]


def test_ordering_by_price_and_title(api_client):
    for title, price in [("B", "5.00"), ("A", "7.00"), ("C", "1.00")]:
        create_product(title=title, price=Decimal(price), num_in_stock=1)
    by_price = api_client.get("/api/v1/products/?ordering=price").json()["results"]
    assert [p["title"] for p in by_price] == ["C", "B", "A"]
    by_title = api_client.get("/api/v1/products/?ordering=-title").json()["results"]
    assert [p["title"] for p in by_title] == ["C", "B", "A"]


def test_bad_filter_values_are_a_400_naming_the_parameter(api_client):
    response = api_client.get("/api/v1/products/?min_price=cheap&available=perhaps")
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert set(error["fields"]) == {"min_price", "available"}


def test_product_detail_has_variants_images_attributes_categories_price(api_client):
    parent = create_product(title="T-shirt", structure="parent", product_class="Clothing")
    parent.categories.add(create_from_breadcrumbs("Clothes"))
    create_product_image(product=parent, caption="Front", original=png())
    create_product(
        parent=parent,
        title="T-shirt, small",
        product_class="Clothing",
        price=Decimal("12.00"),
        num_in_stock=4,
        attributes={"size": "S"},
    )
    create_product(
        parent=parent,
        title="T-shirt, large",
        product_class="Clothing",
        price=Decimal("14.00"),
        num_in_stock=0,
        attributes={"size": "L"},
    )

    response = api_client.get(f"/api/v1/products/{parent.pk}/")
    assert response.status_code == 200
    body = response.json()
    assert body["structure"] == "parent"
    assert body["categories"][0]["name"] == "Clothes"
    assert body["images"][0]["caption"] == "Front"
    assert body["images"][0]["url"].startswith("http://testserver/")
    assert body["price"]["exists"] is True
    assert body["availability"]["is_available_to_buy"] is True
    variants = {v["title"]: v for v in body["variants"]}
    assert variants["T-shirt, small"]["price"]["excl_tax"] == "12.00"
    assert variants["T-shirt, small"]["attributes"] == [
        {"code": "size", "name": "size", "value": "S"}
    ]
    assert variants["T-shirt, large"]["availability"]["is_available_to_buy"] is False


def test_unknown_or_hidden_product_is_a_404_in_the_api_format(api_client):
    hidden = create_product(title="Hidden", is_public=False)
    for url in ("/api/v1/products/999999/", f"/api/v1/products/{hidden.pk}/"):
        response = api_client.get(url)
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "not_found"


def test_category_tree_nests_children(api_client):
    create_from_breadcrumbs("Home > Kitchen > Knives")
    create_from_breadcrumbs("Home > Bath")
    create_from_breadcrumbs("Garden")
    tree = api_client.get("/api/v1/categories/").json()
    assert [node["name"] for node in tree] == ["Home", "Garden"]
    home = tree[0]
    assert sorted(child["name"] for child in home["children"]) == ["Bath", "Kitchen"]
    kitchen = next(c for c in home["children"] if c["name"] == "Kitchen")
    assert kitchen["children"][0]["name"] == "Knives"
    assert kitchen["children"][0]["children"] == []


def _catalogue(size):
    for i in range(size):
        product = create_product(title=f"Standalone {i}", price=Decimal("5.00"), num_in_stock=2)
        create_product_image(product=product, original=png())
        parent = create_product(title=f"Parent {i}", structure="parent")
        create_product(parent=parent, title=f"Child {i}", price=Decimal("6.00"), num_in_stock=1)


@pytest.mark.parametrize("size", [5, 50])
def test_product_list_query_count_does_not_grow_with_page_size(
    api_client, django_assert_max_num_queries, size
):
    _catalogue(size // 2 or 1)
    api_client.get(f"/api/v1/products/?page_size={size}")  # warm: the site offers are cached
    with django_assert_max_num_queries(6):
        response = api_client.get(f"/api/v1/products/?page_size={size}")
    assert response.status_code == 200
    assert len(response.json()["results"]) == min(size, 2 * (size // 2 or 1))


def _list_queries(api_client, path) -> tuple[int, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    api_client.get(path)  # warm: the site offers are cached, the listing is refreshed
    with CaptureQueriesContext(connection) as queries:
        response = api_client.get(path)
    assert response.status_code == 200
    return len(queries), len(response.json()["results"])


@pytest.mark.parametrize(
    "query",
    ["", "?ordering=price", "?ordering=-price&min_price=1&max_price=100&available=true"],
)
def test_product_list_costs_the_same_queries_for_3_and_30_products(api_client, query):
    path = f"/api/v1/products/{query}{'&' if query else '?'}page_size=60"
    _catalogue(1)
    create_product(title="Third", price=Decimal("7.00"), num_in_stock=1)
    few, listed_few = _list_queries(api_client, path)
    _catalogue(13)
    create_product(title="Thirtieth", price=Decimal("8.00"), num_in_stock=1)
    many, listed_many = _list_queries(api_client, path)

    assert (listed_few, listed_many) == (3, 30)
    assert many == few
