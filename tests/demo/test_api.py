"""The JSON API on the demo shop: the catalogue is listed, and the demo shopper signs in."""

import pytest
from django.conf import settings
from rest_framework.test import APIClient

from demo.accounts import DEMO_ACCOUNTS
from demo.data import CATEGORIES, PRODUCTS

# The test settings' SECRET_KEY, which signs the JWTs, is deliberately short (as in tests/api).
pytestmark = pytest.mark.filterwarnings("ignore::jwt.warnings.InsecureKeyLengthWarning")


def test_the_api_lists_every_demo_product_priced_with_its_variants_in_few_queries(
    django_assert_max_num_queries,
):
    # 6, and 7 more for the demo's automatic offer, which every price shown includes: Oscar's
    # range asks what it is made of (6) and which products of the page it holds (1).
    with django_assert_max_num_queries(13):
        products = APIClient().get("/api/v1/products/?page_size=100").json()
    assert products["count"] == len(PRODUCTS)
    assert {product["upc"] for product in products["results"]} == {spec.upc for spec in PRODUCTS}
    assert all(product["price"]["exists"] for product in products["results"])
    assert any(product["structure"] == "parent" for product in products["results"])


def test_the_api_category_tree_holds_the_demo_categories():
    tree = APIClient().get("/api/v1/categories/").json()
    assert {category["name"] for category in tree} >= {name for name, _c in CATEGORIES.values()}


def test_the_demo_shopper_gets_a_token_pair_with_the_demo_password_and_reads_their_orders():
    client = APIClient()
    email = "shopper@example.com"  # the README's shopper
    assert email in {account.email for account in DEMO_ACCOUNTS}
    signed_in = client.post(
        "/api/v1/auth/token/", {"email": email, "password": settings.DEMO_PASSWORD}
    )
    assert signed_in.status_code == 200
    auth = {"HTTP_AUTHORIZATION": f"Bearer {signed_in.json()['access']}"}
    assert client.get("/api/v1/me/", **auth).json()["email"] == email
    assert client.get("/api/v1/orders/", **auth).status_code == 200
