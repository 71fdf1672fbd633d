"""/api/v1/seller/products/ and /api/v1/seller/offers/: seller1 reads and changes their own
products and offers only; seller2's are 404s; a product seller1 only offers changes only in
seller1's offer; a product others offer cannot be deleted."""

from decimal import Decimal

import pytest
from oscar.core.loading import get_model

from commerce.sellers.models import SellerProduct
from tests.api.helpers import api_client_of
from tests.factories import ProductFactory, SellerFactory

from .helpers import offer

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")

pytestmark = pytest.mark.django_db

PRODUCTS = "/api/v1/seller/products/"
OFFERS = "/api/v1/seller/offers/"
SCRIPT = "<img src=x onerror=alert(1)>"


@pytest.fixture
def api(seller1):
    return api_client_of(seller1.user)


def test_seller_lists_the_products_they_own_or_offer_and_nothing_else(api, visible, hidden):
    body = api.get(PRODUCTS).json()

    assert {row["id"] for row in body["results"]} == {product.pk for product in visible}
    assert body["count"] == len(visible)


def test_a_product_lists_only_the_sellers_own_offer(api, catalogue):
    body = api.get(f"{PRODUCTS}{catalogue.shared.pk}/").json()

    assert body["owned"] is False
    assert [offer["partner_sku"] for offer in body["offers"]] == ["S1-BOWL"]
    assert "S2-BOWL" not in str(body)


def test_another_sellers_product_and_the_shops_unoffered_product_are_404(api, hidden):
    for product in hidden:
        assert api.get(f"{PRODUCTS}{product.pk}/").status_code == 404
        response = api.patch(f"{PRODUCTS}{product.pk}/", {"title": "Mine now"})
        assert response.status_code == 404
        assert api.delete(f"{PRODUCTS}{product.pk}/").status_code == 404
        product.refresh_from_db()
        assert product.title != "Mine now"


@pytest.mark.parametrize("name", ["shared", "shop_offered"])
def test_a_product_the_seller_only_offers_keeps_its_fields(api, catalogue, name):
    product = getattr(catalogue, name)

    response = api.patch(f"{PRODUCTS}{product.pk}/", {"title": "Renamed", "description": "x"})

    assert response.status_code == 403
    assert response.json()["error"]["code"] == "not_product_owner"
    assert "only your own offer" in response.json()["error"]["message"]
    product.refresh_from_db()
    assert product.title != "Renamed"
    assert product.description == "<p>Plain.</p>"


def test_on_a_shared_product_the_seller_changes_their_own_offer_only(api, catalogue):
    response = api.patch(
        f"{PRODUCTS}{catalogue.shared.pk}/", {"offer": {"price": "27.50", "num_in_stock": 9}}
    )

    assert response.status_code == 200
    assert response.json()["offers"][0]["price"] == "27.50"
    records = catalogue.records
    records.shared.refresh_from_db()
    records.shared_2.refresh_from_db()
    assert (records.shared.price, records.shared.num_in_stock) == (Decimal("27.50"), 9)
    assert (records.shared_2.price, records.shared_2.partner_sku) == (Decimal("29.00"), "S2-BOWL")


def test_seller_edits_their_own_product_and_its_description_is_sanitised(api, catalogue):
    response = api.patch(
        f"{PRODUCTS}{catalogue.mine.pk}/", {"title": "Big teapot", "description": SCRIPT}
    )

    assert response.status_code == 200
    catalogue.mine.refresh_from_db()
    assert catalogue.mine.title == "Big teapot"
    assert "onerror" not in catalogue.mine.description
    assert "<img" not in catalogue.mine.description


def test_seller_creates_a_product_of_their_own_with_their_offer(
    api, seller1, category, product_class
):
    response = api.post(
        PRODUCTS,
        {
            "title": "Oak board",
            "description": f"<p>Oiled.</p>{SCRIPT}",
            "product_class": product_class.slug,
            "categories": [category.pk],
            "offer": {"partner_sku": "S1-BOARD", "price": "35.00", "num_in_stock": 4},
        },
    )

    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["owned"] is True
    product = Product.objects.get(pk=body["id"])
    assert SellerProduct.objects.get(product=product).seller == seller1
    assert product.description == "<p>Oiled.</p>"
    offer = product.stockrecords.get()
    assert (offer.partner, offer.partner_sku, offer.price) == (
        seller1.partner,
        "S1-BOARD",
        Decimal("35.00"),
    )


def test_creating_a_product_with_a_sku_already_in_use_is_a_400_on_that_field(
    api, catalogue, category, product_class
):
    response = api.post(
        PRODUCTS,
        {
            "title": "Second teapot",
            "product_class": product_class.slug,
            "categories": [category.pk],
            "offer": {"partner_sku": "S1-TEAPOT", "price": "5.00"},
        },
    )

    assert response.status_code == 400
    assert "partner_sku" in response.json()["error"]["fields"]
    assert not Product.objects.filter(title="Second teapot").exists()


def test_a_product_others_offer_too_cannot_be_deleted(api, catalogue):
    response = api.delete(f"{PRODUCTS}{catalogue.mine_shared.pk}/")

    assert response.status_code == 409
    assert response.json()["error"]["code"] == "product_has_other_offers"
    assert Product.objects.filter(pk=catalogue.mine_shared.pk).exists()
    assert StockRecord.objects.filter(pk=catalogue.records.mine_shared_2.pk).exists()


@pytest.mark.parametrize("name", ["shared", "shop_offered"])
def test_a_product_the_seller_does_not_own_cannot_be_deleted(api, catalogue, name):
    product = getattr(catalogue, name)

    response = api.delete(f"{PRODUCTS}{product.pk}/")

    assert response.status_code == 403
    assert response.json()["error"]["code"] == "not_product_owner"
    assert Product.objects.filter(pk=product.pk).exists()


def test_seller_deletes_their_own_product_nobody_else_offers(api, catalogue):
    assert api.delete(f"{PRODUCTS}{catalogue.mine.pk}/").status_code == 204
    assert not Product.objects.filter(pk=catalogue.mine.pk).exists()


def test_seller_lists_and_reads_only_their_own_offers(api, seller1, catalogue):
    body = api.get(OFFERS).json()

    own = set(StockRecord.objects.filter(partner=seller1.partner).values_list("pk", flat=True))
    assert {row["id"] for row in body["results"]} == own
    for record in (catalogue.records.shared_2, catalogue.records.shop_offered_shop):
        assert api.get(f"{OFFERS}{record.pk}/").status_code == 404


def test_another_sellers_offer_cannot_be_changed_or_withdrawn(api, catalogue):
    record = catalogue.records.shared_2

    assert api.patch(f"{OFFERS}{record.pk}/", {"price": "1.00"}).status_code == 404
    assert api.delete(f"{OFFERS}{record.pk}/").status_code == 404
    record.refresh_from_db()
    assert record.price == Decimal("29.00")


def test_seller_changes_price_stock_and_sku_of_their_offer(api, catalogue):
    record = catalogue.records.shop_offered

    response = api.patch(
        f"{OFFERS}{record.pk}/", {"price": "12.00", "num_in_stock": 0, "partner_sku": "K-2"}
    )

    assert response.status_code == 200
    record.refresh_from_db()
    assert (record.price, record.num_in_stock, record.partner_sku) == (Decimal("12.00"), 0, "K-2")


def test_seller_offers_a_catalogue_product_once(api, seller1, catalogue):
    product = catalogue.shop_only
    data = {"product": product.pk, "partner_sku": "S1-APRON", "price": "15.00", "num_in_stock": 2}

    first = api.post(OFFERS, data)
    again = api.post(OFFERS, {**data, "partner_sku": "S1-APRON-2"})

    assert first.status_code == 201
    assert product.stockrecords.get(partner=seller1.partner).partner_sku == "S1-APRON"
    assert again.status_code == 400
    assert "product" in again.json()["error"]["fields"]
    assert api.get(f"{PRODUCTS}{product.pk}/").status_code == 200  # now one of theirs


def test_a_hidden_product_cannot_be_offered(api, catalogue):
    Product.objects.filter(pk=catalogue.shop_only.pk).update(is_public=False)

    response = api.post(
        OFFERS, {"product": catalogue.shop_only.pk, "partner_sku": "X", "price": "5.00"}
    )

    assert response.status_code == 400


def test_seller_withdraws_their_offer_and_the_product_stays(api, catalogue):
    record = catalogue.records.shared

    assert api.delete(f"{OFFERS}{record.pk}/").status_code == 204
    assert not StockRecord.objects.filter(pk=record.pk).exists()
    assert Product.objects.filter(pk=catalogue.shared.pk).exists()
    assert api.get(f"{PRODUCTS}{catalogue.shared.pk}/").status_code == 404


@pytest.mark.parametrize("url", [PRODUCTS, OFFERS])
def test_a_user_who_is_not_an_approved_seller_gets_403(url, shopper, catalogue):
    suspended = SellerFactory(name="Seller Three", status="suspended")
    for user in (shopper, suspended.user):
        response = api_client_of(user).get(url)
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "not_approved_seller"


@pytest.mark.parametrize("url", [PRODUCTS, OFFERS])
def test_anonymous_callers_get_401(url, api_client, db):
    assert api_client.get(url).status_code == 401


@pytest.mark.parametrize("url", [PRODUCTS, OFFERS])
def test_lists_take_as_many_queries_for_fifty_products_as_for_five(
    url, api, seller1, category, django_assert_max_num_queries
):
    def make(count):
        for _ in range(count):
            product = ProductFactory(price=None, categories=[category])
            SellerProduct.objects.create(product=product, seller=seller1)
            offer(product, seller1.partner, sku=f"S1-{product.pk}")

    make(5)
    with django_assert_max_num_queries(12) as five:
        api.get(url)
    make(45)
    with django_assert_max_num_queries(len(five.captured_queries)):
        assert api.get(url, {"page_size": 50}).json()["count"] == 50
