"""The shopper's path in Chromium: home, category, product, basket, checkout, order placed."""

import re
from decimal import Decimal as D
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from oscar.apps.catalogue.categories import create_from_breadcrumbs
from oscar.core.loading import get_model
from oscar.test.factories import CountryFactory, ProductClassFactory, create_product
from playwright.sync_api import expect

from tests.browser.pictures import pictured
from tests.browser.steps import (
    choose_delivery_and_payment_then_place_order,
    fill_shipping_address,
    order_number_shown,
)
from tests.commerce.checkout.steps import delivery_methods_ready

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CommunicationEventType = get_model("communication", "CommunicationEventType")
Order = get_model("order", "Order")
User = get_user_model()
ProductCategory = get_model("catalogue", "ProductCategory")
StockRecord = get_model("partner", "StockRecord")

SHOPPER_EMAIL = "guest.shopper@example.com"
SIGNED_IN_EMAIL = "regular.shopper@example.com"
PASSWORD = "a-long-test-passphrase"


@pytest.fixture
def tea_in_the_pantry(home_page):
    """A stocked product filed in one category, and the country it can be shipped to."""
    CommunicationEventType.objects.get_or_create(
        code="ORDER_PLACED", defaults={"name": "Order placed"}
    )
    CountryFactory(iso_3166_1_a2="GB", printable_name="United Kingdom", is_shipping_country=True)
    delivery_methods_ready()
    pantry = create_from_breadcrumbs("Pantry")
    product = create_product(
        title="Smoked Lapsang Tea",
        product_class=ProductClassFactory(name="Groceries", track_stock=True).name,
        price=D("12.50"),
        num_in_stock=10,
    )
    ProductCategory.objects.create(product=product, category=pantry)
    pictured(product)
    return product


def _browse_to_product_and_add_it(page, product):
    page.goto("/")
    assert page.locator("header.site-header").is_visible()
    page.locator("header.site-header").get_by_role("link", name="Shop").click()
    # The listing's category filter: a checkbox that applies as soon as it is ticked.
    page.get_by_role("checkbox", name=re.compile(r"^Pantry\b")).check()
    page.wait_for_url(re.compile(r"category="))
    page.locator(".product-card").get_by_role("link", name=product.title).first.click()
    assert page.get_by_role("heading", name=product.title).is_visible()
    page.locator("#add_to_basket_form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator("[data-basket-count]").inner_text().strip() == "1"


def _assert_one_layout(page):
    assert page.locator("header.site-header").is_visible()
    assert page.locator("footer.site-footer").is_visible()
    assert page.locator("[data-basket-count]").inner_text().strip() == "0"


def test_guest_finds_a_product_from_the_home_page_and_places_an_order(
    page, tea_in_the_pantry, tmp_path: Path
):
    _browse_to_product_and_add_it(page, tea_in_the_pantry)

    page.locator("header.site-header a.basket-badge").click()
    page.get_by_role("link", name="Proceed to checkout").click()
    page.fill("#id_username", SHOPPER_EMAIL)
    page.check("input[name=options][value=anonymous]")
    page.locator("form", has=page.locator("#id_username")).locator("button[type=submit]").click()
    fill_shipping_address(page)
    choose_delivery_and_payment_then_place_order(
        page, delivery="express", payment="cash-on-delivery"
    )

    number = order_number_shown(page)
    page.screenshot(path=str(tmp_path / "thank-you.png"), full_page=True)
    _assert_one_layout(page)
    order = Order.objects.get(number=number)
    assert order.guest_email == SHOPPER_EMAIL
    assert order.user is None
    assert order.shipping_address.line4 == "London"
    assert order.shipping_code == "express"
    assert [line.product_id for line in order.lines.all()] == [tea_in_the_pantry.pk]
    assert [s.source_type.code for s in order.sources.all()] == ["cash-on-delivery"]
    assert StockRecord.objects.get(product=tea_in_the_pantry).num_allocated == 1
    # The confirmation email went out (Oscar records it against the order).
    assert order.communication_events.filter(event_type__code="ORDER_PLACED").exists()


def test_signed_in_shopper_pays_by_bank_transfer_and_finds_the_order_in_their_history(
    page, tea_in_the_pantry
):
    User.objects.create_user(email=SIGNED_IN_EMAIL, password=PASSWORD)
    page.goto("/")
    page.locator("header.site-header").get_by_role("link", name="Sign in").click()
    page.fill("#id_login-username", SIGNED_IN_EMAIL)
    page.fill("#id_login-password", PASSWORD)
    page.locator("button[name=login_submit]").click()
    # Signing in navigates: wait for the page it lands on rather than look once.
    expect(page.locator("header.site-header").get_by_role("link", name="Account")).to_be_visible()
    _browse_to_product_and_add_it(page, tea_in_the_pantry)

    page.locator("header.site-header a.basket-badge").click()
    page.get_by_role("link", name="Proceed to checkout").click()
    fill_shipping_address(page)
    choose_delivery_and_payment_then_place_order(page, delivery="standard", payment="bank-transfer")

    number = order_number_shown(page)
    _assert_one_layout(page)
    assert "quote" in page.locator("#content_inner").inner_text().lower()
    order = Order.objects.get(number=number)
    assert order.user.email == SIGNED_IN_EMAIL
    assert order.shipping_code == "standard"
    assert [s.source_type.code for s in order.sources.all()] == ["bank-transfer"]
    page.goto("/shop/accounts/orders/")
    expect(page.get_by_role("link", name=number)).to_be_visible()
