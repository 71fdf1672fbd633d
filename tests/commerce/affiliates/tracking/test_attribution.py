"""Attribution at checkout, through the real site: the order placed within the cookie window
is referred by the affiliate of the link (or of a tied voucher), never by the shopper."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from oscar.core.loading import get_model
from oscar.test.factories import create_voucher

from commerce.affiliates.models import AffiliateVoucher, BasketAttribution, Click, Referral
from commerce.affiliates.selectors.tracking import Attribution, attribution_cookie_signed
from commerce.affiliates.services.tracking import referral_record
from tests.commerce.checkout.steps import (
    add_to_basket,
    checkout_to_preview,
    place_order,
    shop_ready,
)
from tests.commerce.order.conftest import order_placed, stocked_product
from tests.factories import AffiliateFactory, UserFactory

Order = get_model("order", "Order")

pytestmark = pytest.mark.django_db

COOKIE = "affiliate"


@pytest.fixture
def product(home_page):
    return shop_ready(price="12.00")


@pytest.fixture
def affiliate():
    return AffiliateFactory(code="linen-lover", user=UserFactory(email="Linen.Lover@example.com"))


def order_placed_through_the_site(client, product, *, email: str | None = "ada@example.com"):
    checkout_to_preview(
        client, product=product, email=email, shipping="standard", payment="bank-transfer"
    )
    response = place_order(client, "bank-transfer")
    assert response.status_code == 302 and response.url == reverse("checkout:thank-you")
    return Order.objects.get()


def test_a_guest_arriving_through_a_link_is_referred_by_that_affiliate(client, product, affiliate):
    client.get(f"{product.get_absolute_url()}?ref=linen-lover")
    order = order_placed_through_the_site(client, product)

    referral = order.referral
    assert referral.affiliate == affiliate and referral.source == "link"
    assert referral.click == Click.objects.get(affiliate=affiliate)
    assert BasketAttribution.objects.get(basket_id=order.basket_id).affiliate == affiliate


def test_an_order_without_a_link_or_voucher_has_no_referral(client, product, affiliate):
    order = order_placed_through_the_site(client, product)
    assert not Referral.objects.filter(order=order).exists()


def test_the_last_referrer_earns_by_default(client, product, affiliate):
    other = AffiliateFactory(code="tea-towels")
    client.get("/?ref=linen-lover")
    client.get("/?ref=tea-towels")
    assert order_placed_through_the_site(client, product).referral.affiliate == other


def test_with_first_attribution_the_first_referrer_earns(client, product, affiliate, settings):
    settings.AFFILIATE_ATTRIBUTION = "first"
    AffiliateFactory(code="tea-towels")
    client.get("/?ref=linen-lover")
    client.get("/?ref=tea-towels")
    assert order_placed_through_the_site(client, product).referral.affiliate == affiliate


def test_the_affiliate_buying_through_their_own_link_earns_nothing(client, product, affiliate):
    client.force_login(affiliate.user)
    client.get("/?ref=linen-lover")
    order = order_placed_through_the_site(client, product, email=None)
    assert order.user == affiliate.user
    assert not Referral.objects.filter(order=order).exists()


@pytest.mark.parametrize(
    ("email", "referred"), [("linen.lover@EXAMPLE.com", False), ("ada@example.com", True)]
)
def test_a_guest_order_with_the_affiliates_email_earns_them_nothing(affiliate, email, referred):
    # Checkout refuses a guest email that has an account, so the order is placed directly.
    order = order_placed(items=[(stocked_product(title="Mug", price="8.00"), 1)], email=email)
    BasketAttribution.objects.create(basket_id=order.basket_id, affiliate=affiliate, source="link")
    assert (referral_record(order=order) is not None) is referred


def test_a_suspended_affiliate_earns_nothing_from_an_earlier_click(client, product, affiliate):
    client.get("/?ref=linen-lover")
    affiliate.status = "suspended"
    affiliate.save()
    order = order_placed_through_the_site(client, product)
    assert not Referral.objects.filter(order=order).exists()


def _voucher_of(affiliate, code: str):
    voucher = create_voucher(code=code)
    AffiliateVoucher.objects.create(voucher=voucher, affiliate=affiliate)
    return voucher


def _voucher_used(client, product, code: str):
    add_to_basket(client, product)
    response = client.post(reverse("basket:vouchers-add"), {"code": code}, follow=True)
    assert response.status_code == 200
    assert [v.code for v in response.context["basket"].vouchers.all()] == [code]


def test_a_voucher_tied_to_an_affiliate_refers_the_order_without_a_click(
    client, product, affiliate
):
    voucher = _voucher_of(affiliate, "LINEN10")
    _voucher_used(client, product, "LINEN10")
    order = order_placed_through_the_site(client, product)

    assert order.discounts.get().voucher_id == voucher.pk
    referral = order.referral
    assert referral.affiliate == affiliate and referral.source == "voucher"
    assert referral.click is None and not Click.objects.exists()


def test_a_tied_voucher_wins_over_another_affiliates_link(client, product, affiliate):
    AffiliateFactory(code="tea-towels")
    _voucher_of(affiliate, "LINEN10")
    client.get("/?ref=tea-towels")
    _voucher_used(client, product, "LINEN10")
    referral = order_placed_through_the_site(client, product).referral
    assert referral.affiliate == affiliate and referral.source == "voucher"


def test_the_affiliates_own_voucher_earns_them_nothing(client, product, affiliate):
    _voucher_of(affiliate, "LINEN10")
    client.force_login(affiliate.user)
    _voucher_used(client, product, "LINEN10")
    order = order_placed_through_the_site(client, product, email=None)
    assert order.discounts.get().voucher.code == "LINEN10"
    assert not Referral.objects.filter(order=order).exists()


def _cookie_of_a_click(client, affiliate, *, days_ago: int):
    """The attribution cookie as the link set it `days_ago` days ago, with its click."""
    clicked_at = timezone.now() - timedelta(days=days_ago)
    attribution = Attribution(code=affiliate.code, visitor="old-visitor", clicked_at=clicked_at)
    Click.objects.create(
        affiliate=affiliate, visitor="old-visitor", day=attribution.day, created_at=clicked_at
    )
    client.cookies[COOKIE] = attribution_cookie_signed(attribution=attribution)


def test_a_click_older_than_the_window_refers_nothing(client, product, affiliate, settings):
    assert settings.AFFILIATE_COOKIE_DAYS == 30
    _cookie_of_a_click(client, affiliate, days_ago=31)
    order = order_placed_through_the_site(client, product)
    assert not Referral.objects.filter(order=order).exists()


def test_a_click_within_the_window_still_refers_the_order(client, product, affiliate):
    _cookie_of_a_click(client, affiliate, days_ago=29)
    referral = order_placed_through_the_site(client, product).referral
    assert referral.affiliate == affiliate and referral.click.visitor == "old-visitor"


def test_a_forged_cookie_refers_nothing(client, product, affiliate):
    client.cookies[COOKIE] = f"linen-lover:someone:{int(timezone.now().timestamp())}"
    order = order_placed_through_the_site(client, product)
    assert not Referral.objects.filter(order=order).exists()
