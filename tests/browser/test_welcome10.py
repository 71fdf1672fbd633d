"""WELCOME10 in Chromium: a shopper with a lamp the automatic "10% off home" already discounts
applies the voucher in the basket and sees both discounts and the right total."""

from decimal import Decimal as D

import pytest
from oscar.core.loading import get_model
from playwright.sync_api import expect

from tests.browser.pictures import pictured
from tests.browser.screens import screenshot
from tests.commerce.catalogue.site_offers import range_of, site_offer, voucher_for
from tests.factories import ProductFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ConditionalOffer = get_model("offer", "ConditionalOffer")


@pytest.fixture
def lamp_on_offer(home_page):
    """A £95 lamp in the automatic "10% off home" offer, and WELCOME10: 10% off everything."""
    lamp = ProductFactory(title="Brass Reading Lamp", price=D("95.00"), stock=5)
    pictured(lamp)
    site_offer(range_=range_of(products=[lamp]), name="10% off home")
    welcome = site_offer(
        range_=range_of(everything=True),
        name="Welcome voucher: 10% off everything",
        offer_type=ConditionalOffer.VOUCHER,
    )
    voucher_for(offer=welcome, code="WELCOME10")
    return lamp


def test_welcome10_on_a_discounted_lamp_shows_both_discounts_and_the_total(
    live_url, page, lamp_on_offer
):
    page.goto(lamp_on_offer.get_absolute_url())
    price = page.locator("[data-price-block]").first
    expect(price).to_contain_text("£85.50")
    expect(price).to_contain_text("10% off home")
    page.locator("#add_to_basket_form button[type=submit]").first.click()

    page.goto("/shop/basket/")
    page.locator("#voucher_form_link a").click()
    page.fill("#voucher_form input[name=code]", "WELCOME10")
    page.locator("#voucher_form button[type=submit]").click()

    totals = page.locator("#basket_totals")
    expect(page.locator("body")).to_contain_text("Voucher 'WELCOME10' added to basket")
    expect(totals).to_contain_text("10% off home")
    expect(totals).to_contain_text("WELCOME10")
    expect(totals).to_contain_text("-£9.50")
    expect(totals.locator("tr", has_text="after discounts")).to_contain_text("£76.00")
    screenshot(page, "basket-welcome10")
