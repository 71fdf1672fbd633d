"""Oscar's dashboard catalogue as seller1 uses it: every page they reach, tried against
seller2's and the shop's products for reading and for writing."""

from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils.html import escape
from oscar.core.loading import get_model

from commerce.sellers.models import SellerProduct
from tests.factories import UserFactory

from .helpers import product_page_data

Product = get_model("catalogue", "Product")
StockAlert = get_model("partner", "StockAlert")
StockRecord = get_model("partner", "StockRecord")

pytestmark = pytest.mark.django_db

SCRIPT = "<img src=x onerror=alert(1)>"


def product_url(product):
    return reverse("dashboard:catalogue-product", kwargs={"pk": product.pk})


def delete_url(product):
    return reverse("dashboard:catalogue-product-delete", kwargs={"pk": product.pk})


@pytest.fixture
def dashboard(client, seller1):
    client.force_login(seller1.user)
    return client


def test_product_list_shows_the_products_the_seller_owns_or_offers(dashboard, visible, hidden):
    html = dashboard.get(reverse("dashboard:catalogue-product-list")).content.decode()

    for product in visible:
        assert escape(product.title) in html
    for product in hidden:
        assert escape(product.title) not in html


def test_products_the_seller_neither_owns_nor_offers_are_404_to_read_change_and_delete(
    dashboard, hidden
):
    for product in hidden:
        assert dashboard.get(product_url(product)).status_code == 404
        assert dashboard.post(product_url(product), {"title": "Mine"}).status_code == 404
        assert dashboard.get(delete_url(product)).status_code == 404
        assert dashboard.post(delete_url(product)).status_code == 404
        assert Product.objects.filter(pk=product.pk, title=product.title).exists()


@pytest.mark.parametrize("name", ["shared", "shop_offered"])
def test_a_product_the_seller_only_offers_shows_their_own_offer_read_only_details(
    dashboard, catalogue, name
):
    product = getattr(catalogue, name)

    response = dashboard.get(product_url(product))

    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="offer-only-notice"' in html
    assert response.context["form"].fields["title"].disabled
    assert [f.instance.partner_sku for f in response.context["stockrecord_formset"]] == [
        getattr(catalogue.records, name).partner_sku
    ]
    assert "S2-BOWL" not in html and "SHOP-KETTLE" not in html
    assert "category_formset" not in response.context


def test_posting_a_new_title_to_a_shared_product_changes_only_the_sellers_offer(
    dashboard, catalogue, seller2
):
    page = dashboard.get(product_url(catalogue.shared)).context
    data = product_page_data(
        page,
        title="Renamed by seller one",
        description=SCRIPT,
        **{"stockrecords-0-price": "25.00", "stockrecords-0-partner": seller2.partner.pk},
    )

    response = dashboard.post(product_url(catalogue.shared), data)

    assert response.status_code == 302
    catalogue.shared.refresh_from_db()
    assert catalogue.shared.title == "Seller two's bowl"
    assert catalogue.shared.description == "<p>Plain.</p>"
    records = catalogue.records
    records.shared.refresh_from_db()
    records.shared_2.refresh_from_db()
    assert records.shared.price == Decimal("25.00")
    assert records.shared.partner_id != seller2.partner_id  # never reassigned
    assert (records.shared_2.price, records.shared_2.partner_sku) == (Decimal("29.00"), "S2-BOWL")


def test_posting_another_sellers_stock_record_id_changes_nothing_of_theirs(dashboard, catalogue):
    page = dashboard.get(product_url(catalogue.shared)).context
    data = product_page_data(
        page, **{"stockrecords-0-id": catalogue.records.shared_2.pk, "stockrecords-0-price": "1"}
    )

    dashboard.post(product_url(catalogue.shared), data)

    catalogue.records.shared_2.refresh_from_db()
    assert catalogue.records.shared_2.price == Decimal("29.00")


def test_seller_edits_their_own_product_and_the_description_is_stored_inert(dashboard, catalogue):
    page = dashboard.get(product_url(catalogue.mine)).context
    assert "category_formset" in page

    response = dashboard.post(
        product_url(catalogue.mine),
        product_page_data(page, title="Big teapot", description=f"<p>Glazed.</p>{SCRIPT}"),
    )

    assert response.status_code == 302
    catalogue.mine.refresh_from_db()
    assert catalogue.mine.title == "Big teapot"
    assert catalogue.mine.description == "<p>Glazed.</p>"


def test_a_product_the_seller_creates_is_theirs_with_their_offer(
    dashboard, seller1, category, product_class
):
    url = reverse(
        "dashboard:catalogue-product-create", kwargs={"product_class_slug": product_class.slug}
    )
    page = dashboard.get(url).context
    data = product_page_data(
        page,
        title="Oak board",
        description=SCRIPT,
        **{
            page["category_formset"].forms[0]["category"].html_name: category.pk,
            "stockrecords-0-partner_sku": "S1-BOARD",
            "stockrecords-0-price": "35.00",
            "stockrecords-0-num_in_stock": "4",
        },
    )

    response = dashboard.post(url, data)

    assert response.status_code == 302
    product = Product.objects.get(title="Oak board")
    assert SellerProduct.objects.get(product=product).seller == seller1
    assert product.description == ""
    assert product.stockrecords.get().partner == seller1.partner


def test_a_product_others_offer_too_cannot_be_deleted(dashboard, catalogue):
    for product in (catalogue.mine_shared, catalogue.shared, catalogue.shop_offered):
        page = dashboard.get(delete_url(product), follow=True)
        response = dashboard.post(delete_url(product), follow=True)

        assert Product.objects.filter(pk=product.pk).exists()
        assert StockRecord.objects.filter(product=product).count() == 2
        for shown in (page, response):
            message = str(list(shown.context["messages"])[0])
            assert "Other sellers offer" in message or "belongs to the shop" in message


def test_seller_deletes_their_own_product_nobody_else_offers(dashboard, catalogue):
    response = dashboard.post(delete_url(catalogue.mine))

    assert response.status_code == 302
    assert not Product.objects.filter(pk=catalogue.mine.pk).exists()


def test_product_lookup_answers_the_sellers_own_products_only(dashboard, visible, hidden):
    url = reverse("dashboard:catalogue-product-lookup")

    body = dashboard.get(url, {"q": "'"}).json()

    assert {int(row["id"]) for row in body["results"]} == {product.pk for product in visible}
    for product in hidden:
        assert dashboard.get(url, {"initial": str(product.pk)}).json()["results"] == []


def test_stock_alerts_show_the_sellers_own_alerts_only(dashboard, catalogue):
    StockAlert.objects.create(stockrecord=catalogue.records.mine, threshold=3)
    StockAlert.objects.create(stockrecord=catalogue.records.shared_2, threshold=3)
    StockAlert.objects.create(stockrecord=catalogue.records.shop_offered_shop, threshold=3)

    response = dashboard.get(reverse("dashboard:stock-alert-list"))

    assert response.status_code == 200
    assert [alert.stockrecord for alert in response.context["alerts"]] == [catalogue.records.mine]


@pytest.mark.parametrize(
    "url_name",
    [
        "dashboard:catalogue-category-list",
        "dashboard:catalogue-class-list",
        "dashboard:catalogue-option-list",
        "dashboard:catalogue-attribute-option-group-list",
        "dashboard:range-list",
    ],
)
def test_categories_product_types_options_and_ranges_stay_staff_only(dashboard, url_name):
    assert dashboard.get(reverse(url_name)).status_code == 403


def test_creating_variants_stays_staff_only(dashboard, catalogue):
    url = reverse(
        "dashboard:catalogue-product-create-child", kwargs={"parent_pk": catalogue.mine.pk}
    )

    assert dashboard.get(url).status_code == 403


@pytest.mark.parametrize("action", ["make_products_non_public", "make_products_public"])
def test_bulk_public_status_changes_only_the_sellers_own_products(dashboard, catalogue, action):
    Product.objects.update(is_public=action == "make_products_non_public")
    everything = [catalogue.mine, catalogue.shared, catalogue.shop_offered]
    ids = [p.pk for p in everything]
    chosen = dashboard.post(
        reverse("dashboard:catalogue-product-list"), {"action": action, "selected_product": ids}
    )
    assert chosen.status_code == 302

    dashboard.post(chosen["Location"], {"selected_products": ids, "select_all_standalones": "on"})

    public = dict(Product.objects.values_list("pk", "is_public"))
    assert public[catalogue.mine.pk] is (action == "make_products_public")
    assert public[catalogue.shared.pk] is (action == "make_products_non_public")
    assert public[catalogue.shop_offered.pk] is (action == "make_products_non_public")


def test_staff_still_edit_any_product(admin_client, catalogue):
    page = admin_client.get(product_url(catalogue.shared)).context
    assert not page["form"].fields["title"].disabled
    assert len(page["stockrecord_formset"].forms) >= 2


def test_a_partner_user_without_a_seller_profile_changes_only_their_stock_records(
    client, catalogue, product_class
):
    user = UserFactory(permissions=["partner.dashboard_access"])
    catalogue.shop.users.add(user)
    client.force_login(user)
    product = catalogue.shop_offered

    html = client.get(reverse("dashboard:catalogue-product-list")).content.decode()
    page = client.get(product_url(product)).context
    client.post(product_url(product), product_page_data(page, title="Renamed"))
    client.post(delete_url(product))
    create = reverse(
        "dashboard:catalogue-product-create", kwargs={"product_class_slug": product_class.slug}
    )

    assert escape(product.title) in html and escape(catalogue.shared.title) not in html
    assert page["offer_only"] is True
    product.refresh_from_db()
    assert product.title == "Shop's kettle"
    assert client.get(create).status_code == 403


def test_a_seller_recommends_only_their_own_products(dashboard, catalogue):
    page = dashboard.get(product_url(catalogue.mine)).context
    field = page["recommended_formset"].forms[0]["recommendation"].html_name

    dashboard.post(
        product_url(catalogue.mine), product_page_data(page, **{field: catalogue.theirs.pk})
    )
    dashboard.post(
        product_url(catalogue.mine), product_page_data(page, **{field: catalogue.shared.pk})
    )

    assert list(catalogue.mine.recommended_products.all()) == [catalogue.shared]


def test_an_offer_the_services_refuse_is_shown_on_the_page_and_nothing_is_saved(
    dashboard, catalogue
):
    page = dashboard.get(product_url(catalogue.shared)).context

    response = dashboard.post(
        product_url(catalogue.shared), product_page_data(page, **{"stockrecords-0-price": "0"})
    )

    assert response.status_code == 200
    assert "more than zero" in str(response.context["stockrecord_formset"].non_form_errors())
    catalogue.records.shared.refresh_from_db()
    assert catalogue.records.shared.price == Decimal("31.00")


def test_a_seller_withdraws_their_offer_on_a_shared_product_from_its_page(dashboard, catalogue):
    page = dashboard.get(product_url(catalogue.shared)).context

    dashboard.post(
        product_url(catalogue.shared), product_page_data(page, **{"stockrecords-0-DELETE": "on"})
    )

    assert not StockRecord.objects.filter(pk=catalogue.records.shared.pk).exists()
    assert StockRecord.objects.filter(pk=catalogue.records.shared_2.pk).exists()
