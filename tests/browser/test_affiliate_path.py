"""An affiliate's link in Chromium, followed by a shopper who buys through the real checkout;
the affiliate's area then shows the click, the orders and commissions whose fate follows the
orders (a cancellation rejects one, refunding a line reduces the other by that line's share)."""

from decimal import Decimal as D

import pytest
from oscar.core.loading import get_model
from playwright.sync_api import expect

from commerce.affiliates.models import Commission
from commerce.order import services
from tests.browser.steps import (
    choose_delivery_and_payment_then_place_order,
    fill_shipping_address,
    order_number_shown,
)
from tests.commerce.checkout.steps import shop_ready
from tests.factories import PASSWORD, AffiliateFactory, CategoryFactory, ProductFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

Order = get_model("order", "Order")

CODE = "linen-lover"
SHOPPER_EMAIL = "referred.shopper@example.com"


def _buy_as_guest(page, products) -> str:
    for product in products:
        page.goto(product.get_absolute_url())
        page.locator("#add_to_basket_form button[type=submit]").click()
        page.wait_for_load_state()
    page.goto("/shop/basket/")
    page.get_by_role("link", name="Proceed to checkout").click()
    page.fill("#id_username", SHOPPER_EMAIL)
    page.check("input[name=options][value=anonymous]")
    page.locator("form", has=page.locator("#id_username")).locator("button[type=submit]").click()
    fill_shipping_address(page)
    choose_delivery_and_payment_then_place_order(page, delivery="standard", payment="bank-transfer")
    return order_number_shown(page)


def _commission_row(area, number: str):
    return area.locator("#affiliate-commissions tbody tr", has_text=number)


def test_a_followed_link_earns_commissions_the_area_shows_as_the_orders_fare(
    page, browser, live_url, home_page
):
    # A personal rate of 10%, above the shop default, so the amounts are the test's own.
    affiliate = AffiliateFactory(
        code=CODE, rate=D("10.00"), user=UserFactory(email="partner@example.com")
    )
    towel = shop_ready(title="Linen tea towel", price="20.00")
    apron = ProductFactory(
        title="Canvas apron", price="30.00", stock=10, categories=[CategoryFactory(name="Aprons")]
    )

    # The shopper follows the link and lands on the same page without `ref`.
    page.goto(f"/?ref={CODE}")
    expect(page).to_have_url(f"{live_url}/")
    first = _buy_as_guest(page, [towel])
    second = _buy_as_guest(page, [towel, apron])

    # The affiliate signs in, in a browser of their own.
    context = browser.new_context(base_url=live_url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    area = context.new_page()
    area.goto("/affiliate/")
    area.fill("#id_login-username", affiliate.user.email)
    area.fill("#id_login-password", PASSWORD)
    area.locator("button[name=login_submit]").click()
    all_time = area.locator("#affiliate-figures tr[data-period=all]")
    expect(all_time.locator("[data-clicks]")).to_have_text("1")
    expect(all_time.locator("[data-orders]")).to_have_text("2")
    # 10% of the goods (£20.00 and £50.00), never of the shipping.
    expect(_commission_row(area, first)).to_have_attribute("data-status", "pending")
    expect(_commission_row(area, first)).to_contain_text("£2.00")
    expect(_commission_row(area, second)).to_contain_text("£5.00")
    expect(all_time.locator("[data-pending]")).to_have_text("£7.00")

    services.order_cancel(order=Order.objects.get(number=first), reason="Changed my mind")
    area.reload()
    expect(_commission_row(area, first)).to_have_attribute("data-status", "rejected")
    expect(_commission_row(area, first)).to_contain_text("Rejected")

    order = Order.objects.get(number=second)
    services.order_lines_ship(order=order, carrier="Royal Mail", reference="RM123GB")
    apron_line = order.lines.get(product=apron)
    services.order_refund(order=order, line_quantities={apron_line.pk: 1}, reason="Torn strap")
    area.reload()
    # Exactly the apron line's share (10% of £30.00) is taken back; the towel's stays.
    assert apron_line.affiliate_commission.amount == D("3.00")
    expect(_commission_row(area, second)).to_contain_text("£2.00")
    expect(_commission_row(area, second)).to_have_attribute("data-status", "pending")
    assert Commission.objects.get(referral__order=order).amount == D("2.00")
    context.close()
