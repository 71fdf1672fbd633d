"""The issue's "done when", on the demo shop that `make run` loads."""

import pytest
from django.conf import settings
from django.core.management import call_command

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_shop(db):
    call_command("load_demo", "--products", "50", "--verbosity", "0")


def test_demo_shopper_gets_a_pair_reads_me_and_orders_and_spent_or_revoked_refresh_is_401(
    api_client, demo_shop
):
    signed_in = api_client.post(
        "/api/v1/auth/token/",
        {"email": "shopper@example.com", "password": settings.DEMO_PASSWORD},
    )
    assert signed_in.status_code == 200
    pair = signed_in.json()
    auth = {"HTTP_AUTHORIZATION": f"Bearer {pair['access']}"}

    assert api_client.get("/api/v1/me/", **auth).json()["email"] == "shopper@example.com"
    orders = api_client.get("/api/v1/orders/", **auth)
    assert orders.status_code == 200
    assert "count" in orders.json()

    rotated = api_client.post("/api/v1/auth/token/refresh/", {"refresh": pair["refresh"]})
    assert rotated.status_code == 200
    reused = api_client.post("/api/v1/auth/token/refresh/", {"refresh": pair["refresh"]})
    assert reused.status_code == 401

    new_refresh = rotated.json()["refresh"]
    assert api_client.post("/api/v1/auth/logout/", {"refresh": new_refresh}).status_code == 204
    after = api_client.post("/api/v1/auth/token/refresh/", {"refresh": new_refresh})
    assert after.status_code == 401


def test_demo_catalogue_lists_priced_products_and_its_category_tree(api_client, demo_shop):
    products = api_client.get("/api/v1/products/?page_size=100").json()
    assert products["count"] > 50
    priced = [p for p in products["results"] if p["price"]["exists"]]
    assert priced, "demo products carry prices from Oscar's strategy"
    assert any(p["structure"] == "parent" for p in products["results"])
    assert api_client.get("/api/v1/categories/").json()


@pytest.mark.parametrize("page_size", [5, 50])
def test_demo_catalogue_list_costs_the_same_queries_for_5_or_50_products(
    api_client, demo_shop, django_assert_max_num_queries, page_size
):
    with django_assert_max_num_queries(6):
        response = api_client.get(f"/api/v1/products/?page_size={page_size}")
    assert len(response.json()["results"]) == page_size
