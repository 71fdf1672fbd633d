"""Issue 13's accessibility bar in Chromium: axe-core finds no serious or critical violation on
any storefront page a shopper meets, at 1280 px and at 375 px: home, catalogue, a category,
search results, a product with variants, a product sold by several sellers, the basket, every
checkout step, the thank-you page, sign-in, the account pages and a landing page. Review stars
work from the keyboard."""

import re

import pytest
from django.urls import reverse
from oscar.apps.catalogue.categories import create_from_breadcrumbs
from oscar.core.loading import get_model
from oscar.test.factories import CountryFactory
from playwright.sync_api import expect

from cms.pages.models import LandingPage
from tests.browser.axe import blocking_violations
from tests.browser.pictures import pictured
from tests.browser.screens import screenshot
from tests.browser.steps import (
    choose_delivery,
    choose_payment,
    fill_shipping_address,
    order_number_shown,
    place_order,
)
from tests.cms.conftest import grid_value
from tests.commerce.catalogue.shirts import camp_shirt
from tests.commerce.checkout.steps import delivery_methods_ready
from tests.commerce.partner.offers import offer
from tests.factories import ProductFactory, SellerFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CommunicationEventType = get_model("communication", "CommunicationEventType")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductReview = get_model("reviews", "ProductReview")

EMAIL, PASSWORD = "ada@example.com", "a-long-test-passphrase"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}


@pytest.fixture
def shop(home_page, django_user_model):
    """A shop worth walking through: a category of pictured products (one also sold by a
    seller), a shirt in colours and sizes, a landing page, a shopper with an account."""
    CommunicationEventType.objects.get_or_create(
        code="ORDER_PLACED", defaults={"name": "Order placed"}
    )
    CountryFactory(iso_3166_1_a2="GB", printable_name="United Kingdom", is_shipping_country=True)
    delivery_methods_ready()
    pantry = create_from_breadcrumbs("Pantry")
    teapot = ProductFactory(title="Stoneware teapot", price="32.00", stock=8)
    offer(teapot, by=SellerFactory(name="Weavers"), price=36, stock=3)
    products = [teapot] + [
        ProductFactory(title=title, price=price, stock=8)
        for title, price in (("Enamel mug", "9.50"), ("Oak board", "28.00"))
    ]
    pictured(*products)
    for product in products:
        ProductCategory.objects.create(product=product, category=pantry)
    shirt = camp_shirt(colours=("Red", "Blue"), sizes=("S", "M"))
    home_page.body = grid_value(products, heading="New in")
    home_page.save_revision().publish()
    landing = home_page.add_child(
        instance=LandingPage(
            title="Harvest sale",
            slug="harvest-sale",
            body=[
                {"type": "hero", "value": {"heading": "The harvest table", "text": "Oak, linen."}},
                *grid_value(products, heading="For the table"),
            ],
        )
    )
    django_user_model.objects.create_user(email=EMAIL, password=PASSWORD)
    return {"category": pantry, "teapot": teapot, "shirt": shirt, "landing": landing}


# The pages only this walk reaches, saved for people to look at (var/screenshots/a11y-*.png).
SCREENSHOTS = {
    "product with other offers",
    "basket drawer",
    "landing page",
    "basket",
    "checkout gateway",
    "shipping address",
    "shipping method",
    "payment",
    "preview",
    "thank-you",
    "order",
}


def _check(page, found: dict, name: str, url: str | None = None):
    if url is not None:
        page.goto(url)
    page.wait_for_load_state()
    found[name] = blocking_violations(page)
    if name in SCREENSHOTS:
        width = page.viewport_size["width"]
        screenshot(page, f"a11y-{name.replace(' ', '-')}-{width}")


def _report(found: dict, size: str) -> str:
    counts = ", ".join(f"{name} {len(lines)}" for name, lines in found.items())
    lines = [line for name in found for line in found[name]]
    return f"{size} px: {counts}\n" + "\n".join(lines[:80])


SIZES = [pytest.param(DESKTOP, id="1280"), pytest.param(PHONE, id="375")]


@pytest.mark.parametrize("viewport", SIZES)
def test_no_serious_or_critical_violation_on_any_storefront_page(page, shop, viewport):
    page.set_viewport_size(viewport)
    found: dict[str, list[str]] = {}
    teapot, shirt = shop["teapot"], shop["shirt"]

    _check(page, found, "home", "/")
    _check(page, found, "catalogue", reverse("catalogue:index"))
    _check(page, found, "category", shop["category"].get_absolute_url())
    _check(page, found, "search", reverse("search:search") + "?q=teapot")
    _check(page, found, "search without results", reverse("search:search") + "?q=zzqx")
    _check(page, found, "product with variants", shirt.get_absolute_url())
    _check(page, found, "product with other offers", teapot.get_absolute_url())
    _check(page, found, "landing page", shop["landing"].url)
    page.goto(shop["category"].get_absolute_url())
    card = page.locator(".product-card", has_text=teapot.title)
    card.get_by_role("button", name="Add to basket").click()
    expect(page.locator("[data-basket-drawer]")).to_be_visible()
    _check(page, found, "basket drawer")
    page.keyboard.press("Escape")
    _check(page, found, "basket", reverse("basket:summary"))
    _check(page, found, "checkout gateway", reverse("checkout:index"))
    _check(page, found, "sign-in and register", reverse("customer:login"))

    page.fill("#id_login-username", EMAIL)
    page.fill("#id_login-password", PASSWORD)
    page.locator("button[name=login_submit]").click()
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))
    _check(page, found, "shipping address", reverse("checkout:shipping-address"))
    fill_shipping_address(page)
    _check(page, found, "shipping method")
    choose_delivery(page, delivery="standard")
    _check(page, found, "payment")
    choose_payment(page, payment="bank-transfer")
    _check(page, found, "preview")
    place_order(page)
    _check(page, found, "thank-you")
    number = order_number_shown(page)

    _check(page, found, "profile", reverse("customer:profile-view"))
    _check(page, found, "order history", reverse("customer:order-list"))
    _check(page, found, "order", reverse("customer:order", kwargs={"order_number": number}))
    _check(page, found, "addresses", reverse("customer:address-list"))
    _check(page, found, "points", reverse("points:account"))
    _check(
        page,
        found,
        "review form",
        reverse(
            "catalogue:reviews-add", kwargs={"product_slug": teapot.slug, "product_pk": teapot.pk}
        ),
    )

    assert not any(found.values()), _report(found, str(viewport["width"]))


def test_a_shopper_rates_a_product_with_the_keyboard(page, shop):
    teapot = shop["teapot"]
    page.goto(reverse("customer:login"))
    page.fill("#id_login-username", EMAIL)
    page.fill("#id_login-password", PASSWORD)
    page.locator("button[name=login_submit]").click()
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))
    page.goto(
        reverse(
            "catalogue:reviews-add", kwargs={"product_slug": teapot.slug, "product_pk": teapot.pk}
        )
    )
    page.fill("#id_title", "Pours without a drip")
    # From the title field, Tab reaches the stars; the arrow keys move the choice along them.
    page.locator("#id_title").focus()
    page.keyboard.press("Tab")
    stars = page.get_by_role("group", name="Your rating")
    expect(stars.get_by_role("radio").first).to_be_focused()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowLeft")
    expect(stars.get_by_role("radio", name="4 stars")).to_be_checked()
    focus_ring = page.evaluate(
        "() => getComputedStyle(document.activeElement.labels[0]).outlineStyle"
    )
    assert focus_ring != "none"
    page.fill("#id_body", "Heavy, warm, and it pours cleanly.")
    page.locator("#id_body").focus()
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page).not_to_have_url(re.compile(r"/reviews/add/"))

    review = ProductReview.objects.get(product=teapot)
    assert (review.title, review.score) == ("Pours without a drip", 4)
