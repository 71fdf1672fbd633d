"""The demo marketplace: two approved sellers with their own products and offers on shared
products, a pending applicant, commission rules at two levels, orders mixing both sellers."""

from django.conf import settings
from django.urls import reverse
from oscar.core.loading import get_model

from commerce.sellers.models import CommissionRule, Seller, SellerProduct, SellerStatus
from demo.data import PRODUCTS
from demo.marketplace import APPLICANT_EMAIL, DEMO_ORDERS

Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")


def test_seller1_and_seller2_are_approved_and_the_applicant_waits():
    sellers = {s.user.email: s for s in Seller.objects.select_related("user")}
    assert sellers["seller1@example.com"].status == SellerStatus.APPROVED
    assert sellers["seller2@example.com"].status == SellerStatus.APPROVED
    assert sellers[APPLICANT_EMAIL].status == SellerStatus.APPLIED
    for email in ("seller1@example.com", "seller2@example.com"):
        seller = sellers[email]
        assert SellerProduct.objects.filter(seller=seller).exists(), email
        assert seller.partner.users.filter(email=email).exists()


def test_both_sellers_offer_some_shared_products_at_different_prices():
    shared = [spec for spec in PRODUCTS if {"seller-one", "seller-two"} <= set(spec.sellers)]
    assert shared
    for spec in shared:
        prices = StockRecord.objects.filter(product__upc=spec.upc).values_list("price", flat=True)
        assert len(set(prices)) == len(spec.sellers), spec.title


def test_commission_rules_at_two_levels():
    rules = list(CommissionRule.objects.all())
    assert any(not (r.seller or r.category or r.product or r.product_class) for r in rules)
    assert any(r.category_id for r in rules)


def test_orders_mix_both_sellers_in_several_states():
    orders = Order.objects.filter(number__in=[spec.number for spec in DEMO_ORDERS])
    assert orders.count() == len(DEMO_ORDERS)
    for order in orders:
        codes = set(order.lines.values_list("partner__code", flat=True))
        assert codes == {"seller-one", "seller-two"}, order.number
    statuses = {order.number: order.status for order in orders}
    assert statuses["DEMO-1001"] == "Complete"
    assert statuses["DEMO-1004"] == "Pending"
    line_statuses = set(orders.values_list("lines__status", flat=True))
    assert {"Shipped", "Delivered", "Cancelled", "Pending"} <= line_statuses


def test_the_sellers_public_pages_and_the_applicant_signs_in(client):
    assert (
        client.get(reverse("sellers:seller-detail", kwargs={"slug": "seller-one"})).status_code
        == 200
    )
    assert client.get("/sellers/fern-fable/").status_code == 404
    assert client.login(username=APPLICANT_EMAIL, password=settings.DEMO_PASSWORD)
    assert "Applied" in client.get(reverse("sellers:apply-status")).content.decode()
