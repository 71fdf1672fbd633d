"""Under the Content-Security-Policy, in Chromium: the storefront, the checkout, Wagtail's admin,
Oscar's dashboard and Swagger UI work and the browser reports no violation on any of them (each
is collected from the console and from a `securitypolicyviolation` listener in every frame)."""

import pytest
from oscar.core.loading import get_model
from playwright.sync_api import expect
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

from tests.browser.steps import choose_delivery_and_payment_then_place_order, fill_shipping_address
from tests.commerce.catalogue.shirts import camp_shirt
from tests.commerce.checkout.steps import shop_ready

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CommunicationEventType = get_model("communication", "CommunicationEventType")

ADMIN_EMAIL, ADMIN_PASSWORD = "admin@example.com", "admin-pass-123"

REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(`securitypolicyviolation: ${event.violatedDirective} blocked ${event.blockedURI}`
    + ` at ${event.sourceFile}:${event.lineNumber} on ${document.location.pathname}`);
});
"""


@pytest.fixture
def violations(page):
    """Every CSP violation the browser reports while the test runs, with the page it was on."""
    found = []
    page.add_init_script(REPORT_VIOLATIONS)

    def collect(message):
        text = message.text
        if "Content Security Policy" in text or "securitypolicyviolation" in text:
            found.append(f"{page.url}: {text}")

    page.on("console", collect)
    return found


def _settle(page):
    # Violation events are dispatched after the fact; let them arrive before the next page.
    page.wait_for_load_state("load")
    page.wait_for_timeout(200)


def test_the_storefront_and_checkout_run_without_csp_violations(page, violations, home_page):
    CommunicationEventType.objects.get_or_create(
        code="ORDER_PLACED", defaults={"name": "Order placed"}
    )
    towel = shop_ready()
    shirt = camp_shirt(colours=("Red", "Blue"), sizes=("S", "M"))

    page.goto("/")
    _settle(page)
    page.goto("/shop/catalogue/")
    expect(page.locator(".product-card").first).to_be_visible()
    _settle(page)

    page.goto(shirt.get_absolute_url())
    page.locator("label[for='variant-colour-blue']").click()
    page.locator("label[for='variant-size-m']").click()
    expect(page.locator("[data-variant-price]")).to_have_text("£40.00")
    _settle(page)

    page.goto("/shop/search/?q=towel")
    card = page.locator(".product-card", has_text=towel.title)
    card.get_by_role("button", name="Add to basket").click()
    drawer = page.locator("[data-basket-drawer]")
    expect(drawer).to_be_visible()
    expect(drawer).to_contain_text(towel.title)
    _settle(page)

    drawer.get_by_role("link", name="Check out").click()
    page.fill("#id_username", "guest.shopper@example.com")
    page.check("input[name=options][value=anonymous]")
    page.locator("form", has=page.locator("#id_username")).locator("button[type=submit]").click()
    fill_shipping_address(page)
    choose_delivery_and_payment_then_place_order(
        page, delivery="standard", payment="cash-on-delivery"
    )
    _settle(page)

    assert violations == [], "\n".join(violations)


@pytest.fixture(scope="session")
def live_media_root(live_url):
    """Where the live server reads uploads: MEDIA_ROOT as it was when the server started (a
    session fixture, so no test's own MEDIA_ROOT is in force yet)."""
    from django.conf import settings

    return settings.MEDIA_ROOT


@pytest.fixture
def library_picture(settings, live_media_root):
    """A picture in Wagtail's image library, stored where the live server finds it."""
    settings.MEDIA_ROOT = live_media_root
    Collection.get_first_root_node() or Collection.add_root(name="Root")
    return Image.objects.create(title="Harvest table", file=get_test_image_file("harvest.png"))


def test_the_admins_and_the_api_docs_run_without_csp_violations(
    page, violations, home_page, django_user_model, library_picture
):
    django_user_model.objects.create_superuser(email=ADMIN_EMAIL, password=ADMIN_PASSWORD)
    shirt = camp_shirt(colours=("Red",), sizes=("S",))

    page.goto("/cms/login/")
    page.fill("input[name=username]", ADMIN_EMAIL)
    page.fill("input[name=password]", ADMIN_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/cms/")
    _settle(page)

    page.goto(f"/cms/pages/{home_page.pk}/edit/")
    page.get_by_role("button", name="Insert a block").first.click()
    page.get_by_role("option", name="Hero").click()
    page.get_by_role("button", name="Choose an image").click()
    expect(page.locator(".modal").get_by_role("link", name="Harvest table")).to_be_visible()
    _settle(page)

    page.goto("/shop/dashboard/")
    expect(page.locator(".navbar-primary")).to_be_visible()
    _settle(page)
    variant = shirt.variants[("Red", "S")]
    page.goto(f"/shop/dashboard/catalogue/products/{variant.pk}/")
    expect(page.locator("#product_form, form[enctype]").first).to_be_visible()
    _settle(page)

    page.goto("/api/v1/docs/")
    expect(page.locator(".opblock").first).to_be_visible()
    assert page.locator(".opblock").count() > 10
    _settle(page)

    assert violations == [], "\n".join(violations)
