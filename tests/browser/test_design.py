"""The storefront's design in Chromium at 1280 px and 375 px: home, a category, the basket drawer
"Add to basket" opens, and the phone's filter drawer that applies without losing the shopper's
place. Each step leaves a screenshot in var/screenshots/."""

import re
from decimal import Decimal as D

import pytest
from oscar.apps.catalogue.categories import create_from_breadcrumbs
from oscar.core.loading import get_model
from oscar.test.factories import ProductClassFactory, create_product
from playwright.sync_api import expect

from tests.browser.pictures import pictured
from tests.browser.screens import screenshot
from tests.cms.conftest import grid_value

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ProductCategory = get_model("catalogue", "ProductCategory")

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}
SIZES = [pytest.param(DESKTOP, id="1280"), pytest.param(PHONE, id="375")]


@pytest.fixture
def pantry(home_page):
    """A "Pantry" category of fourteen products, two of them sold out, and a home page showing
    the first four in a product grid."""
    category = create_from_breadcrumbs("Pantry")
    product_class = ProductClassFactory(name="Groceries", track_stock=True).name
    products = []
    for number in range(14):
        product = create_product(
            title=f"Pantry jar {number:02d}",
            product_class=product_class,
            price=D("4.50") + number,
            num_in_stock=0 if number in (3, 7) else 20,
        )
        ProductCategory.objects.create(product=product, category=category)
        products.append(product)
    pictured(*products, kind="caddy")
    home_page.body = grid_value(products[:4], heading="New in")
    home_page.save_revision().publish()
    return category


def _size_name(viewport) -> str:
    return str(viewport["width"])


@pytest.mark.parametrize("viewport", SIZES)
def test_home_category_and_the_basket_drawer_after_add_to_basket(page, pantry, viewport):
    page.set_viewport_size(viewport)
    size = _size_name(viewport)

    page.goto("/")
    expect(page.locator(".block-product-grid .product-card")).to_have_count(4)
    screenshot(page, f"design-home-{size}")

    page.goto(pantry.get_absolute_url())
    expect(page.get_by_role("heading", name="Pantry", exact=True)).to_be_visible()
    expect(page.locator(".product-grid .product-card").first).to_be_visible()
    screenshot(page, f"design-category-{size}")

    card = page.locator(".product-card", has_text="Pantry jar 01")
    card.get_by_role("button", name="Add to basket").click()

    drawer = page.locator("[data-basket-drawer]")
    expect(drawer).to_be_visible()
    expect(drawer.locator("[data-basket-line]")).to_have_count(1)
    expect(drawer).to_contain_text("Pantry jar 01")
    expect(drawer.get_by_role("link", name="Check out")).to_be_visible()
    expect(page.locator("[data-basket-count]")).to_have_text("1")
    screenshot(page, f"design-basket-drawer-{size}", full_page=False)

    page.keyboard.press("Escape")
    expect(drawer).to_be_hidden()
    expect(page.locator(".site-header .basket-badge")).to_be_focused()


def test_phone_filter_drawer_applies_a_filter_and_keeps_the_shoppers_place(page, pantry):
    page.set_viewport_size(PHONE)
    page.goto(pantry.get_absolute_url())
    panel = page.locator("[data-filters-panel]")
    expect(panel).to_be_hidden()

    page.mouse.wheel(0, 900)
    page.wait_for_function("window.scrollY > 600")
    before = page.evaluate("window.scrollY")
    toggle = page.locator("[data-filters-toggle]")
    toggle.click()  # the listing bar stays at the top of the screen while the shopper scrolls
    expect(panel).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    panel.get_by_label("In stock only").check()
    screenshot(page, "design-filter-drawer-375", full_page=False)

    panel.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r"in_stock=1"))
    page.wait_for_function("window.scrollY > 0")

    expect(panel).to_be_hidden()
    assert abs(page.evaluate("window.scrollY") - before) < 80
    expect(page.locator("[data-num-matching]")).to_have_attribute("data-num-matching", "12")
    expect(page.locator(".product-grid .product-card").first).to_be_attached()
    assert page.locator(".product-grid .product-card").nth(4).is_visible()
    screenshot(page, "design-filter-applied-375", full_page=False)


def test_desktop_filters_are_checkboxes_that_apply_when_ticked(page, pantry):
    page.goto(pantry.get_absolute_url())
    in_stock = page.get_by_role("checkbox", name=re.compile("In stock only"))
    expect(in_stock).not_to_be_checked()

    in_stock.check()

    page.wait_for_url(re.compile(r"in_stock=1"))
    expect(page.get_by_role("checkbox", name=re.compile("In stock only"))).to_be_checked()
    expect(page.locator("[data-num-matching]")).to_have_attribute("data-num-matching", "12")
    assert "☐" not in page.content()
