"""Issue 13's variant picker in Chromium: choose a colour and a size, see that variant's price,
stock and picture, add it to the basket, and find that variant in the basket."""

import pytest
from django.urls import reverse
from oscar.core.loading import get_model
from playwright.sync_api import expect

from commerce.core.media import PRODUCT_PAGE_PICTURE, product_picture_url
from tests.browser.screens import screenshot
from tests.commerce.catalogue.shirts import camp_shirt

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

Line = get_model("basket", "Line")


@pytest.fixture
def shirt(home_page):
    return camp_shirt(
        colours=("Red", "Blue"),
        sizes=("S", "M", "L"),
        prices={("Blue", "M"): "44.00", ("Red", "S"): "36.00"},
        sold_out={("Red", "L")},
    )


def _choose(page, axis: str, value: str):
    page.locator(f"label[for='variant-{axis}-{value.lower()}']").click()


def test_choosing_a_colour_and_size_shows_that_variant_and_adds_it(page, shirt):
    page.goto(shirt.get_absolute_url())
    picker = page.locator("#variant-picker")
    price, status = page.locator("[data-variant-price]"), page.locator("[data-variant-status]")
    picture, add = page.locator("[data-variant-image]"), picker.locator("[data-variant-add]")
    expect(picker.get_by_role("group", name="Colour")).to_be_visible()
    expect(picker.get_by_role("group", name="Size")).to_be_visible()
    expect(price).to_have_text("£36.00")
    screenshot(page, "product-variants-1280")

    _choose(page, "colour", "Blue")
    _choose(page, "size", "M")
    expect(price).to_have_text("£44.00")
    expect(status).to_have_text("In stock (5 available)")
    blue_m = shirt.variants[("Blue", "M")]
    shown = product_picture_url(image=blue_m.primary_image(), thumbnail=PRODUCT_PAGE_PICTURE)
    expect(picture).to_have_attribute("src", shown)
    expect(picker).to_have_attribute("action", reverse("basket:add", kwargs={"pk": blue_m.pk}))

    # A sold-out combination says so and cannot be added; the size is changed by keyboard.
    _choose(page, "colour", "Red")
    page.get_by_role("radio", name="M", exact=True).focus()
    page.keyboard.press("ArrowRight")
    expect(page.get_by_role("radio", name="L sold out")).to_be_checked()
    expect(status).to_have_text("Sold out")
    expect(add).to_be_disabled()
    expect(add).to_have_text("Sold out")

    _choose(page, "colour", "Blue")
    _choose(page, "size", "M")
    expect(add).to_be_enabled()
    add.click()
    page.wait_for_load_state()

    line = Line.objects.get()
    assert (line.product_id, line.quantity) == (blue_m.pk, 1)
    page.goto("/shop/basket/")
    expect(page.locator("#content_inner")).to_contain_text("Camp shirt")

    page.set_viewport_size({"width": 375, "height": 812})
    page.goto(shirt.get_absolute_url())
    expect(add).to_be_visible()
    screenshot(page, "product-variants-375")
